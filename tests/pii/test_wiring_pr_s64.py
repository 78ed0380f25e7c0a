"""Session 64 PR wiring: the date guard of postcodes lives in ``consistent_findings`` (the separate last pass and its
module are gone).

Fails without the wiring: ``detect_table`` still imports ``date_postcode_columns``."""

from __future__ import annotations

import importlib.util

import safe_synthesizer.pii.detect_table as dt


def test_the_separate_date_pass_is_gone() -> None:
    # Its guard is ``column_entity_consistency.date_cells``, said on the console with every other correction.
    assert not hasattr(dt, "date_postcode_columns")
    assert importlib.util.find_spec("safe_synthesizer.pii.column_dates_not_postcodes") is None
