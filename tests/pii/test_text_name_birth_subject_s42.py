"""A Cyrillic given name right before its birth bracket in an English form (own dev notes)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_birth_subject import birth_subject_spans


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Summer camp form: Жылдыз (born 12.10.2015) allergic to nuts.", "Жылдыз"),
        ("Анкета: Айдана (born 2017-03-25), без аллергий.", "Айдана"),
    ],
)
def test_cyrillic_birth_subject(note: str, name: str) -> None:
    assert name in [note[a:b] for a, b, _ in birth_subject_spans(note)]


def test_cyrillic_month_bracket_is_no_name() -> None:
    assert birth_subject_spans("Отчёт за Март (2024-03-01) готов.") == []
