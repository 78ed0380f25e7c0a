"""One word of the table's people alone in a note (:mod:`safe_synthesizer.pii.text_name_table_lone`)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_table_lone import lone_table_name_spans
from safe_synthesizer.pii.text_spans import TextSpan

_FAMILY = "Naupa Guerrero Farmer White Daniel Evans Gbaguidi Mwamba deBrum Hart Martin Ford Smith Koch Little"
_GIVEN = "Nikenike Mahougnon Kimberly Florence Rose Jordan"
PEOPLE = {w.lower(): "last_name" for w in _FAMILY.split()} | {w.lower(): "first_name" for w in _GIVEN.split()}


def _found(text: str, people: dict[str, str] = PEOPLE) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.entity) for s in lone_table_name_spans(text, people)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Customer (5913259) wants a quote for the back door. Naupa", [("Naupa", "last_name")]),
        ("Wants a quote for the back door. Guerrero", [("Guerrero", "last_name")]),  # a place too: signed
        ("Wants a quote for the back door. Farmer.", [("Farmer", "last_name")]),
        ("Any receipt to me please. White-Daniel", [("White-Daniel", "last_name")]),
        ("J. Bevan to collect stubs; Evans to bank takings.", [("Evans", "last_name")]),
        ("Treasurer Gbaguidi reported ticket sales.", [("Gbaguidi", "last_name")]),
        ("Engineer called. Occupier MWAMBA not home", [("MWAMBA", "last_name")]),
        ("Patch test done. deBrum prefers evenings", [("deBrum", "last_name")]),
        ("Landlord refused access twice; agent Nikenike has keys.", [("Nikenike", "first_name")]),
        ("Objet trouvé : lunettes, peut-être à Mahougnon. Écrire", [("Mahougnon", "first_name")]),
        ("Go Kimberly!! Love from us", [("Kimberly", "first_name")]),
        ("Kennel maid Florence noticed limping", [("Florence", "first_name")]),  # a place, after a role
    ],
)
def test_lone_words_of_the_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Visited Florence last week; flight to Jordan delayed.",  # places without a person cue
        "Rose garden needs work. Little to add.",  # English words
        "Drives a Ford Fiesta; meet at Smith Street.",  # a run of capitals, a street
        "Lives at 12 Martin, rue de Hart.",  # house number, street word before
        "Der Koch kam spät.",  # a noun after its article
        "Wants a quote for the back door. Thanks",  # no name of the table
    ],
)
def test_ordinary_words_stay(text: str) -> None:
    assert _found(text) == []


def test_no_vocabulary_no_spans() -> None:
    # Under differential privacy the caller passes no vocabulary: a record's text depends on that record only.
    assert lone_table_name_spans("... the back door. Naupa", {}) == []


def test_spans_found_already_are_left() -> None:
    text = "... the back door. Naupa"
    assert lone_table_name_spans(text, PEOPLE, [TextSpan(19, 24, "last_name", 0.9)]) == []
