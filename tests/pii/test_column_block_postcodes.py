"""The postcode column of a small table's address block (s39, PP): a country's written postcode layout, nearly one
code per row, in a table whose street lines or towns were found, wherever the column stands."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_block_postcodes import block_postcode_columns, written_postcodes
from safe_synthesizer.pii.replace import plan_columns

_STREETS = ["ul. Lipowa 12", "ul. Słoneczna 4/2", "ul. Polna 87", "ul. Leśna 3", "ul. Ogrodowa 19",
            "ul. Kwiatowa 7", "ul. Szkolna 55", "ul. Krótka 1", "ul. Długa 23", "ul. Łąkowa 8", "ul. Brzozowa 14",
            "ul. Zielona 6"]  # fmt: skip
_PL = ["31-042", "02-791", "80-309", "61-131", "50-384", "90-410", "15-062", "70-215", "40-007", "85-796", "20-612",
       "10-417"]  # fmt: skip
_CZ = ["602 00", "110 00", "370 01", "779 00", "301 00", "500 02", "460 01", "701 00", "412 01", "530 02"]
_ZIP = ["60614-2231", "30309", "98103-4410", "73301", "02139-1307", "94110", "55406-1820", "80205", "19103", "37209"]


def _table(codes: list[str], with_street: bool = True) -> pd.DataFrame:
    """18 rows of 12 customers (six come back); the postcode column first, the street three columns on."""
    order = list(range(12)) + list(range(6))
    df = pd.DataFrame({
        "c000": [codes[i % len(codes)] for i in order],
        "c001": [f"{i % 4 + 1}" for i in order],
        "c002": [["paid", "open", "late"][i % 3] for i in order],
        "c003": [_STREETS[i] for i in order],
    })  # fmt: skip
    return df if with_street else df.drop(columns="c003")


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_polish_codes_beside_street_lines_are_postcodes() -> None:
    assert _plans(_table(_PL)) == {"c000": "postcode", "c003": "street_address"}


def test_the_same_codes_without_an_address_stay_as_written() -> None:
    assert "c000" not in _plans(_table(_PL, with_street=False))


def test_written_layouts_of_several_countries() -> None:
    for codes in (_PL, _CZ, _ZIP):
        assert written_postcodes(pd.Series(codes))
    assert (
        written_postcodes(pd.Series(["31042", "02791", "80309", "61131", "50384", "90410", "15062", "70215"])) is None
    )
    assert written_postcodes(pd.Series(_PL[:4] * 5)) is None  # a few branch codes repeated over the rows


def test_one_postcode_column_per_address() -> None:
    df = pd.DataFrame({"a": _PL[:10], "b": _CZ[:10], "s": _STREETS[:10]})
    assert block_postcode_columns(df, ["a", "b", "s"], {"s": "street_address"}) == {}
    assert set(block_postcode_columns(df, ["a", "b", "s"], {"s": "street_address", "b": "national_id"})) == {"a"}


def test_greek_codes_spaced_and_behind_their_abbreviation_are_greek() -> None:
    """``104 25`` fits Sweden, Czechia and Greece; ``ΤΚ 337 21`` Greece only: together, Greece's (s40, PL)."""
    codes = ["ΤΚ 546 21", "Τ.Κ. 262 21", "412 22", "712 02", "ΤΚ 383 33", "654 03", "452 21", "Τ.Κ. 691 00", "105 57"]
    assert "el_GR" in (written_postcodes(pd.Series(codes)) or "")
