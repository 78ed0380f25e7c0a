"""Postcodes written with the country's prefix, in that country's table or beside its places
(column_prefixed_postcodes)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_prefixed_postcodes import prefixed_postcode_detections, prefixed_postcodes

ENTITIES = [E.POSTCODE, E.CITY, E.STREET_ADDRESS]
ANDORRAN = ["AD100", "AD600", "AD300", "AD500", "AD100", "AD700", "AD200"]
LUXEMBOURG = ["L-1471", "L-2540", "L-4021", "L-8005", "L-1130", "L-9012"]


def _found(entity: str = E.STREET_ADDRESS, locale: str | None = None) -> dict:
    return {"street": ColumnDetection("street", entity, 1.0, 1.0, "values", 7, locale, ""), "code": None}


def test_prefix_and_digits_of_the_country() -> None:
    assert prefixed_postcodes(ANDORRAN) == ("AD", 1.0)
    assert prefixed_postcodes(LUXEMBOURG) == ("L", 1.0)
    assert prefixed_postcodes(["HT 6120", "HT 1110", "n/a", "HT 9110"]) == ("HT", 1.0)


def test_wrong_digit_counts_and_letters_without_a_hyphen_are_no_postcodes() -> None:
    assert prefixed_postcodes(["AD1000", "AD2000", "AD3000"])[1] == 0.0  # Andorra writes three digits
    assert prefixed_postcodes(["L1471", "L2540", "L4021"])[1] == 0.0  # one letter needs its hyphen
    assert prefixed_postcodes(["T45431", "T72368", "T40333"])[0] is None  # a tenancy reference


def test_an_andorran_column_beside_streets_is_a_postcode() -> None:
    df = pd.DataFrame({"street": ["Carrer Major 3"] * 7, "code": ANDORRAN})
    found = prefixed_postcode_detections(df, ["code"], _found(), entities=ENTITIES)
    assert found["code"].entity == E.POSTCODE


def test_one_letter_prefixes_need_the_tables_country() -> None:
    df = pd.DataFrame({"street": ["Rue Haute 3"] * 6, "code": LUXEMBOURG})
    assert prefixed_postcode_detections(df, ["code"], _found(), entities=ENTITIES) == {}


def test_no_place_in_the_table_no_postcode() -> None:
    df = pd.DataFrame({"street": ["x"] * 7, "code": ANDORRAN})
    assert prefixed_postcode_detections(df, ["code"], _found(E.EMAIL), entities=ENTITIES) == {}
    assert prefixed_postcode_detections(df, ["code"], _found(), entities=[E.CITY]) == {}


def test_one_letter_prefix_in_a_table_of_that_country() -> None:
    df = pd.DataFrame({"tel": ["+352 621 123 456"] * 6, "code": LUXEMBOURG})
    found = {"tel": ColumnDetection("tel", E.PHONE_NUMBER, 1.0, 1.0, "values", 6, "fr_LU", ""), "code": None}
    assert set(prefixed_postcode_detections(df, ["code"], found, entities=ENTITIES)) == {"code"}


def test_a_header_naming_a_record_number_keeps_its_codes() -> None:
    df = pd.DataFrame({"street": ["Carrer Major 3"] * 7, "Order No": ANDORRAN})
    found = {"street": _found()["street"], "Order No": None}
    assert prefixed_postcode_detections(df, ["Order No"], found, entities=ENTITIES) == {}
