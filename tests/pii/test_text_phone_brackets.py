"""A phone number alone in brackets closing a clause about a named person (text_phone_brackets)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_patterns import pattern_spans
from safe_synthesizer.pii.text_phone_brackets import bracketed_phone_spans

_PHONES = frozenset({"phone_number"})

_NOTES = [
    ("Please let Kadri Tamm know the results (5123 4567), she is my sister.", "5123 4567", ("EE",)),
    ("Pickup by my brother Marko Novak tomorrow morning (041 555 123).", "041 555 123", ("SI",)),
    ("Our neighbour Ferenc Varga has the spare key (06 30 123 4567)\nThanks", "06 30 123 4567", ("HU",)),
    ("If late, Søren Madsen collects the children (2345 6789).", "2345 6789", ("DK",)),
]


@pytest.mark.parametrize(("text", "number", "regions"), _NOTES)
def test_a_bracketed_number_after_a_clause_about_a_person_is_a_phone(text, number, regions) -> None:
    start = text.index(number)
    assert bracketed_phone_spans(text, [], regions) == [(start, start + len(number), "phone_number")]


@pytest.mark.parametrize(("text", "number", "regions"), _NOTES)
def test_the_text_rules_take_it(text, number, regions) -> None:
    start = text.index(number)
    assert (start, start + len(number), "phone_number") in pattern_spans(text, regions, _PHONES)


@pytest.mark.parametrize(
    "text",
    [
        "Kadri Tamm brings her daughter (age 7) along.",
        "Guest Priit Saar (14 March 1961) paid in cash.",
        "Marko Novak stayed two seasons (2019-2020).",
        "Ferenc Varga paid the deposit (1 250,50).",
        "Room for Søren Madsen (20231104).",
        "Invoice sent to Kadri Tamm, order (51234567).",
        "The meeting went well (5123 4567).",
        "Anna Berg booked it (12:30).",
    ],
)
def test_ages_dates_ranges_amounts_references_and_unnamed_clauses_stay(text: str) -> None:
    assert bracketed_phone_spans(text, [], ("EE", "SI", "HU", "DK")) == []


def test_numbers_already_taken_are_left() -> None:
    text = _NOTES[0][0]
    start = text.index("5123")
    assert bracketed_phone_spans(text, [(start, start + 9)], ("EE",)) == []
