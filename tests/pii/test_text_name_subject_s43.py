"""A lower-case full name opening a clause after a comma, before its verb (own dev notes, session 43)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_subject import subject_name_spans

# Clauses after a comma that open with words a name list holds but that name no one.
_NO_NAMES = ("I bought it last spring, rose bush grows well now", "Sadly, mark down was applied twice")


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in subject_name_spans(text)]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Cannot attend the dinner, sorry, hannelore schumacher has a hospital visit then.", "hannelore schumacher"),
        ("Please cancel table 9, gunnar lindqvist was taken ill.", "gunnar lindqvist"),
    ],
)
def test_subject_after_comma(note: str, name: str) -> None:
    assert name in _found(note)
    assert all(_found(other) == [] for other in _NO_NAMES)
