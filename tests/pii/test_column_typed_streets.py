"""Street columns told by a street type only the text rules knew (Papiamento, Welsh, Breton), headers hidden."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_typed_streets import typed_street_columns, typed_street_line


def test_typed_lines_in_either_order() -> None:
    assert typed_street_line("Kaya Flamboyan 18")
    assert typed_street_line("Kaminda Sta. Rosa 4")
    assert typed_street_line("23 Heol y Coed")
    assert not typed_street_line("Table 12")
    assert not typed_street_line("Casa 3")
    assert not typed_street_line("Kaya")


def test_hidden_column_of_kaya_lines_is_streets() -> None:
    lines = ["Kaya Flamboyan 18", "Kaya Arubano 7", "Kaya Sabana 102", "Kaminda Sta. Rosa 4", "Kaya Korona 33",
             "ex-directory", "Kaya Lora 9"]  # fmt: skip
    df = pd.DataFrame({"c001": lines, "c002": ["Tue"] * len(lines)})
    found = typed_street_columns(df, ["c001", "c002"], {})
    assert set(found) == {"c001"} and found["c001"].entity == "street_address"


def test_one_address_over_every_row_or_a_found_column_is_left() -> None:
    df = pd.DataFrame({"c001": ["Kaya Flamboyan 18"] * 6 + ["Kaya Arubano 7", "Kaya Sabana 102"]})
    assert typed_street_columns(df, ["c001"], {}) == {}
    lines = pd.DataFrame({"c001": ["Kaya Flamboyan 18", "Kaya Arubano 7", "Kaya Sabana 102", "Kaya Lora 9"]})
    assert typed_street_columns(lines, ["c001"], {"c001": object()}) == {}
