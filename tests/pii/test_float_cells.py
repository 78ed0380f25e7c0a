"""A whole number written with a float's ``.0`` tail."""

from __future__ import annotations

from safe_synthesizer.pii.float_cells import whole_number


def test_whole_number() -> None:
    assert whole_number("19821205.0") == "19821205"
    assert whole_number(" 20150126.00 ") == "20150126"
    for cell in ("1982.5", "19821205", "12.03.1982", "abc.0", "", "1.0.0"):
        assert whole_number(cell) == cell
