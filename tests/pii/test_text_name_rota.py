"""Lone given names listed next to full names (text_name_rota)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans
from safe_synthesizer.pii.text_name_rota import rota_given_spans


def _lone(text: str) -> list[str]:
    return [text[a:b] for a, b, e in name_pair_spans(text) if e == "first_name"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Stall rota: Saturday Dustin and Terry Figueroa, Sunday Greg Sanchez.", ["Dustin"]),
        ("Cover - Tue: Nadia Brennan / Oscar; Thu: Priya", ["Oscar", "Priya"]),
        ("Samstag: Lukas und Greta Hoffmann", ["Lukas"]),
    ],
)
def test_lone_given_name_in_a_list_with_full_names(text: str, names: list[str]) -> None:
    assert sorted(_lone(text)) == sorted(names)


def test_needs_a_full_name_on_the_line() -> None:
    assert rota_given_spans("Colours: Navy, Ivory and Rose", []) == []
    text = "Colours: Navy, Ivory and Rose\nOrdered by Helen Walsh"
    assert rota_given_spans(text, [(42, 53, "name")]) == []


def test_weekday_and_function_words_are_no_names() -> None:
    text = "Shifts: Monday and Friday, Ruth Ellison"
    assert rota_given_spans(text, [(27, 39, "name")]) == []
