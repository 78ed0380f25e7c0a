"""Given names listed after a word for the people they are (own examples, not the held-out sets' strings)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_people_lists import people_list_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in people_list_spans(text)]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("Met at the fair. Kids: Leonora and Tobias.", ["Leonora", "Tobias"]),
        ("Grandchildren Ivo, Mara and Benedikt - all vegetarian", ["Ivo", "Mara", "Benedikt"]),
        ("Kinder: Jonas und Mia.", ["Jonas", "Mia"]),
        ("Enfants : Lucas et Chloé.", ["Lucas", "Chloé"]),
        ("Hijos: Mateo y Lucía", ["Mateo", "Lucía"]),
        ("Figli: Giulia e Marco.", ["Giulia", "Marco"]),
        ("Kinderen: Daan en Sanne", ["Daan", "Sanne"]),
        ("SONS: Harry & George", ["Harry", "George"]),
        ("kids are Pilar (7) and Marina (4)", ["Pilar", "Marina"]),
        ("Daughters - Heidi-Marie and June", ["Heidi-Marie", "June"]),
        ("Son: Lorenzo. Prefers morning slots.", ["Lorenzo"]),
        ("Kids: Tom Lindqvist and Mia Lindqvist", ["Tom Lindqvist", "Mia Lindqvist"]),
    ],
)
def test_listed_names(note: str, names: list[str]) -> None:
    assert _found(note) == names


@pytest.mark.parametrize(
    "note",
    [
        "Kids: Menu B and dessert.",
        "Children: None.",
        "Sons: 2, Daughters: 1",
        "Parents Evening on Thursday.",
        "Kids Club closes in May.",
        "Son Heung-min scored twice.",
        "Kids: April and May.",  # months alone are no list of names
    ],
)
def test_no_names(note: str) -> None:
    assert _found(note) == []


def test_lower_case_after_a_colon() -> None:
    assert _found("kids: leonora and tobias, both at st mary's") == ["leonora", "tobias"]
    assert _found("Children, Benedikt and Wilhelmina.") == ["Benedikt", "Wilhelmina"]
    assert _found("kids: none, pets: two cats") == []
    assert _found("kids and grace period") == []
