"""The name a person wants to be called by (own examples, not the held-out sets' strings)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_called import called_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in called_name_spans(text)]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("Late checkout. Likes to be called Rosalind.", ["Rosalind"]),
        ("Prefers to be called 'Bea', not Beatrix.", ["Bea"]),
        ("Goes by Bernadette at work.", ["Bernadette"]),
        ("Rufname: Jupp", ["Jupp"]),
        ("Se fait appeler Loulou à l'accueil.", ["Loulou"]),
        ("Prefiere que le llamen Nacho.", ["Nacho"]),
        ("Si fa chiamare Gigi.", ["Gigi"]),
        ("Wil graag Joke genoemd worden.", ["Joke"]),
        ("Roepnaam Fenna.", ["Fenna"]),
    ],
)
def test_called_names(note: str, names: list[str]) -> None:
    assert _found(note) == names


@pytest.mark.parametrize(
    "note",
    [
        "Known as the best cafe in town.",
        "Goes by Bus 42 to the clinic.",
        "Call her Monday about the refund.",
        "Known as Grace period in the contract.",
    ],
)
def test_no_names(note: str) -> None:
    assert _found(note) == []
