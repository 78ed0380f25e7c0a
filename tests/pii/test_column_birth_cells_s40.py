"""A date of zeros (``0/0/00``: Outlook's contact export for a birthday not known) is a placeholder (s40, DB)."""

from __future__ import annotations

from safe_synthesizer.pii.column_birth_cells import birth_cell, is_placeholder


def test_dates_of_zeros_are_placeholders() -> None:
    for cell in ("0/0/00", "00.00.0000", "0-0-0000", "0/0/00 00:00"):
        assert is_placeholder(cell) and birth_cell(cell) == "placeholder"
    for cell in ("1/0/00", "0/0.00", "10/10/2000"):
        assert not is_placeholder(cell)
