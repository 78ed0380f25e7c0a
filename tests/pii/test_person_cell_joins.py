"""Tests of the joined-person reader: any joiner, camel case, slugs, bracketed initials, titles and labels."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.person_cell_joins import read_joined_person


@pytest.mark.parametrize(
    ("cell", "pieces"),
    [
        ("Short.Tracy", ("Short", "Tracy")),
        ("Dalton+Mirela", ("Dalton", "Mirela")),
        ("NOWAK_Agata", ("NOWAK", "Agata")),
        ("petra-lindqvist", ("petra", "lindqvist")),
        ("OskarBrennan", ("Oskar", "Brennan")),
        ("Ｐｅｔｒａ.Ｌｉｎｄ", ("Petra", "Lind")),
        ("Sorensen (K)", ("Sorensen",)),
        ("Hanna Berg van", ("Hanna", "Berg")),
        ("Sra. MOLINA, Pilar", ("MOLINA", "Pilar")),
        ("M. DUVAL, Remi", ("DUVAL", "Remi")),
        ("Olga K. Sandoval-Ruiz", ("Olga", "Sandoval", "Ruiz")),
    ],
)
def test_pieces_whatever_the_joiner(cell: str, pieces: tuple[str, ...]) -> None:
    read = read_joined_person(cell)
    assert read is not None
    assert read.pieces == pieces


def test_joined_cells_are_told_from_typed_ones() -> None:
    assert read_joined_person("Short.Tracy").joined
    assert read_joined_person("petra-lindqvist").joined
    assert read_joined_person("OskarBrennan").joined
    assert read_joined_person("Sorensen (K)").joined
    assert not read_joined_person("Oskar Brennan").joined


def test_family_name_told_by_capitals_and_initials() -> None:
    assert read_joined_person("LEE-WITT_Agata").family == (0, 1)
    assert read_joined_person("Sorensen (K)").initial == "K"
    assert read_joined_person("Sorensen (K)").family == (0,)
    assert read_joined_person("Short.Tracy").family is None


def test_layout_repeats_over_names() -> None:
    assert read_joined_person("Short.Tracy").layout == read_joined_person("Dalton.Mirela").layout
    assert read_joined_person("petra-lindqvist").layout == "a-a"
    assert read_joined_person("mum: Petra Lind").layout.startswith("L: ")


@pytest.mark.parametrize(
    "cell",
    ["McDonald", "INV_2024_ABC", "report_final.pdf", "camelCaseVar", "Dr. Smith", "a.b@c.com", "Short.Tracy_Ann", "x"],
)
def test_not_joined_names(cell: str) -> None:
    assert read_joined_person(cell) is None
