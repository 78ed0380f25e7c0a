"""Decorations taken off a person's cell: nicknames, counters, relations, partnerships, pairings, particles."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.person_cell_dress import undress_person_cell


@pytest.mark.parametrize(
    ("cell", "kind", "names"),
    [
        ('Kofi "Kay" Mensima', "nickname", ("Kofi Mensima",)),
        ("Jean-Luc «Jojo» Ravelo", "nickname", ("Jean-Luc Ravelo",)),
        ("Amina Kourouma (3)", "counter", ("Amina Kourouma",)),
        ("Tiemoko Sangaré (grand-mère)", "relation", ("Tiemoko Sangaré",)),
        ("Lotte Brinkhuis (Oma)", "relation", ("Lotte Brinkhuis",)),
        ("Brunetti e Figli", "partnership", ("Brunetti",)),
        ("Verhoeven & Zonen", "partnership", ("Verhoeven",)),
        ("Ostrowski Bros.", "partnership", ("Ostrowski",)),
        ("Fratelli Colombo", "partnership", ("Colombo",)),
        ("Mensima/Sangaré v Ravelo/Kourouma", "doubles", ("Mensima", "Sangaré", "Ravelo", "Kourouma")),
        ("ter Horst (Anouk)", "particle_family", ("Anouk ter Horst",)),
        ("d'Souza, Priya", "particle_family", ("Priya d'Souza",)),
    ],
)
def test_decorations_are_taken_off(cell: str, kind: str, names: tuple[str, ...]) -> None:
    dressed = undress_person_cell(cell)
    assert dressed is not None
    assert (dressed.kind, dressed.names) == (kind, names)


def test_counter_and_relation_both_taken_off() -> None:
    dressed = undress_person_cell("Amina Kourouma (mum) (2)")
    assert dressed is not None
    assert dressed.names == ("Amina Kourouma",)
    assert set(dressed.kinds) == {"relation", "counter"}


@pytest.mark.parametrize(
    "cell",
    ["Amina Kourouma", "Kourouma (Amina)", "Horse & Groom", "Leeds v York", "Paracetamol (500 mg)", "", None, 7],
)
def test_no_decoration_is_none(cell: object) -> None:
    assert undress_person_cell(cell) is None
