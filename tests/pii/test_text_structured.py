"""Records pasted into a notes field (JSON, dict literals, ``key=value``): the key says what the value is.
Set 16's JSON blobs kept every date of birth (0/113) and most lower-case names (0.22); the keys are read
with the column-name lexicon, and dates under other keys stay."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import _DATE
from safe_synthesizer.pii.text_structured import structured_spans


def _found(text: str, entities: frozenset[str] | None = None) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in structured_spans(text, _DATE, entities)]


def test_json_keys_mark_a_birth_date_and_a_lower_case_name():
    text = (
        '{"applicant": {"name": "agathe meunier", "dob": "14/11/1941"}, "status": "pending", "branch": "Harbour Road"}'
    )
    assert _found(text) == [("agathe meunier", E.NAME), ("14/11/1941", E.DATE_OF_BIRTH)]


def test_an_id_number_key_makes_nine_digits_an_id_and_a_whole_address_a_street():
    text = (
        '[{"role": "claimant", "full_name": "lara lopes", "id_no": "293719191", '
        '"address": "Travessa Luca Ferreira, 296, 9526-037 Póvoa de Santa Iria"}, '
        '{"role": "witness", "full_name": "Maria Santos"}]'
    )
    assert _found(text) == [
        ("lara lopes", E.NAME),
        ("293719191", E.NATIONAL_ID),
        ("Travessa Luca Ferreira, 296, 9526-037 Póvoa de Santa Iria", E.STREET_ADDRESS),
        ("Maria Santos", E.NAME),
    ]


def test_a_single_quoted_dict_names_its_client_surname_first():
    text = "{'client': 'glica, olgierd', 'phone': '52 181 32 86', 'street': 'plac Żeromskiego 92/78', 'visits': 3}"
    found = _found(text)
    assert ("glica, olgierd", E.NAME) in found and ("plac Żeromskiego 92/78", E.STREET_ADDRESS) in found


def test_key_value_lists_with_equals_signs_and_identifier_keys():
    assert _found("dob=14/11/1941; full_name=lara lopes") == [("14/11/1941", E.DATE_OF_BIRTH), ("lara lopes", E.NAME)]
    assert _found("patient_name: ana maria lopez | birthDate: 1980-03-02") == [
        ("ana maria lopez", E.NAME),
        ("1980-03-02", E.DATE_OF_BIRTH),
    ]


@pytest.mark.parametrize(
    "text",
    [
        '{"created_at": "2024-01-03", "date": "1980-01-02", "appointment": "12/03/1990", "invoice_date": "01/02/2020"}',
        '{"company": {"name": "Maria Santos"}, "status": "review"}',
        '{"branch": {"name": "Kings Cross", "phone_ext": "204"}, "opened": "1998-04-01"}',
        '{"client": "review pending", "branch": "Harbour Road"}',
        '{"dob": "unknown", "name": "n/a", "id_no": "none"}',
        "Contact: Dr Ahmed tomorrow. Name: see file.",
        "{'street': '9367 avenue Lucas, 'visits': 3, 'flag': 'review'}",
    ],
)
def test_other_dates_things_names_placeholders_and_prose_stay(text: str):
    assert _found(text) == []


def test_only_wanted_entities_are_kept():
    text = '{"name": "agathe meunier", "dob": "14/11/1941"}'
    assert _found(text, frozenset({E.DATE_OF_BIRTH})) == [("14/11/1941", E.DATE_OF_BIRTH)]
    assert _found(text, frozenset({E.FIRST_NAME})) == [("agathe meunier", E.NAME)]


def test_xml_elements_are_keyed_by_their_tag_names_and_an_address_line_by_its_parent():
    # set 17's XML snippets kept 96% of their birth dates: the tag names were not read as keys
    text = (
        '<contact ref="HF-2552-90643"><fullName>Damian Barnett</fullName><birthDate>29 Apr 2004</birthDate>'
        '<phone type="home">(260) 876-0488</phone><address><line1>4 Kings Road</line1><postCode>SW1 2AB</postCode>'
        "<town>Leeds</town></address><created>12/03/2024</created></contact>"
    )
    found = _found(text)
    assert ("Damian Barnett", E.NAME) in found and ("29 Apr 2004", E.DATE_OF_BIRTH) in found
    assert ("4 Kings Road", E.STREET_ADDRESS) in found and ("SW1 2AB", E.POSTCODE) in found
    assert not any(v == "12/03/2024" for v, _ in found)  # a creation date under its own tag stays


def test_an_invoice_xml_names_no_person_and_no_birth_date():
    text = (
        "<invoice><number>INV-2231</number><issueDate>12/03/2024</issueDate>"
        "<productName>Oak Table</productName></invoice>"
    )
    assert _found(text) == []


def test_thai_and_persian_calendar_birth_years_and_indic_names_under_a_key():
    assert _found("<birthDate>30/04/2497</birthDate><fullName>ดวงพร ทศโยธิน</fullName>") == [
        ("30/04/2497", E.DATE_OF_BIRTH),
        ("ดวงพร ทศโยธิน", E.NAME),
    ]
    assert _found("<fullName>विमल कुमार</fullName>") == [("विमल कुमार", E.NAME)]
    assert _found("<birthDate>30/04/2497</birthDate>") == []  # no Thai letter: a year 2497 is no birth year


def test_logfmt_values_end_at_the_next_key_and_quoted_values_are_read():
    """Session 33: ``dob=07-12-1941 amount=854.25`` (a space, then the next key) and ``dob="07-12-1941"``
    were no records to the old reader (it ended values at ``;``, ``|``, ``&`` only)."""
    text = 'lvl=info who="Femke de Boer" dob=07-12-1941 total=85.25'
    assert ("07-12-1941", E.DATE_OF_BIRTH) in _found(text)
    text = 'lvl=info who=femke dob="07-12-1941" total=85.25'
    assert ("07-12-1941", E.DATE_OF_BIRTH) in _found(text)
    assert _found("lvl=info visit=07-12-2024 total=85.25") == []


def test_machine_spellings_of_birth_keys_and_values():
    text = '{"fecha_nacimiento": "1941-12-07T00:00:00Z", "alta": "2024-01-02T10:00:00Z"}'
    assert _found(text) == [("1941-12-07", E.DATE_OF_BIRTH)]
