"""Address and street columns of a small table told by reading their cells (header hidden or plain)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_read_addresses import read_address_columns, read_address_evidence


def test_small_address_column_in_a_new_layout_is_found() -> None:
    df = pd.DataFrame(
        {
            "c001": ["Cardiff – 4 Heol y Bont", "Bangor – 17 Ffordd y Môr", "-- select --", "Rhyl – 3 Stryd Fawr",
                     "Conwy – near the castle gate", "Bala – 9 Heol Tegid"],
            "c002": ["ok", "ok", "late", "ok", "ok", "late"],
        }
    )  # fmt: skip
    found = read_address_columns(df, list(df.columns), {})
    assert set(found) == {"c001"}
    assert found["c001"].entity == "address"


def test_street_lines_of_home_and_box_words_are_street_column() -> None:
    series = pd.Series(["Postboks 77", "Hus 4", "Storgata 9", "Hus 21", "nobody", "Postboks 310", "Fjellveien 3"])
    evidence = read_address_evidence(series)
    assert evidence is not None and evidence[0] == "street_address"


def test_one_sparse_full_address_is_enough() -> None:
    series = pd.Series(["", "", "Hải Phòng – Số 12 đường Lê Lợi", "", "", ""])
    assert read_address_evidence(series) is not None


def test_categories_products_and_decided_columns_are_left() -> None:
    branches = pd.Series(["12 High Street, Leeds LS1 4AB"] * 12)  # one branch over every row
    sizes = pd.Series(["Size 42, Blue", "Size 40, Red", "Size 38, Blue", "Size 44, Green", "Size 36, Red"])
    gates = pd.Series(["Gate 12", "Gate 4", "Gate 7", "Gate 31", "Gate 2"])
    for series in (branches, sizes, gates):
        assert read_address_evidence(series) is None
    df = pd.DataFrame({"Customer name": ["Hus 4", "Hus 9", "Postboks 7"], "c002": ["Hus 4", "Hus 9", "Postboks 7"]})
    assert read_address_columns(df, list(df.columns), {"c002": object()}) == {}  # a name header; c002 decided


def test_named_sites_without_house_numbers_are_no_street_column() -> None:
    sites = ["Hanging Wood", "Church Farm orchard", "Moor Lane field", "Allotments Plot 7", "Rectory garden",
             "St Anne's meadow"] * 3  # fmt: skip
    assert read_address_evidence(pd.Series(sites)) is None
