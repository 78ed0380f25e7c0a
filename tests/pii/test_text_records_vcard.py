"""vCard and iCalendar name properties: set 17's vCards kept lower-case family names (0/9) of ``N:``."""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import _DATE
from safe_synthesizer.pii.text_records_vcard import vcard_name_spans
from safe_synthesizer.pii.text_structured import structured_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in vcard_name_spans(text)]


def test_vcard_n_and_fn_parts_are_names_whatever_their_case():
    text = "BEGIN:VCARD\nVERSION:3.0\nN:scott;david;;;\nFN:david scott\nTEL;TYPE=CELL:2259095351\nEND:VCARD"
    assert _found(text) == [("david scott", E.NAME), ("scott", E.NAME), ("david", E.NAME)]
    assert ("scott", E.NAME) in [(text[a:b], e) for a, b, e in structured_spans(text, _DATE)]


def test_calendar_attendee_and_organizer_common_names():
    text = (
        "BEGIN:VEVENT\nSUMMARY:Review\nORGANIZER;CN=Ann Lee:mailto:ann@x.com\n"
        'ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Jean-Luc Picard":mailto:jl@x.com\nEND:VEVENT'
    )
    assert _found(text) == [("Ann Lee", E.NAME), ("Jean-Luc Picard", E.NAME)]


def test_no_card_no_names_and_no_email_as_a_name():
    assert _found("N:scott;david;;;") == []  # no BEGIN line: not a card
    assert _found("BEGIN:VEVENT\nATTENDEE;CN=ops@x.com:mailto:ops@x.com\nEND:VEVENT") == []


def test_name_field_parts_in_any_script_are_names() -> None:
    # An unlisted Bengali family name: the N slot says what it is (the script rules need a list or a cue).
    text = "BEGIN:VCARD\nVERSION:3.0\nN:বিশ্বাস;প্রিয়;;;\nTEL;TYPE=CELL:+880 1707-379881\nEND:VCARD"
    found = {text[s:e] for s, e, _ in vcard_name_spans(text)}
    assert {"বিশ্বাস", "প্রিয়"} <= found
