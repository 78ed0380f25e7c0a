"""Id columns read as one run of the column's own shape in any dress (column_id_runs)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_runs import header_names_id, id_run_columns, read_id_run, run_skeleton


def _phone(name: str) -> ColumnDetection:
    return ColumnDetection(name, "phone_number", 0.9, 1.0, "values", 4)


def test_read_id_run_splits_dress_and_core() -> None:
    assert read_id_run("96 07 131076 — seen").core == "96 07 131076"
    assert read_id_run("[RU] 96 15 073545").country == "RU"
    assert read_id_run("id=H71JGBE9E").keyed_as_id
    assert read_id_run("GY2F330SW").core == "GY2F330SW"


def test_read_id_run_refuses_record_words_second_numbers_and_dates() -> None:
    assert read_id_run("Order 4470060") is None
    assert read_id_run("818591295V / exp. 2031") is None  # an expiry: column_id_parts reads it
    assert read_id_run("12.05.2031") is None
    assert read_id_run("Jubilee Pool") is None


def test_skeleton() -> None:
    assert run_skeleton("96 13 985716") == "DD DD DDDDDD"
    assert run_skeleton("GY2F330SW", coarse=True) == "XXXXXXXXX"


def test_header_names_a_persons_paper_not_a_row_key() -> None:
    assert header_names_id("Pièce d'identité")
    assert header_names_id("ID seen")
    assert not header_names_id("ID")
    assert not header_names_id("Order ID")
    assert not header_names_id("Cert no.")


def test_russian_passports_read_as_phones_become_ids_by_country_dress() -> None:
    df = pd.DataFrame({"c010": ["", "96 22 224184", "", "[RU] 96 15 073545", "", "", ""]})
    out = id_run_columns(df, ["c010"], {"c010": _phone("c010")}, "RU")
    assert out["c010"].entity == "national_id"


def test_card_numbers_under_a_document_header() -> None:
    df = pd.DataFrame({"Pièce d'identité": ["GY2F330SW", "", "", "W9V1VV0FN", "", "", "E5LHBVFNK", ""]})
    out = id_run_columns(df, list(df.columns), {"Pièce d'identité": None}, "FR")
    assert out["Pièce d'identité"].entity == "national_id"


def test_keyed_id_hidden_header_in_a_mostly_empty_column() -> None:
    df = pd.DataFrame({"c013": ["GY2F330SW", "", "id=H71JGBE9E", "", "W9V1VV0FN", "", "", ""]})
    assert "c013" in id_run_columns(df, ["c013"], {"c013": None}, "FR")


def test_precision_record_numbers_and_row_keys_stay() -> None:
    certs = pd.DataFrame({"Cert no.": ["CS16176", "CS89247", "CS70149", "CS11750"]})
    assert id_run_columns(certs, list(certs.columns), {"Cert no.": None}, "GB") == {}
    # A register's own numbers in every row under an id word (set 33's ``Ausweis``): no person's paper.
    keys = pd.DataFrame({"Ausweis": ["400005", "400008", "400018", "400023"]})
    assert id_run_columns(keys, ["Ausweis"], {"Ausweis": None}, "FR") == {}
    # A row key a machine writes as ``id=...`` in every row.
    rows = pd.DataFrame({"c001": ["id=100234", "id=100235", "id=100236", "id=100237"]})
    assert id_run_columns(rows, ["c001"], {"c001": None}, "US") == {}
    # Mixed shapes: no id column.
    mixed = pd.DataFrame({"c002": ["[GB] AB123456", "", "12-34", ""]})
    assert id_run_columns(mixed, ["c002"], {"c002": None}, "GB") == {}


def test_phones_written_in_the_plans_groups_stay_phones() -> None:
    df = pd.DataFrame({"c004": ["", "[RU] 961 398-57-16", "", "912 345-67-89", "", ""]})
    assert id_run_columns(df, ["c004"], {"c004": _phone("c004")}, "RU") == {}


def test_other_findings_untouched() -> None:
    df = pd.DataFrame({"c005": ["", "[RU] 96 15 073545", ""]})
    found = {"c005": ColumnDetection("c005", "postcode", 0.9, 1.0, "values", 1)}
    assert id_run_columns(df, ["c005"], found, "RU") == {}
