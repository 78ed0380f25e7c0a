"""A listed given name after a capitalised grandchild/nephew word in care notes (own dev notes)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_intro import intro_name_spans


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Evening call: Mr Platt settled. Grandson Oliver visits Sundays.", "Oliver"),
        ("Enkelin Marie kommt am Montag vorbei.", "Marie"),
        ("Niece Harriet has the spare key.", "Harriet"),
    ],
)
def test_grandchild_names(note: str, name: str) -> None:
    assert name in [note[a:b] for a, b, _ in intro_name_spans(note)]


def test_no_weekday_after_grandchild() -> None:
    assert intro_name_spans("Grandchild Friday stays.") == []
