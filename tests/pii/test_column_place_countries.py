"""Country columns (nationality, citizenship, country codes) are no town or state column."""

from __future__ import annotations

from safe_synthesizer.pii.column_place_countries import country_codes, country_column_reason, names_a_country


def test_nationality_headers_name_a_country() -> None:
    for header in ("Nationality", "Staatsangehörigkeit", "Nationalité", "Cittadinanza", "Obywatelstwo", "País"):
        assert names_a_country(header), header
    for header in ("State", "Bundesland", "County", "Ort", "Provincia"):
        assert not names_a_country(header), header


def test_iso_codes_with_foreign_countries_are_countries() -> None:
    # A Polish register: the home country and guests from Belgium, Austria and Japan (BE, JP no region we list).
    assert country_codes(["PL", "BE", "AT", "JP", "CZ"]) is not None


def test_state_abbreviations_are_no_countries() -> None:
    assert country_codes(["TX", "NY", "CA", "FL", "OH", "WA"]) is None  # TX, NY, FL, OH, WA: no ISO codes
    assert country_codes(["ON", "QC", "BC", "AB", "MB"]) is None  # Canadian provinces
    assert country_codes(["MI", "RM", "TO", "NA", "FI"]) is None  # Italian provinces
    assert country_codes(["Bavaria", "Hesse"]) is None


def test_reason_only_for_towns_and_states() -> None:
    assert country_column_reason(["ES", "PT", "JP", "US"], "c007", "state") is not None
    assert country_column_reason(["Lyon", "Nice"], "Pays de résidence", "city") is not None
    assert country_column_reason(["Lyon", "Nice"], "Ville", "city") is None
    assert country_column_reason(["12 Main St"], "Country", "street_address") is None


def test_register_nationality_column_is_no_state() -> None:
    import pandas as pd

    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.column_detector import detect_columns

    # A Spanish register: ES, PT, AT, CZ are also listed region abbreviations; JP and BE are not.
    codes = ["ES"] * 40 + ["PT"] * 3 + ["AT"] * 2 + ["JP", "BE", "CZ"]
    df = pd.DataFrame({"c005": codes, "Nacionalidad": codes})
    found = detect_columns(df, infer_schema(df), entities=E.ALL_ENTITIES)
    assert "c005" not in found and "Nacionalidad" not in found  # both were 'state' before
