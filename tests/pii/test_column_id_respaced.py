"""National ids re-spaced by hand, read with their inner blanks dropped (column_id_respaced)."""

from __future__ import annotations

import random
import string

import pandas as pd
from stdnum.tr import tckimlik

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_id_respaced import compacted, id_share
from safe_synthesizer.pii.validators import national_id_share

ENTITIES = [E.NATIONAL_ID, E.PHONE_NUMBER, E.FAX_NUMBER, E.SSN, E.TAX_ID, E.POSTCODE]


def _kimlik(rng: random.Random) -> str:
    body = f"{rng.randint(1, 9)}{rng.randint(0, 10**8 - 1):08d}"
    return body + tckimlik.calc_check_digits(body)


def _nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return f"{first}{second}{rng.randint(0, 999_999):06d}{rng.choice('ABCD')}"


def _threes(value: str) -> str:
    return " ".join(value[i : i + 3] for i in range(0, len(value), 3))


def _detect(values: list[str]):
    df = pd.DataFrame({"c007": values})
    return detect_column(df["c007"], infer_schema(df)["c007"], entities=ENTITIES)


def test_compacted_drops_blanks_only_between_letters_and_digits() -> None:
    assert compacted("AB1 234 56C") == "AB123456C"
    assert compacted(" 301 445 229 01 ") == "30144522901"
    assert compacted("12-34 56") == "12-34 56"  # a hyphen: kept as written
    assert compacted("Flat 3") == "Flat3"  # letters and digits only: harmless, no scheme takes it


def test_kimlik_numbers_some_spaced_in_threes_are_one_scheme() -> None:
    rng = random.Random(4701)
    values = [_kimlik(rng) for _ in range(30)]
    values = [_threes(v) if i % 6 == 0 else v for i, v in enumerate(values)]
    assert national_id_share(values)[0] < 0.9  # before: the spaced ones pass no scheme
    share, scheme = id_share(values)
    assert share == 1.0 and scheme == "tr.tckimlik"
    det = _detect(values)
    assert det is not None and det.entity == E.NATIONAL_ID, det


def test_insurance_numbers_spaced_their_own_way_are_ids() -> None:
    rng = random.Random(4702)
    values = [_nino(rng) for _ in range(24)]
    values = [f"{v[:3]} {v[3:6]} {v[6:]}" if i % 5 == 0 else v for i, v in enumerate(values)]
    assert id_share(values)[0] == 1.0
    det = _detect(values)
    assert det is not None and det.entity in (E.NATIONAL_ID, E.TAX_ID), det


def test_random_codes_spaced_pass_no_scheme_nine_times_in_ten() -> None:
    rng = random.Random(4703)
    codes = [_threes("".join(rng.choice(string.digits) for _ in range(11))) for _ in range(40)]
    assert id_share(codes)[0] < 0.5
    lettered = [
        f"{rng.choice('XYZ')}{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)}" for _ in range(40)
    ]
    assert id_share(lettered)[0] < 0.5
