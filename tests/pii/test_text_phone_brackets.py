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


@pytest.mark.parametrize(
    ("text", "number", "regions"),
    [
        # The contact named by the given name alone, the number right after it.
        ("Hem done; ring Moses (771 234 567) when the jacket is ready.", "771 234 567", ("ZW",)),
        ("Spare keys with Ingrid (4123 4567), next door.", "4123 4567", ("EE",)),
        ("Falls niemand da ist: Jürgen (0171 234 5678) fragen.", "0171 234 5678", ("DE",)),
        # Lower-case notes, and a short plan's six digits valid in the table's own country (Greenland).
        ("laptop left with jonas berg (51234567), charger missing", "51234567", ("NO",)),
        ("parts ordered, told ingrid (221344). done", "221344", ("GL",)),
    ],
)
def test_a_bracketed_number_right_after_a_given_name(text, number, regions) -> None:
    start = text.index(number)
    assert bracketed_phone_spans(text, [], regions) == [(start, start + len(number), "phone_number")]


@pytest.mark.parametrize(
    "text",
    [
        "Ask Harry (1234567).",  # seven digits after a given name alone: too short to tell from a code
        "Shipped via Paris (75001234) hub.",  # a place, not a person
        "Invoice for Harry (51234567) is due.",  # a reference word before the name
        "Season total (51234567) for the club.",  # no name at all
        "Grace period (20231104) ends soon.",  # a compact date
        "parts ordered, told ingrid (221344). done",  # six digits: no phone of these regions
        "the total for the team (51234567) is paid",  # no given name
    ],
)
def test_numbers_after_a_lone_word_that_is_no_contact_stay(text: str) -> None:
    assert bracketed_phone_spans(text, [], ("ZW", "DE", "EE")) == []


@pytest.mark.parametrize(
    ("text", "number", "regions"),
    [
        # A role word, then the name in capitals, lower case or a script the name lists lack, then the bracket.
        ("Damage report: witness KOFFI YAO BROU (07 12 34 56), seen at 9.", "07 12 34 56", ("CI",)),
        ("guarantor ole henrik vik (41 22 67 90) signed the lease", "41 22 67 90", ("NO",)),
        ("Incident: témoin عبد الله ولد أحمد (22 45 67 89). Fin.", "22 45 67 89", ("MR",)),
        ("hand-over to neighbour AVIAJA (226783). ok", "226783", ("GL",)),
    ],
)
def test_a_bracketed_number_after_a_role_and_a_name(text, number, regions) -> None:
    start = text.index(number)
    assert bracketed_phone_spans(text, [], regions) == [(start, start + len(number), "phone_number")]


@pytest.mark.parametrize(
    "text",
    [
        "the witness said it was fine (51234567)",  # common words after the role
        "tenant flat 4 (51234567) paid",  # a flat number, not a name
        "the guest stayed two nights (51234567)",  # words of the stay
        "witness statement ref (51234567)",  # a reference word
    ],
)
def test_role_words_before_other_words_stay(text: str) -> None:
    assert bracketed_phone_spans(text, [], ("NO", "GB")) == []
