"""Streets in a record's slot: vCard ADR, XML address lines, a CSV cell before a postcode (text_street_records)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_records import record_street_spans


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("BEGIN:VCARD\nN:Horvat;Ana;;;\nADR;TYPE=HOME:;;Hercegovačka 2c;Zagreb;;10000;\nEND:VCARD", "Hercegovačka 2c"),
        ("<address><line1>Дојранска 0</line1><postCode>52853</postCode></address>", "Дојранска 0"),
        ("<street>Krvavi most 4a</street>", "Krvavi most 4a"),
        ('row 7: "Horvat","Ana","a@b.hr","Zamenhofove 9b","10000","Zagreb","ACTIVE"', "Zamenhofove 9b"),
        ('"X","House 13, Street 21, Gulberg III","54000","Lahore"', "House 13, Street 21, Gulberg III"),
        ("<line1>फ्लैट 70, गांधी नगर</line1>", "फ्लैट 70, गांधी नगर"),
    ],
)
def test_record_slots_hold_streets(text: str, street: str) -> None:
    assert [text[s:e] for s, e, _ in record_street_spans(text)] == [street]


@pytest.mark.parametrize(
    "text",
    [
        "<note>Called 3 times</note><ref>12345</ref>",  # other elements
        '"Order 5","Paid","2024"',  # no postcode cell before a town cell
        "ADR;TYPE=HOME:;;;Zagreb;;10000;",  # empty street field
        "Version 2, 10000 users",
    ],
)
def test_other_slots_and_prose_are_no_streets(text: str) -> None:
    assert record_street_spans(text) == []
