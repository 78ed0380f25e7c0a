"""A newcomer's given name opening a club or school note (own dev notes)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_newcomer import newcomer_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Eilidh is new to the under-9s, born 03/04/2015.", "Eilidh"),
        ("Club note. Болормаа has joined Tuesday group.", "Болормаа"),
        ("светлана is new to swimming, born 2016.", "светлана"),
        ("Mòrag started at nursery on Monday.", "Mòrag"),
    ],
)
def test_newcomer_names(note: str, name: str) -> None:
    assert name in [note[a:b] for a, b, _ in newcomer_name_spans(note)]
    assert name in [note[a:b] for a, b, _ in name_pair_spans(note)]


@pytest.mark.parametrize(
    "note",
    ["Swimming is new to us. Tuesday joined the rota.", "London is new to me. The club joined forces. He has joined."],
)
def test_no_newcomer_names(note: str) -> None:
    assert newcomer_name_spans(note) == []
