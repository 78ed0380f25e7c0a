"""The undecided text columns a column pass reads (session 56: one place for the passes' common opening)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_undecided import is_text_series, undecided_text_columns


def test_undecided_text_columns() -> None:
    df = pd.DataFrame(
        {
            "Member": ["Carol (Haynes)", "Haynes, C."],
            "Price": [1.5, 2.0],
            "Seller": pd.Series(["a", "b"], dtype="string"),
            "Done": ["x", "y"],
        }
    )
    found = {"Done": "name", "Seller": None}
    got = [c for c, _ in undecided_text_columns(df, ["Seller", "Member", "Price", "Done", "Missing"], found)]
    assert got == ["Seller", "Member"]  # names order; decided, absent and numeric columns left


def test_is_text_series() -> None:
    assert is_text_series(pd.Series(["a"])) and is_text_series(pd.Series(["a"], dtype="string"))
    assert not is_text_series(pd.Series([1, 2])) and not is_text_series(pd.to_datetime(pd.Series(["2024-01-01"])))
