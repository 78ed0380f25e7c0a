"""Names in a note's person slots in any case, and the table's own name words as their second cue."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_any_case_slots import any_case_slot_spans, known_slot_spans
from safe_synthesizer.pii.text_spans import TextSpan


def _found(text: str, known=None) -> list[str]:
    return [text[a:b] for a, b, _ in any_case_slot_spans(text, known)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # possessor in lower case, before a noun or a number
        ("Reply to maureen tindall's 1-star rating: we are sorry. Call us.", ["maureen tindall"]),
        ("Left with the porter, leaflet through gordon ashby's letterbox.", ["gordon ashby"]),
        ("Van parked outside OKAFOR's shop, keys with reception", ["OKAFOR"]),
        # names no list holds, shaped like names (vowels between the consonants), in a sure slot
        ("Reply to kwabena osei's 1-star rating: sorry.", ["kwabena osei"]),
        ("Lathe slot for KALTONGGA moved to Friday", ["KALTONGGA"]),
        ("Radio log - TUMELO MOTHIBELI reported missing", ["TUMELO MOTHIBELI"]),
        # capitals after a preposition, cut where the case changes
        ("Crate collected by BARNES at 4 Mill Lane, 09:10.", ["BARNES"]),
        ("Kiln slot for DOUGLAS-MURRAY moved to Thursday", ["DOUGLAS-MURRAY"]),
        # subject of a comma's clause before "to" and a verb, before a person's verb, before a person's adjective
        ("Fleece judged too short, gwendolyn pratt to complain. g.p@example.org", ["gwendolyn pratt"]),
        ("Cake fine. NAVARRO allergic to sesame, use the other tin", ["NAVARRO"]),
        # sign-off after a slash or a dash glued to the name
        ("Blades done, rust on the tip of the bread knife. /marguerite", ["marguerite"]),
        ("Lathe induction passed, safety glasses issued -tendai", ["tendai"]),
    ],
)
def test_person_slots_in_any_case(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Ben & Jerry's tub and a McDonald's voucher left at the counter.",
        "the dog's bowl by the door; mother's day card; st john's wort tea",
        "Paid by CASH at the desk, sent by POST to the DHL depot via UPS.",
        "apples, pears to follow. bread to buy, milk to go",
        "Valid 24/7 and/or by appointment, speed 30 km/h",
        "Sent by NHS courier, results due for ROYAL MAIL pick-up",
        "ALL CAPS NOTE: PARCEL LEFT WITH FRANCIS AT THE DOOR",
        "Collection notes: see the attached form /end",
        "Reading about parkinson's disease and the doctor's advice",
        "Form from the NHS's portal, the BBC's weather, the KING's speech",
        "Tested for COVID at the clinic; report for GDPR and HMRC; order for KALAMATA olives",
    ],
)
def test_no_person_in_ordinary_slots(text: str) -> None:
    assert _found(text) == []


def test_address_opening_a_sentence_does_not_make_the_note_caseless() -> None:
    text = "Show entry withdrawn, philippa hale to appeal. philippa.h@example.com"
    assert _found(text) == ["philippa hale"]


def test_table_words_are_the_second_cue() -> None:
    text = "Skates returned by MBEWE, laces missing"
    assert _found(text) == []  # no list holds the word
    assert known_slot_spans(text, [], people={"mbewe": "last_name"}) == [TextSpan(19, 24, "last_name", 0.9)]
    text = "Ewe disqualified, puleng mothibeli to appeal."
    assert known_slot_spans(text, [], row={"puleng": "first_name", "mothibeli": "last_name"}) == [
        TextSpan(18, 34, "name", 0.9)
    ]


def test_table_words_leave_other_spans_and_junk_alone() -> None:
    text = "Skates returned by MBEWE, laces missing"
    assert known_slot_spans(text, [TextSpan(19, 24, "name", 0.95)], people={"mbewe": "last_name"}) == []
    assert known_slot_spans(text, [], people={"mr": "last_name", "staff": "first_name"}) == []
    assert known_slot_spans("Lesson booked by phone", [], people={}) == []
