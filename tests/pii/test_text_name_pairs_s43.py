"""A role noun before a pair whose given name is also a function word of some language (own dev notes)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in name_pair_spans(text)]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Needs step-free seating. Escort Bucur Marin will collect the tickets.", "Bucur Marin"),
        ("Accompagnateur Per Martin, arrivée 18h.", "Per Martin"),
    ],
)
def test_role_noun_opens_name(note: str, name: str) -> None:
    assert name in _found(note)
    assert _found("Die Mietrückstände sind bezahlt.") == []  # a function word before a noun stays
