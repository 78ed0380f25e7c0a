"""A value written in digit groups is no sentence: its column keeps the entity its values show."""

from __future__ import annotations

from safe_synthesizer.pii.replace import _is_prose


def _two_numbers(i: int) -> str:
    return f"01 {23 + i % 50:02d} 45 {10 + i % 80:02d} 89 / 06 {12 + i % 70:02d} 34 56 {i % 90 + 10:02d}"


def test_digit_groups_are_no_words() -> None:
    assert not _is_prose([_two_numbers(i) for i in range(40)])
    assert not _is_prose([f"IBAN FR76 3000 6000 01{i:02d} 2345 6789 {i:03d}" for i in range(40)])
    assert _is_prose(["the dog was walked twice and fed at noon by the night staff"] * 40)

