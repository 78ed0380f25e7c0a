"""Inverted names with two surnames before the comma (``text_names.layout_name_spans``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_names import layout_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in layout_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Recurso de Quintero Salazar, Ramiro contra la resolución", "Quintero Salazar, Ramiro"),
        ("Autor: Nogueira Barros, Joana (processo 12)", "Nogueira Barros, Joana"),
    ],
)
def test_two_surnames_before_the_comma(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear Team Quintero, Ramiro", "Quintero, Ramiro"),  # "Team" is a word, no surname
        ("Seen in Madrid Quintero, Ramiro", "Quintero, Ramiro"),  # a town
    ],
)
def test_a_word_before_the_surname_stays_out(text: str, name: str) -> None:
    assert name in _found(text)
    assert not any(n.startswith(("Team", "Madrid")) for n in _found(text))
