"""An initial kept with its surname(s): Spanish double surnames, scripts without capitals (own dev notes)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_initial_surname import initial_surname_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("letter sent to Calle Luna 5. C. Amor Rivero still wears", "C. Amor Rivero"),
        ("Seen by J. Pardo Luque today.", "J. Pardo Luque"),
        ("Ordered by 영. 정.", "영. 정"),
        ("Ordered by र. ढङ्गेल.", "र. ढङ्गेल"),
        ("letter sent to אלעקבה 15. א. יחזקאל still wears", "א. יחזקאל"),
    ],
)
def test_initial_with_surname(note: str, name: str) -> None:
    assert name in [note[a:b] for a, b, _ in initial_surname_spans(note)]
    assert name in [note[a:b] for a, b, _ in name_pair_spans(note)]


@pytest.mark.parametrize(
    "note",
    [
        "Sent to 15 Rue X. P. Laurent Martin Dupont Company.",
        "Contact E. Coli Bacteria in sample.",
        "ที่อยู่ 12 ต. บางรัก อ. เมือง จ. ชลบุรี",  # Thai address abbreviations: no initials
    ],
)
def test_no_initial_names(note: str) -> None:
    assert initial_surname_spans(note) == []
