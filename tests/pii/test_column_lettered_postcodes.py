"""Postcodes of a small table told by a lettered layout (UK, Dutch, Canadian), names hidden."""

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_lettered_postcodes import lettered_postcodes
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns

_UK = ["WR7 6SY", "L9 1ZS", "BB92 6BR", "E04 2JA", "N58 5ZD", "SW1A 1AA", "M1 4BT", "CF10 3NQ", "LS6 2UE", "G2 8DW"]
_NL = ["8080WL", "8080 WL", "6063TY", "2959 UE", "1011AB", "3512 JE", "9711 LM", "5611ZT", "7511 JD", "2311 EZ"]


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_ten_uk_postcodes_among_blanks_are_postcodes() -> None:
    cells = _UK + [None] * 12 + ["-"]
    assert _plans(pd.DataFrame({"c000": cells, "c001": list(range(len(cells)))})) == {"c000": "postcode"}


def test_dutch_codes_with_and_without_space_are_postcodes() -> None:
    ok, why = lettered_postcodes(sample_values(pd.Series(_NL + [None] * 7), 500, 0))
    assert ok and "nl_NL" in why


def test_a_few_codes_repeated_over_rows_are_not_people_postcodes() -> None:
    ok, _ = lettered_postcodes(sample_values(pd.Series(_UK[:8] * 4), 500, 0))
    assert not ok


def test_seven_codes_say_too_little() -> None:
    ok, _ = lettered_postcodes(sample_values(pd.Series(_UK[:7]), 500, 0))
    assert not ok
