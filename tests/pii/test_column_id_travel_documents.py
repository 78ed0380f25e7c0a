"""Travel-document number columns: names in many languages, codes of letters and digits, the table around them."""

from __future__ import annotations

import random
import string

import pandas as pd
import pytest

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_travel_documents import (
    is_document_code,
    names_document_number,
    names_passport,
    travel_document_detections,
)


def _code(rng: random.Random, n: int = 9) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(
        rng.choice(string.ascii_uppercase + string.digits) for _ in range(n - 1)
    )


def _found(*pairs: tuple[str, str]) -> dict[str, ColumnDetection | None]:
    return {name: ColumnDetection(name, entity, 1.0, 1.0, "values", 10) for name, entity in pairs}


@pytest.mark.parametrize(
    "name",
    ["PASSPORT", "Passport No", "Reisepassnummer", "N° de passeport", "Número de pasaporte", "Numero passaporto",
     "Paspoortnummer", "travel_doc", "Pass-Nr.", "Nr paszportu", "Номер паспорта", "Pasaport No"],
)  # fmt: skip
def test_passport_names_in_many_languages(name: str) -> None:
    assert names_passport(name)


@pytest.mark.parametrize("name", ["Passwort", "password", "Boarding Pass", "Passive income", "Booking Ref", "Doc Type"])
def test_pass_words_that_name_no_passport(name: str) -> None:
    assert not names_passport(name)


@pytest.mark.parametrize("name", ["Doc Number", "Document No.", "ID_DOC_NO", "Número de documento", "Dokumentnummer"])
def test_document_number_names(name: str) -> None:
    assert names_document_number(name)
    assert not names_passport(name)


def test_document_codes() -> None:
    assert is_document_code("C01X00T47")
    assert is_document_code("12AB34567")
    assert is_document_code("yb 1234567")
    assert not is_document_code("WEBER")  # a user id of letters
    assert not is_document_code("ABCDEFGHI")  # no digit
    assert not is_document_code("WBA111YT3GJ5N7D1C")  # seventeen: a VIN


def test_passport_column_with_few_digits_under_its_name() -> None:
    """Nine letters and digits as a machine-readable zone prints them: the id check wanted four digits."""
    rng = random.Random(7)
    df = pd.DataFrame({"Passport No": [_code(rng) if i % 2 else "" for i in range(40)]})
    found = travel_document_detections(df, ["Passport No"], {})
    assert found["Passport No"].entity == "national_id"
    assert found["Passport No"].method == "name+values"


def test_a_small_guest_list_under_a_passport_name() -> None:
    rng = random.Random(16)
    df = pd.DataFrame({"PASSPORT": [_code(rng) if i < 4 else "" for i in range(10)], "Note": ["ok"] * 10})
    assert set(travel_document_detections(df, ["PASSPORT", "Note"], {})) == {"PASSPORT"}
    df = pd.DataFrame({"PASSPORT": ["yes", "no", "yes", "", "no"] * 2})  # a flag, whatever its name
    assert travel_document_detections(df, ["PASSPORT"], {}) == {}


def test_document_number_beside_people_and_not_a_ledger() -> None:
    rng = random.Random(8)
    start = 4_100_000_123
    df = pd.DataFrame({
        "Guest": ["x"] * 30,
        "Document No": [f"{rng.choice('ABCDE')}{rng.choice('KLMN')}{rng.randint(0, 9999999):07d}" for _ in range(30)],
        "Ledger Document No": [str(start + i) for i in range(30)],  # a counter of an accounting document
    })  # fmt: skip
    people = _found(("Guest", "name"))
    found = travel_document_detections(df, list(df.columns), people)
    assert set(found) == {"Document No"}
    # No person in the table: a document's number says nothing of whose.
    assert travel_document_detections(df, list(df.columns), {}) == {}


def test_nine_digit_passports_under_a_document_name() -> None:
    rng = random.Random(9)
    df = pd.DataFrame({"DOCNO": [str(rng.randint(100_000_000, 999_999_999)) for _ in range(25)]})
    found = travel_document_detections(df, ["DOCNO"], _found(("DOB", "date_of_birth")))
    assert found["DOCNO"].entity == "national_id"


def test_values_only_beside_a_document_type_column() -> None:
    rng = random.Random(10)
    df = pd.DataFrame({
        "c001": [rng.choice(("P", "P", "I")) for _ in range(30)],
        "c002": [_code(rng) for _ in range(30)],
        "c003": ["".join(rng.choice(string.ascii_uppercase + "23456789") for _ in range(6)) for _ in range(30)],
    })  # fmt: skip
    found = travel_document_detections(df, list(df.columns), _found(("c000", "last_name")))
    assert set(found) == {"c002"}  # six-character booking references are no passports
    assert found["c002"].method == "values+table"


def test_values_only_needs_the_document_type_column() -> None:
    """Random 9-character codes beside nationality codes and birth dates: vouchers as well as passports."""
    rng = random.Random(11)
    df = pd.DataFrame({"c001": ["DE"] * 30, "c002": [_code(rng) for _ in range(30)]})
    assert travel_document_detections(df, list(df.columns), _found(("c000", "date_of_birth"))) == {}


def test_values_only_leaves_prefixed_codes_and_plates() -> None:
    rng = random.Random(12)
    df = pd.DataFrame({
        "c001": ["P"] * 20 + ["I"] * 10,
        "c002": [f"CU{rng.randint(0, 9999999):07d}" for _ in range(30)],  # one prefix: a register's numbering
        "c003": [f"{rng.choice('ABCD')}{rng.choice('ABCD')}{rng.randint(10, 99)} {_code(rng, 3)}" for _ in range(30)],
    })  # fmt: skip
    assert travel_document_detections(df, list(df.columns), _found(("c000", "name"))) == {}


def test_values_only_leaves_digits_and_a_constant_letter() -> None:
    rng = random.Random(15)
    digits = [str(rng.randint(100_000_000, 999_999_999)) for _ in range(30)]
    df = pd.DataFrame({"c001": ["P"] * 10 + ["I"] * 20, "c002": digits})  # membership numbers beside documents
    assert travel_document_detections(df, list(df.columns), _found(("c000", "name"))) == {}
    df = pd.DataFrame({"c001": ["P"] * 30, "c002": [_code(rng) for _ in range(30)]})  # a guest language column
    assert travel_document_detections(df, list(df.columns), _found(("c000", "name"))) == {}


def test_a_name_that_says_something_else_is_left() -> None:
    rng = random.Random(13)
    df = pd.DataFrame({"c001": ["P", "I"] * 15, "Booking Ref": [_code(rng) for _ in range(30)]})
    assert travel_document_detections(df, list(df.columns), _found(("c000", "name"))) == {}


def test_nothing_without_the_national_id_entity() -> None:
    rng = random.Random(14)
    df = pd.DataFrame({"PASSPORT": [_code(rng) for _ in range(20)]})
    assert travel_document_detections(df, ["PASSPORT"], {}, entities=("name",)) == {}
