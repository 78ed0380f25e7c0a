"""Streets written name first, house number last, in a person's slot (text_street_name_number)."""

from __future__ import annotations

from safe_synthesizer.pii.text_spans import TextSpan
from safe_synthesizer.pii.text_street_name_number import name_number_street_spans, with_name_number_streets


def _person(text: str, name: str) -> tuple[int, int, str]:
    a = text.index(name)
    return (a, a + len(name), "name")


def _streets(text: str, name: str) -> list[str]:
    return [text[a:b] for a, b, _ in name_number_street_spans(text, [_person(text, name)])]


def test_record_slot_after_person_and_comma() -> None:
    text = "Nahberhülp: Virginia Lindner, Oll Dörp 10, köfft för ole Nahbers in. 0171 77465713"
    assert _streets(text, "Virginia Lindner") == ["Oll Dörp 10"]


def test_apostrophe_word_and_letter_house_number() -> None:
    text = "Herr René Schacht 58 returned to An'n Karkhoff 54. a@b.de"
    assert _streets(text, "René Schacht") == ["An'n Karkhoff 54"]
    text = "Herr René Schacht returned to Oll Dörp 38b. a@b.de"
    assert _streets(text, "René Schacht") == ["Oll Dörp 38b"]


def test_prose_after_a_person_stays() -> None:
    for text in (
        "Anna Lee, Room 12, needs towels",
        "Anna Lee, Flight 204, delayed",
        "Anna Lee, March 12, paid",
        "Anna Lee, Christmas 2020, gift",
        "Anna Lee walked to Costa Coffee 3 today",
        "Anna Lee, 3 kids, vegetarian",
        "Anna Lee upgraded to Windows 11.",
    ):
        assert _streets(text, "Anna Lee") == [], text


def test_no_person_no_slot() -> None:
    text = "Upgraded to Ubuntu 22, then rebooted; Oll Dörp 10, fine"
    assert name_number_street_spans(text, []) == []


def test_found_street_is_not_doubled() -> None:
    text = "Virginia Lindner, Oll Dörp 10, köfft"
    a = text.index("Oll")
    spans = [_person(text, "Virginia Lindner"), (a, a + 11, "street_address")]
    assert name_number_street_spans(text, spans) == []


def test_with_spans_adds_the_street() -> None:
    text = "Virginia Lindner, Oll Dörp 10, köfft"
    out = with_name_number_streets(text, [TextSpan(0, 16, "name", 0.9)])
    assert [(text[s.start : s.end], s.entity) for s in out] == [
        ("Virginia Lindner", "name"),
        ("Oll Dörp 10", "street_address"),
    ]
