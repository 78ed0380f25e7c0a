"""Postcodes of small territories beside the table's addresses, and postcode columns headed PC."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_territory_postcodes import names_pc, territory_of, territory_postcode_columns


def _d(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.9, "values", 10)


def test_territory_layouts() -> None:
    assert territory_of(["TKCA 1ZZ"]) == "TC"
    assert territory_of(["AI-2640"]) == "AI"
    assert territory_of(["MSR1110", "MSR1350"]) == "MS"
    assert territory_of(["KY1-1100", "KY2-2001"]) == "KY"
    assert territory_of(["VG1110"]) == "VG"
    assert territory_of(["STHL 1ZZ"]) == "SH"
    assert territory_of(["12345"]) is None
    assert territory_of(["VLT 1117"]) is None  # Malta's layout only under a postcode header
    assert territory_of(["VLT 1117"], cued=True) == "MT"


def test_pc_headers() -> None:
    assert names_pc("Pick-up PC") and names_pc("FROM_PC") and names_pc("strFromPc") and names_pc("PC")
    assert not names_pc("PCs owned") and not names_pc("Topic") and not names_pc("NPC")


def _table(codes: list[str], header: str = "c003") -> pd.DataFrame:
    n = len(codes)
    return pd.DataFrame(
        {
            "c000": [f"Name {i}" for i in range(n)],
            "c001": [f"{i + 1} Leeward Highway" for i in range(n)],
            "c002": ["Salt Cay", "Grand Turk"] * (n // 2),
            header: codes,
        }
    )


def test_one_code_for_the_island_beside_addresses() -> None:
    df = _table(["TKCA 1ZZ"] * 8)
    found = {"c000": _d("c000", "name"), "c001": _d("c001", "street_address")}
    out = territory_postcode_columns(df, list(df.columns), found)
    assert set(out) == {"c003"} and out["c003"].entity == "postcode"


def test_needs_an_address_found() -> None:
    df = _table(["TKCA 1ZZ"] * 8)
    assert territory_postcode_columns(df, list(df.columns), {"c000": _d("c000", "name")}) == {}


def test_pc_header_with_digits() -> None:
    df = _table(["24058", "25041", "28844", "06010", "12078", "00193", "31027", "24058"], header="Pick-up PC")
    found = {"c001": _d("c001", "street_address")}
    assert set(territory_postcode_columns(df, list(df.columns), found)) == {"Pick-up PC"}


def test_placeholders_left_out_but_codes_needed() -> None:
    df = _table(["AI-2640", "nil", "--", "AI-2640"] * 2)
    found = {"c001": _d("c001", "street_address")}
    assert set(territory_postcode_columns(df, list(df.columns), found)) == {"c003"}
    df = _table(["nil", "--"] * 4)
    assert territory_postcode_columns(df, list(df.columns), found) == {}
