"""Layouts of names in letters (session 39): ``Surname, Given`` after a word that is no name ("Ich, Becker,
Hans-Otto", "Grazie, Sorrentino, Caterina"), and a given name alone before its birth date."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_names import layout_name_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in layout_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Erklärung: Ich, Hartmann, Wolf-Dieter, geboren am 3.4.1951, stimme zu.", "Hartmann, Wolf-Dieter"),
        ("Grazie mille. Saluti, Benedetti, Ornella", "Benedetti, Ornella"),
        ("Declaración. Yo, Quintana, Rodrigo, nacido el 2 de mayo de 1980.", "Quintana, Rodrigo"),
    ],
)
def test_inverted_pair_after_a_word_that_is_no_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_list_after_a_failed_pair_stays() -> None:
    assert _names("Danke, Hartl, Ingeborg") == ["Hartl, Ingeborg"]
    assert _names("Paints: Berry, Ivory, Rose and Grace.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Household profile: two children, Penelope (born 9 June 2018) and a toddler.", "Penelope"),
        ("Sitter booked. Child Ottokar, DOB 11/09/2014, asthma inhaler in bag.", "Ottokar"),
    ],
)
def test_given_name_before_its_birth_date(text: str, name: str) -> None:
    assert name in _names(text)
