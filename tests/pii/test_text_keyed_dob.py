"""Birth dates under a birth key in machine layouts (session 33): logfmt with and without quotes, arrows,
tags, query strings, YAML/TOML/INI lines, headers, SQL inserts, nested JSON with a time, compact dates and
abbreviated months; keys spelt as systems spell them. Other dates of the same layouts stay."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_dob_values import birth_date_length, birth_key
from safe_synthesizer.pii.text_keyed_dob import keyed_dob_spans
from safe_synthesizer.pii.text_patterns import _DATE, pattern_spans


def _dobs(text: str) -> list[str]:
    """Birth dates of every rule of text_patterns (one span per date)."""
    return [text[a:b] for a, b, e in pattern_spans(text, ("GB", "DE"), frozenset({E.DATE_OF_BIRTH}))]


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ('lvl=debug op=merge who="Ida Brandsma" bdate=23-05-1962 total=19.99', "23-05-1962"),
        ("lvl=debug geb_datum=4.7.1977 op=merge", "4.7.1977"),
        ('op=merge d_o_b="05/30/1948" src=portal', "05/30/1948"),
        ("BirthDate -> 1970-08-02 (corrected)", "1970-08-02"),
        ("[birth_dt 02/08/1970] callback requested", "02/08/1970"),
        ("POST /v1/members?member=8812&fechaNac=1970-08-02&lang=es", "1970-08-02"),
        ("member:\n  full: yes\n  data_nascita: 02/08/1970\n", "02/08/1970"),
        ('[member]\ndate_naissance = "2 août 1970"', "2 août 1970"),
        ("X-Member-Birthdate: 1970-08-02", "1970-08-02"),
        ('{"m": {"p": {"geboorte_datum": "1970-08-02T00:00:00.000Z"}}}', "1970-08-02"),
        ("memberDOB=19700802 tier=gold", "19700802"),
        ("date_of_birth: 2 févr. 1970", "2 févr. 1970"),
        ("dob => 02-Aug-1970", "02-Aug-1970"),
    ],
)
def test_a_birth_key_marks_its_date_in_any_layout(text, dob):
    assert _dobs(text) == [dob]


@pytest.mark.parametrize(
    "text",
    [
        "appointment=12/03/2024 ref=1 created_at=2024-03-11T10:00:00Z",
        "build=20240311 version=2.14.3 order_date=19990311",
        "ts=2025-01-04T09:00:00Z level=info dob_check=failed rows=19560311",
        "visit_date -> 1970-08-02",
        "dob=19700231",  # no such day
        "dob=20991231",
        "invoice_dob=1970-08-02",  # an invoice's key is no person's
    ],
)
def test_other_dates_and_numbers_of_logs_stay(text):
    assert _dobs(text) == []
    assert keyed_dob_spans(text, _DATE) == []


@pytest.mark.parametrize(
    "key", ["dob", "DOB", "d.o.b.", "d_o_b", "bdate", "birth_dt", "patientDOB", "fecha_nac", "f_nac",
            "data_nascita", "date_naissance", "geboorte_datum", "GebDatum", "X-Patient-DOB"],
)  # fmt: skip
def test_birth_keys(key):
    assert birth_key(key)


@pytest.mark.parametrize("key", ["date", "created_at", "visit_date", "appt_dob", "birthplace", "nacionalidad", "b"])
def test_other_keys(key):
    assert not birth_key(key)


def test_a_value_with_its_time_is_a_birth_date_of_the_date_only():
    assert birth_date_length("1956-03-11T00:00:00Z", _DATE) == 10
    assert birth_date_length("1956-03-11 00:00:00", _DATE) == 10
    assert birth_date_length("19560311", _DATE) == 8
    assert birth_date_length("19561311", _DATE) is None
    assert birth_date_length("1956-03-11 Harbour Road", _DATE) is None


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("apply?ref=1&applicant=Amy Conway&birth=11/13/1968 (received 03/20/2024)", "11/13/1968"),
        ("apply?ref=1&mail=a@b.org&birth=February 02, 1965 (received January 22, 2022)", "February 02, 1965"),
        ("birth: 1965-02-02", "1965-02-02"),
    ],
)
def test_birth_alone_is_a_birth_key(text, dob):
    """A web form's ``birth=`` field (session 34): the key's one word says what the date is."""
    assert birth_key("birth")
    assert _dobs(text) == [dob]


def test_birth_with_another_date_word_is_no_birth_key():
    assert not birth_key("birth_visit")
    assert _dobs("order=7&birth_weight=3.2&date=03/20/2024") == []
