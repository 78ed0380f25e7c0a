"""Tests of ``thin_column_cells``: a column's filled cells without its junk, and its fill rate."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.thin_column_cells import junk_cells, thin_view

_NAMES = ["Anna Berg", "Leon Berg", "Gail Harvey", "Sue Patel"]


def test_missing_cell_words_symbols_and_zeros_are_junk() -> None:
    junk = junk_cells([*_NAMES, "n/a", "---", "0000", "(none given)", "<blank>", "#N/A", "unbekannt"])
    assert junk == {"n/a", "---", "0000", "(none given)", "<blank>", "#N/A", "unbekannt"}


def test_lower_case_phrase_among_capitalised_cells_is_a_remark() -> None:
    assert junk_cells([*_NAMES, "asked at front desk", "nicht angegeben bitte"]) == {
        "asked at front desk",
        "nicht angegeben bitte",
    }


def test_lower_case_names_and_handles_are_not_junk() -> None:
    lower = ["anna berg", "leon berg", "gail harvey", "sue patel"]
    assert junk_cells(lower) == set()
    assert junk_cells([*_NAMES, "gail.harvey", "sue_patel58", "ylegrand"]) == set()


def test_numbers_and_emails_are_not_junk() -> None:
    assert junk_cells(["0176 7746177", "(030) 1234567", "anna@berg.de", "1398-2602-95751"]) == set()


def test_view_keeps_filled_cells_in_row_order_and_counts_fill() -> None:
    view = thin_view(pd.Series(["", "Anna Berg", None, "(none given)", "  Leon   Berg ", "n/a", "Anna Berg", ""]))
    assert view.cells == ("Anna Berg", "Leon Berg", "Anna Berg")
    assert view.distinct == ("Anna Berg", "Leon Berg")
    assert (view.n_rows, view.n_filled, view.n_junk) == (8, 5, 2)
    assert view.fill == 5 / 8
