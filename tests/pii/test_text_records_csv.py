"""A person's row pasted into a note without its header: its one date is the birth date.
Set 17's pasted CSV rows kept every date of birth (0/397)."""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import _DATE
from safe_synthesizer.pii.text_records_csv import record_spans
from safe_synthesizer.pii.text_structured import structured_spans

_DATE_RE = re.compile(_DATE)


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in record_spans(text, _DATE_RE)]


def test_a_quoted_person_row_gives_its_birth_date_and_names():
    text = (
        'Pasted from the old system (row HF-2552-90643): "Sellers","Grant","02/17/2003","(260) 876-0488",'
        '"kyle@x.net","12 Oak Road","46801","Fort Wayne","ACTIVE"'
    )
    assert ("02/17/2003", E.DATE_OF_BIRTH) in _found(text) and ("Grant", E.NAME) in _found(text)
    # and through the record reader the pattern rules call
    assert ("02/17/2003", E.DATE_OF_BIRTH) in [(text[a:b], e) for a, b, e in structured_spans(text, _DATE)]


def test_unquoted_rows_other_scripts_and_calendars_and_a_closing_dot():
    assert ("1980-10-16", E.DATE_OF_BIRTH) in _found("Koch;Anna;1980-10-16;+49 30 1234567;anna@koch.de")
    thai = '"นิลสลัว","ลักษมี","12/02/2501","0815551273","m51@gmail.com"'
    assert ("12/02/2501", E.DATE_OF_BIRTH) in _found(thai)
    assert ("14.11.1975", E.DATE_OF_BIRTH) in _found('"Bobanović","Biljana","14.11.1975.","+385909826524","b@x.hr"')


def test_order_rows_and_records_with_two_or_recent_dates_keep_their_dates():
    # no person's name
    assert _found('"ORD-1001","Oak Table","12/03/2019","+44 20 7946 0958","sales@acme.com"') == []
    # two dates: ordered and shipped
    assert _found('"Grant","Sellers","02/17/2003","03/01/2003","kyle@x.net"') == []
    # a date of the last four years is the record's own (a booking)
    assert _found('"Sellers","Grant","02/17/2025","(260) 876-0488","kyle@x.net"') == []
    # no way to reach the person: no record of a person
    assert _found('"Sellers","Grant","02/17/2003","ACTIVE","Gold"') == []


def test_a_given_name_that_is_also_a_town_or_a_compound_given_name_still_marks_a_person():
    # set 17: "Elliot" is a town too, "Korbinian-Jörg-Peter" is listed by its parts
    assert ("25 Oct 2001", E.DATE_OF_BIRTH) in _found('"Elliot","Law","25 Oct 2001","07324158114","w@fox.net"')
    row = '"Knappe","Korbinian-Jörg-Peter","28.01.1973","017742313488","z@drubin.com"'
    assert ("28.01.1973", E.DATE_OF_BIRTH) in _found(row)
