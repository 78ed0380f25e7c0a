"""text_street_open_slots: streets by the slot they fill when no rule knows their type word (a placing word, a
lower-case word, a name and a closing house number; a person's ``of``; a person, a comma and a verb; a number glued
to a script without spaces)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_spans import TextSpan
from safe_synthesizer.pii.text_street_open_slots import open_slot_street_spans, with_open_slot_streets


def _found(text: str, person: str | None = None) -> list[str]:
    spans = [(text.index(person), text.index(person) + len(person), "name")] if person else []
    return [text[a:b] for a, b, _ in open_slot_street_spans(text, spans)]


@pytest.mark.parametrize(
    ("text", "person", "street"),
    [
        ("O volarès viodi l'apartament - Ane Cargnel, cumò in vie Udin, 12. Tel. 335 700 0000", None, "vie Udin, 12"),
        ("Cards to place Libertât, 46.", None, "place Libertât, 46"),
        ("Please remember Odile Kamau of Ngong Road, in hospital.", "Odile Kamau", "Ngong Road"),
        ("Prayers for 陳大文 of Nathan Road.", "陳大文", "Nathan Road"),
        ("Ninagenda - Wanjiru Kamau, ndũũraga Limuru Road. Thimu 0712 000000", "Wanjiru Kamau", "Limuru Road"),
        ("想睇樓 — 陳大文，而家住12 Queen's Road Central，電話 6000 0000", None, "12 Queen's Road Central"),
        ("想睇樓，而家住77 Canton Road，電話 6000 0000", None, "77 Canton Road"),
    ],
)
def test_a_street_in_an_open_slot(text: str, person: str | None, street: str) -> None:
    assert _found(text, person) == [street]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("We stayed in room Alpha, 3.", None),
        ("Sold in sala Verde 3 volte", None),
        ("He played in team Blue, 2.", None),
        ("Met at Jenner Health Centre, 3", None),
        ("Anna Lee, visited the shop today.", "Anna Lee"),
        ("Anna Lee, 3 Kids need seats", "Anna Lee"),
        ("Tamara Todd of Marketing says hi", "Tamara Todd"),
        ("Dr Jones of Acme Ltd, called", "Dr Jones"),
        ("Good to see Ana Silva, finally Road Trip done", "Ana Silva"),
        ("Ordered in size Medium, 2 of them.", None),
        ("Ran the 10 in March, 2024.", None),
    ],
)
def test_no_street_without_its_slot_cues(text: str, person: str | None) -> None:
    assert _found(text, person) == []


def test_a_span_inside_the_street_gives_way_and_one_across_it_wins() -> None:
    text = "Please remember Odile Kamau of Ngong Road, in hospital."
    person = TextSpan(16, 27, "name", 0.9)
    inside = TextSpan(31, 36, "last_name", 0.9)  # "Ngong" read as a surname
    out = with_open_slot_streets(text, [person, inside])
    assert [(text[s.start : s.end], s.entity) for s in out] == [
        ("Odile Kamau", "name"),
        ("Ngong Road", "street_address"),
    ]
    across = TextSpan(31, 48, "name", 0.9)
    assert with_open_slot_streets(text, [person, across]) == [person, across]
