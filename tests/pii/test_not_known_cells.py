"""Cells of no value (``n/a``, ``unbekannt``, ``-``) are told from real values, ``Na`` the name included."""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.not_known_cells import not_known_keys

_NAMES = ["Maria Lopez", "Hans Müller", "Claire Dubois", "Kim Na", "Joost de Vries"]


def test_not_known_words_of_many_languages() -> None:
    words = ["n/a", "N/A", "unknown", "withheld", "k.A.", "inconnu", "desconocido", "onbekend", "sconosciuto",
             "none", "nieznany", "okänd", "미상", "bilinmiyor", "keine Angabe"]  # fmt: skip
    assert not_known_keys(_NAMES + words, E.NAME) == set(words)
    assert not_known_keys(["jd@x.org", *words], E.EMAIL) == set(words)


def test_blank_and_punctuation_cells_and_short_remarks() -> None:
    cells = ["", "-", "--", "?", "...", "*", "/", "n/a (moved)", "unknown - left", "n/a, deceased"]
    assert not_known_keys(_NAMES + cells, E.LAST_NAME) == set(cells)


def test_a_remark_that_may_name_someone_is_a_value() -> None:
    # A capital or a digit in the remark: it may be a name or a number, so the cell is replaced.
    assert not_known_keys(["unknown (John Smith)", "n/a - 0612345678", *_NAMES], E.NAME) == set()


def test_name_like_missing_words_by_how_they_are_written() -> None:
    # Na, Nan and Nil are names too: title-cased among mixed-case names they are names.
    assert not_known_keys([*_NAMES, "Na", "Nan", "Nil", "NA", "na", "nan", "NIL"], E.LAST_NAME) == {
        "NA", "na", "nan", "NIL"}  # fmt: skip
    upper = [n.split()[-1].upper() for n in _NAMES * 3]
    assert not_known_keys([*upper, "NA", "n/a"], E.LAST_NAME) == {"n/a"}  # ``NA`` is written like the names
    # A full name is never the lone token: any form holds no value there.
    assert not_known_keys([n.upper() for n in _NAMES] + ["NA", "Nan"], E.NAME) == {"NA", "Nan"}
    # Where no name can be meant (e-mails, numbers), any form holds no value.
    assert not_known_keys(["jd@x.org", "Na", "NaN"], E.EMAIL) == {"Na", "NaN"}


def test_number_columns_keep_cells_without_a_digit() -> None:
    cells = ["123-45-6789", "not on file", "pending"]
    assert not_known_keys(cells, E.SSN) == {"not on file", "pending"}
    assert not_known_keys(["4111 1111 1111 1111", "declined"], E.CREDIT_DEBIT_CARD) == {"declined"}
    # Names are not numbers: a word there is a value unless it is a not-known word.
    assert not_known_keys(["pending", *_NAMES], E.NAME) == set()


def test_under_dp_each_cell_is_decided_on_itself() -> None:
    # In a column of capitals ``NA`` is a name like the others; under DP the column is not read.
    upper = [n.split()[-1].upper() for n in _NAMES * 3]
    assert not_known_keys([*upper, "NA"], E.LAST_NAME) == set()
    assert not_known_keys([*upper, "NA"], E.LAST_NAME, per_record=True) == {"NA"}
    assert not_known_keys(["Lopez", "Na", "na"], E.LAST_NAME, per_record=True) == {"na"}


def test_a_national_ids_code_of_capital_letters_is_a_value() -> None:
    cells = ["XKTRPLMWQ", "C01X00T47", "UNKNOWN", "n/a", "Verloren", "ABC"]
    assert not_known_keys(cells, "national_id") == {"UNKNOWN", "n/a", "Verloren", "ABC"}
    assert "XKTRPLMWQ" in not_known_keys(cells, "phone_number")  # a phone is always digits


def test_spreadsheet_errors_and_german_ohne_angabe_name_no_one() -> None:
    # Set 40: a name column's ``#VALUE!`` and ``o. A.`` were faked as people.
    cells = [*_NAMES, "#VALUE!", "#REF!", "#N/A", "o. A.", "O.A."]
    assert not_known_keys(cells, E.NAME) == {"#VALUE!", "#REF!", "#N/A", "o. A.", "O.A."}
    assert not_known_keys(["Haynes", "#DIV/0!"], E.LAST_NAME) == {"#DIV/0!"}
