"""English street lines whose type is an ordinary word, known by their surroundings (text_street_plain_en)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_plain_en import plain_en_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("knocked at 812 owen flat, nobody in", "812 owen flat"),  # lower case after "at"
        ("DELIVER TO 17 MORGAN KEYS, LEEDS LS1 4AB BEFORE NOON", "17 MORGAN KEYS"),  # capitals, cue and postcode
        ("Job: 58 Hughes Meadows, Tauranga 3110, boiler", "58 Hughes Meadows"),  # town and postcode after
        ("picked up from 4 gordon cutting at 9", "4 gordon cutting"),
        ("Site - 230 Palmer Corners", "230 Palmer Corners"),
    ],
)
def test_ordinary_word_types_with_an_address_context(text: str, street: str) -> None:
    assert street in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "we drove from 3 little locks to the lake",  # "little" is an adjective
        "got there at 2 green lights",
        "moved to 4 young point guards",
        "the 12 john flats were sold",  # a name and a type, but no address context
        "I have 3 james islands in my collection",
        "scored 5 mark points at 7",
    ],
)
def test_ordinary_words_without_address_evidence_are_prose(text: str) -> None:
    assert plain_en_street_spans(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Dear Sam, your rent account for 5859 Tracy Neck is 2 months in arrears.", "5859 Tracy Neck"),
        ("Defendant of 7767 Chang Fall. Counsel: J. Ball.", "7767 Chang Fall"),
        ("key with neighbour Dale Nicholson, 05 Rebecca Locks. Pay by card.", "05 Rebecca Locks"),
    ],
)
def test_a_house_number_prose_seldom_writes_or_for_of_before_it(text: str, street: str) -> None:
    """Session 34: three to five digits that are no year, a leading zero, or ``for``/``of`` before the line."""
    assert street in _found(text)


@pytest.mark.parametrize("text", ["In 1999 Bell Lake froze over", "the 2024 Kevin Falls marathon", "in 12 john flats"])
def test_years_and_small_counts_stay_prose(text: str) -> None:
    assert plain_en_street_spans(text) == []
