"""Inverted ``Surname, Given`` pairs whose surname is also a word or a town, placed by a role word, "by", a
preposition or a clause's colon; Welsh given and family names (session 38)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.text_names import layout_name_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in layout_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CREDIT FILE - sole trader Hall, Miriam, unit 4 of the old dairy.", "Hall, Miriam"),
        ("Paediatric ward: Scarpa, Allegra went home on Tuesday.", "Scarpa, Allegra"),
        ("Keys handed to Rees, Gethin at the side gate.", "Rees, Gethin"),
        ("Form returned by Llwyd, Ffion; inhaler in the bag.", "Llwyd, Ffion"),
        ("Owner Page, Jacqueline rang about the diet sheet.", "Page, Jacqueline"),
    ],
)
def test_inverted_pair_placed_by_the_words_before(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "We drove to Paris, France and on to Rome.",
        "Colours: Berry, Ivory, Rose and Grace.",
        "Made of Silk, Linen and cotton.",
        "Great Hall, Norma said nothing.",
    ],
)
def test_places_and_lists_stay(text: str) -> None:
    assert _names(text) == []


def test_welsh_names_are_listed() -> None:
    assert {"huw", "ffion", "iolo", "gethin", "angharad"} <= given_names()
    assert {"gwilym", "llwyd", "rhydderch"} <= family_names()


def test_welsh_given_name_opens_a_name_pair() -> None:
    from safe_synthesizer.pii.text_name_pairs import name_pair_spans

    text = "Guarantor Huw Pritchard, 07700 900123."
    assert any(text[a:b] == "Huw Pritchard" for a, b, _ in name_pair_spans(text))
