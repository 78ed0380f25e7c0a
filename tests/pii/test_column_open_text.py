"""The columns a late reader may still read (:mod:`safe_synthesizer.pii.column_open_text`)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_open_text import open_text_columns


def _found(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.9, "values", 3, None, "test")


def test_undecided_and_overruled_text_columns_only() -> None:
    df = pd.DataFrame(
        {
            "a": [" x ", None, "y"],
            "b": ["u", "v", "w"],
            "c": ["p", "q", "r"],
            "n": [1, 2, 3],
        }
    )
    found = {"b": _found("b", "url"), "c": _found("c", "name")}
    got = {c: cells for c, _, cells in open_text_columns(df, [*df.columns, "gone"], found, {"url"}, 2)}
    assert got == {"a": [" x "], "b": ["u", "v"]}  # as written, the first 2 rows; no name, no numbers
