"""The person a note's record opens with: a short label, a run of name words, then the record's other fields."""

from __future__ import annotations

import re

from safe_synthesizer.pii.text_name_record_heads import record_head_spans

_PHONE = re.compile(r"\+?\(?\d[\d ()·./-]{6,}\d|\S+@\S+\.\w+")


def _found(text: str, names: tuple[str, ...] = ()) -> list[str]:
    spans = [(m.start(), m.end(), "phone_number") for m in _PHONE.finditer(text)]
    for name in names:
        at = text.index(name)
        spans.append((at, at + len(name), "first_name"))
    return [text[a:b] for a, b, _ in record_head_spans(text, spans)]


def test_label_then_name_then_phone() -> None:
    assert _found("Ticket 17: Kekoa Palakiko, (808) 555-0142") == ["Kekoa Palakiko"]


def test_inverted_name_after_a_dash_takes_the_found_given_name_with_it() -> None:
    text = "Receipt no. 5 - Dzidzor, Elikem, +233 24 555 0199"
    assert _found(text) == ["Dzidzor, Elikem"]
    assert _found("Receipt no. 5 - Whitfield, Nora, +1 617-555-0120", ("Nora",)) == ["Whitfield, Nora"]


def test_names_in_scripts_without_case_after_a_label() -> None:
    assert _found("ተመዝጋቢ: ኣማኑኤል ተኽለ, ቴሌ 091 555 0123") == ["ኣማኑኤል ተኽለ"]
    assert _found("నమోదు: కొండపల్లి శ్రీనివాస్, 091234 56789") == ["కొండపల్లి శ్రీనివాస్"]


def test_possessor_after_a_label() -> None:
    assert _found("Skipper: Leilani Kahananui's Laser left on the slip. 808 555 0101") == ["Leilani Kahananui"]
    # A possessor opening the note is often a story's part.
    assert _found("Dick Whittington's cat suit to MOORE, lives on Elm Lane.") == []


def test_words_and_places_and_bare_values_are_left() -> None:
    assert _found("Great Fit, Love It, call 555 123 4567") == []
    assert _found("Colour: Navy Blue, size 12, order 555 123 4567") == []
    assert _found("Delivery: Paris, France, +33 1 55 55 01 23") == []
    assert _found("Ticket 17: Kekoa Palakiko, paid in cash") == []  # no field goes on the record


def test_name_then_the_words_of_lives_at_then_an_address() -> None:
    text = "Aderesi yeni: Naledi Mokoena o dula kwa 14 Marula Close."
    at = text.index("14 Marula")
    assert [text[a:b] for a, b, _ in record_head_spans(text, [(at, len(text) - 1, "street_address")])] == [
        "Naledi Mokoena"
    ]
    text = "Note: Grand Hotel at 12 Main Street"
    at = text.index("12 Main")
    assert record_head_spans(text, [(at, len(text), "street_address")]) == []


def test_a_number_no_reader_took_is_a_field_too() -> None:
    assert _found("Mohlokomedi: Lerato Sello, o tswetse ka 03,11,1980") == ["Lerato Sello"]
