"""Tests for :mod:`safe_synthesizer.pii.person_cell_grammar`: one person (couple, household) per cell."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.person_cell_grammar import read_person_cell


@pytest.mark.parametrize(
    ("value", "form"),
    [
        ("Mr & Mrs Haynes", "couple_titled"),
        ("M. et Mme Dupont", "couple_titled"),
        ("Herr u. Frau Müller", "couple_titled"),
        ("Sr. y Sra. García", "couple_titled"),
        ("Carol & Dave Haynes", "couple_given"),
        ("Haynes family", "household"),
        ("The Haynes family", "household"),
        ("Familie Haynes", "household"),
        ("Famille Bonnet-Bailly", "household"),
        ("Haynes C", "family_initials"),
        ("HAYNES C.", "family_initials"),
        ("ECHEVARRÍA SUÁREZ D.", "family_initials"),
        ("BIN KHAIRUL SULAIMAN A.", "family_initials"),
        ("C.A. Haynes", "initials_family"),
        ("Y.O. Suárez Montes de Oca", "initials_family"),
        ("HAYNES, Carol (Mrs)", "comma_title"),
        ("NGARMBASSA, Mahamat (M.)", "comma_title"),
        ("Mrs Carol Haynes", "titled"),
        ("anders NANGO", "lower_upper"),
        ("Quine Illiam", "plain"),
    ],
)
def test_person_layouts_read(value: str, form: str) -> None:
    cell = read_person_cell(value)
    assert cell is not None and cell.form == form


@pytest.mark.parametrize(
    "value", ["Mr & Mrs Haynes", "Haynes C", "C.A. Haynes", "HAYNES, Carol (Mrs)", "Haynes family"]
)
def test_structured_layouts_are_evidence(value: str) -> None:
    cell = read_person_cell(value)
    assert cell is not None and cell.structured and cell.listed and not cell.plain


@pytest.mark.parametrize(
    "value", ["ask at desk", "see form", "gone away", "Martin & Co", "Gunn & Moore", "12 Main St", "---"]
)
def test_no_person(value: str) -> None:
    assert read_person_cell(value) is None


@pytest.mark.parametrize("value", ["Block C", "Hall B", "Grace Road"])
def test_ordinary_words_are_marked_plain(value: str) -> None:
    cell = read_person_cell(value)
    assert cell is None or cell.plain


@pytest.mark.parametrize("value", ["Sir Lancelot", "Lady Godiva", "Colonel Bogey"])
def test_titles_of_honour_are_no_structure(value: str) -> None:
    cell = read_person_cell(value)
    assert cell is None or not cell.structured
