"""Bare numbers of a far country beside the table's own phones are no phones (column_phone_foreign)."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_phone_foreign import foreign_bare_phones, foreign_reason
from safe_synthesizer.pii.detect_table import detect_table
from safe_synthesizer.pii.replace import plan_columns

_FIRST = ["Ana", "Bruno", "Carla", "Diego", "Elisa", "Fábio", "Gisele", "Heitor", "Iara", "João", "Luana", "Marcos"]
_LAST = ["Silva", "Souza", "Oliveira", "Pereira", "Costa", "Rodrigues", "Almeida", "Nascimento", "Lima", "Araújo"]


def _digits(rng: random.Random, head: str, length: int) -> str:
    return head + "".join(rng.choice("0123456789") for _ in range(length - len(head)))


def _valid(rng: random.Random, region: str, head: str, length: int) -> str:
    while True:
        d = _digits(rng, head, length)
        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(d, region), region):
            return d


def _brazilian_orders(rng: random.Random, rows: int, protocol_head: str, protocol_length: int) -> pd.DataFrame:
    """A shop's orders: the customer, their mobile written as dialled (+55), a protocol number of one head."""
    return pd.DataFrame({
        "Cliente": [f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(rows)],
        "Celular": [f"+55 {rng.choice(['11', '21', '31', '41'])} 9{_digits(rng, '', 4)}-{_digits(rng, '', 4)}"
                    for _ in range(rows)],
        "Protocolo": [_digits(rng, protocol_head, protocol_length) for _ in range(rows)],
    })  # fmt: skip


def _found(df: pd.DataFrame) -> dict:
    return detect_table(df, infer_schema(df).columns, ReplacePiiParameters())


def test_protocol_numbers_read_as_a_far_countrys_mobiles_are_taken_back() -> None:
    # Ten digits opening with 7 are Indian mobiles, nine opening with 5 Polish ones: beside Brazilian phones they
    # are the shop's protocol numbers, with the names shown and hidden.
    for seed, head, length in ((42201, "7", 10), (42202, "5", 9)):
        df = _brazilian_orders(random.Random(seed), 80, head, length)
        for frame in (df, df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1)):
            protocol = frame.columns[2]
            schema = infer_schema(frame)
            alone = detect_column(frame[protocol], schema[protocol], entities=ReplacePiiParameters().entities)
            assert alone is not None and alone.entity == "phone_number"  # alone: a far country's mobiles
            found = _found(frame)
            assert found[protocol] is None, (seed, protocol)
            assert list(foreign_bare_phones(frame, {**found, protocol: alone})) == [protocol], (seed, protocol)
            plans = plan_columns(frame, schema, ReplacePiiParameters(), seed=0)
            assert {p.column: p.entity for p in plans}.get(frame.columns[1]) == "phone_number"
            assert protocol not in {p.column for p in plans}


def test_the_tables_own_bare_numbers_stay_phones() -> None:
    rng = random.Random(42203)
    # Dutch mobiles written bare beside dialled ones; French mobiles that lost their 0 in an integer export.
    dutch = [_valid(rng, "NL", "06", 10) for _ in range(40)]
    french = [_valid(rng, "FR", rng.choice("67"), 9) for _ in range(40)]
    assert foreign_reason(dutch, "NL") is None
    assert foreign_reason(french, "FR") is None
    # Mobiles of the table's own country are not judged against another plan that also takes them.
    assert foreign_reason([_valid(rng, "IN", "7", 10) for _ in range(40)], "IN") is None


def test_far_bare_numbers_are_named() -> None:
    rng = random.Random(42204)
    ids = [_digits(rng, "3", 9) for _ in range(60)]  # every 3xxxxxxxx is a Vietnamese mobile
    why = foreign_reason(ids, "DE")
    assert why is not None and "VN" in why
    # A lone phone column, or one whose name cues a phone, is never judged.
    df = pd.DataFrame({"Handy": ids})
    assert foreign_bare_phones(df, _found(df)) == {}
