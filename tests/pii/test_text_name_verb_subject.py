"""Full names no list knows before a verb of people or a possessive of a case (own examples)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_verb_subject import verb_subject_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in verb_subject_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Refused loan: Wleh Gonkarnue pledged a watch with no box.", ["Wleh Gonkarnue"]),
        ("Sonam Yangzom did not attend the 10:00 session.", ["Sonam Yangzom"]),
        ("Incident - Tevita Fonua was rude to the night porter.", ["Tevita Fonua"]),
        ("Mise à jour : Rodrigue Hounkpatin a appelé ce matin.", ["Rodrigue Hounkpatin"]),
        ("Away until Friday. For Kinley Wangchuk's file please ask the desk.", ["Kinley Wangchuk"]),
        ("Letter about 'Ofa Taione's tenancy sent.", ["'Ofa Taione"]),
        ("Declined: Kpana Dolo offered a chain.", ["Kpana Dolo"]),  # a family name that is a town too
    ],
)
def test_found(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Samsung Galaxy offered a discount.",
        "Customer Service said no.",
        "Amazon Prime offered free delivery.",
        "Banco Santander offered a loan.",
        "The Xiaomi Redmi arrived broken.",
        "Made for Maison Kitsuné's store.",
        "Read about Harry Potter's wand.",
        "Visit Lagos offered a tour.",
    ],
)
def test_kept(text: str) -> None:
    assert _found(text) == []
