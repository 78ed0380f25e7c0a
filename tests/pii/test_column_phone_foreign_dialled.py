"""The table's country from its dialled numbers when its phone columns name none (column_phone_foreign.dialled_home).

Kind of miss (set 33, housing tables): eight-digit student numbers opening with 2 passed as Latvian mobiles beside
phones written with +51, +94 or +676 in a contacts column or the notes; the contacts column names no country.
"""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_phone_foreign import dialled_home
from safe_synthesizer.pii.detect_table import detect_table

_FIRST = ["Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Abena", "Kojo", "Efua", "Kwesi", "Adwoa"]
_LAST = ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Agyeman", "Appiah", "Darko"]
_KIN = ["Mother", "Brother", "Wife", "Father"]


def _d(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


def _members(seed: int, cc: str, national, head: str = "2", rows: int = 60) -> pd.DataFrame:
    """A club's members: a member number of one head, the name, and next of kin with a dialled number."""
    rng = random.Random(seed)
    return pd.DataFrame({
        "Member No": [head + _d(rng, 7) for _ in range(rows)],
        "Name": [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(rows)],
        "Next of kin": [f"{rng.choice(_FIRST)} {rng.choice(_LAST)} ({rng.choice(_KIN)}) +{cc}{national(rng)}"
                        for _ in range(rows)],
    })  # fmt: skip


def _ghana(rng: random.Random) -> str:
    return rng.choice(["24", "54", "20", "50"]) + _d(rng, 7)


def _kenya(rng: random.Random) -> str:
    return "7" + rng.choice("0129") + _d(rng, 7)


def _latvia(rng: random.Random) -> str:
    return "2" + rng.choice("0123456789") + _d(rng, 6)


def _found(frame: pd.DataFrame) -> dict:
    return detect_table(frame, infer_schema(frame).columns, ReplacePiiParameters())


def test_dialled_home_is_the_country_most_numbers_call() -> None:
    df = _members(1, "233", _ghana)
    assert dialled_home(df) == "GH"
    assert dialled_home(df.drop(columns=["Next of kin"])) is None  # no dialled number: no country


def test_dialled_home_needs_one_country() -> None:
    rng = random.Random(3)
    mixed = pd.DataFrame({"Tel": [f"+233{_ghana(rng)}" if i % 2 else f"+254{_kenya(rng)}" for i in range(40)]})
    assert dialled_home(mixed) is None


def test_member_numbers_read_as_latvian_mobiles_beside_ghanaian_or_kenyan_phones_are_no_phones() -> None:
    for seed, cc, national in ((1, "233", _ghana), (2, "254", _kenya)):
        df = _members(seed, cc, national)
        for frame in (df, df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1)):
            member = frame.columns[0]
            schema = infer_schema(frame)
            alone = detect_column(frame[member], schema[member], entities=ReplacePiiParameters().entities)
            assert alone is not None and alone.entity == "phone_number"  # alone: Latvian mobiles by their plan
            assert _found(frame)[member] is None, (seed, member)


def test_latvian_mobiles_beside_latvian_dialled_numbers_stay_phones() -> None:
    df = _members(4, "371", _latvia)
    rng = random.Random(5)
    df["Member No"] = [_latvia(rng) for _ in range(len(df))]  # now the members' own bare mobiles
    frame = df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1)
    found = _found(frame)
    assert found["c000"] is not None and found["c000"].entity == "phone_number"
