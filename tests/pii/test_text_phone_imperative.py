"""A number right after a sentence-opening Text/SMS/WhatsApp is the phone to text (text_phone_imperative)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_patterns import pattern_spans
from safe_synthesizer.pii.text_phone_imperative import imperative_phone_spans

_NOTES = [
    ("Wheelchair space needed. Text 76543210 when the doors open.", "76543210", ("BO",)),
    ("Late check-in.\nText 51234567 from the car park", "51234567", ("EE",)),
    ("• parcel at the back\n• SMS me on 88112233 before delivery", "88112233", ("SV",)),
    ("Text me at 5123-4567.", "5123-4567", ("EE",)),
]


@pytest.mark.parametrize(("text", "number", "regions"), _NOTES)
def test_a_number_after_an_opening_text_verb_is_a_phone(text, number, regions) -> None:
    start = text.index(number)
    assert imperative_phone_spans(text, [], regions) == [(start, start + len(number), "phone_number")]


@pytest.mark.parametrize(("text", "number", "regions"), _NOTES[:2])
def test_the_text_rules_take_it(text, number, regions) -> None:
    start = text.index(number)
    assert (start, start + len(number), "phone_number") in pattern_spans(text, regions, frozenset({"phone_number"}))


@pytest.mark.parametrize(
    "text",
    [
        "See text 76543210 in the manual.",  # the noun inside a sentence
        "Text 20240512 attached.",  # a compact date
        "Text 1990-2000.",  # a range of years
        "Message 12.50 EUR refunded.",  # an amount
        "Text 123 please",  # too few digits
    ],
)
def test_nouns_dates_ranges_and_amounts_stay(text: str) -> None:
    assert imperative_phone_spans(text, [], ("BO", "EE")) == []
