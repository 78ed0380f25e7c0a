"""A name signing a note with no closing word (helper CH, session 57); values are not set 42's."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_bare_signoff import bare_signoff_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in bare_signoff_spans(text)]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("parcel not collected, rang twice, no reply - Solène", "Solène"),
        ("keys are under the mat - brenda", "brenda"),
        ("I can confirm the hall is free that day. Ring me after six. Gordon", "Gordon"),
        ("boiler checked, needs a part, back tues lorraine x", "lorraine"),
        ("Dropped off at reception. Signed by K. Reed. oyelaran x", "oyelaran"),
    ],
)
def test_bare_signoffs(note: str, name: str) -> None:
    assert _found(note) == [name]


@pytest.mark.parametrize(
    "note",
    [
        "Flights booked London - Paris",
        "see you soon x",
        "all good, thanks x",
        "Paid cash. Monday",
        "Sent the invoice. Grace",  # a weak given name closes only a first-person text
        "Weekly slot moved - Friday",
        "Item 4 - done",
        "Size 12 - navy",
        "Stock count. Total",
    ],
)
def test_no_signoff(note: str) -> None:
    assert bare_signoff_spans(note) == []


@pytest.mark.parametrize("place", ["St. Louis", "East St. Louis", "Sault Ste. Marie", "R. Juan", "born in Mt. Joseph"])
def test_an_abbreviation_or_initial_is_no_sentence_end(place: str) -> None:
    assert bare_signoff_spans(place) == []


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Happy to vouch for her. Call me on 555 0192. Wirihana", "Wirihana"),
        ("I am her manager. Reach me on 8899 1234. Отгонбаяр", "Отгонбаяр"),
    ],
)
def test_unlisted_name_after_the_writers_contact(note: str, name: str) -> None:
    assert _found(note) == [name]


@pytest.mark.parametrize("note", ["Order 4431 shipped to me on 12.04.2026. Tracking", "Ring me on 0123 456. Thanks"])
def test_no_unlisted_word_without_a_name_shape(note: str) -> None:
    assert bare_signoff_spans(note) == []
