"""Placeholder and range checks on frames, and the docstring examples of the diagnostics package."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pandas as pd
import pytest

import safe_synthesizer.diagnostics
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.diagnostics.output_checks import invented_words, out_of_range, placeholder_cells, share_text

MODULES = sorted(
    f"safe_synthesizer.diagnostics.{m.name}" for m in pkgutil.iter_modules(safe_synthesizer.diagnostics.__path__)
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    assert doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS).failed == 0


def test_placeholder_pattern_is_whole_cell_upper_case() -> None:
    synthetic = pd.DataFrame({"c": ["_RARE_", "_OTHER_", "a_RARE_", "_rare_", "_RARE_ ", None]})
    (found,) = placeholder_cells(synthetic, pd.DataFrame({"c": ["a"]}))
    assert found.message == (
        "column `c`: 3 of 6 synthetic cells (50 %) are placeholders (`_RARE_`, `_OTHER_`), not values"
    )


def test_range_margin_is_ten_percent_of_the_range() -> None:
    schema = TableSchema([ColumnSchema("x", ColumnType.FLOAT)])
    training = pd.DataFrame({"x": [10.0, 20.0]})
    inside = pd.DataFrame({"x": [9.0, 21.0, None]})  # exactly at the margin: fine
    assert out_of_range(inside, training, schema) == []
    (found,) = out_of_range(pd.DataFrame({"x": [8.9, 15.0]}), training, schema)
    assert found.column == "x" and "1 of 2 synthetic values (50 %)" in found.message


def test_non_numeric_columns_are_not_range_checked() -> None:
    schema = TableSchema([ColumnSchema("c", ColumnType.CATEGORICAL)])
    assert out_of_range(pd.DataFrame({"c": ["9"]}), pd.DataFrame({"c": ["1"]}), schema) == []


@pytest.mark.parametrize(("count", "total", "text"), [(1, 3, "33 %"), (1, 201, "<1 %"), (3, 3, "100 %")])
def test_share_text(count: int, total: int, text: str) -> None:
    assert share_text(count, total) == text


def test_invented_words_in_text_are_counted_only_past_the_share() -> None:
    # Names in a survey comment, replaced by fakes and spelled from pieces: 'endgiry', 'Kristtas'.
    schema = TableSchema([ColumnSchema("comment", ColumnType.TEXT), ColumnSchema("dept", ColumnType.CATEGORICAL)])
    train = pd.DataFrame({"comment": ["My manager Lisa is great.", "Workload has been heavy."] * 50,
                          "dept": ["Zzyzx", "Sales"] * 50})
    clean = ["My manager Lisa is heavy.", "Workload has been great."] * 50
    garbled = clean[:90] + ["My manager Kristtas is great."] * 10
    assert invented_words(pd.DataFrame({"comment": clean, "dept": ["Qwerty"] * 100}), train, schema) == []
    [found] = invented_words(pd.DataFrame({"comment": garbled}), train, schema)
    assert found.column == "comment" and found.message.startswith("column `comment`: 10 of 100 synthetic texts (10 %)")
    assert "Kristtas" not in found.message  # counts only, never a value


def test_date_pairs_out_of_training_order_are_flagged() -> None:
    """Probe 3: 9 % of synthetic orders shipped before they were placed (22 % of next appointments
    before the visit) and the console said nothing."""
    import numpy as np

    from safe_synthesizer.diagnostics.output_checks import date_order

    rng = np.random.default_rng(7013)
    placed = pd.Timestamp("2023-04-01") + pd.to_timedelta(rng.integers(0, 500, 300), unit="D")
    shipped = placed + pd.to_timedelta(rng.integers(0, 4, 300), unit="D")
    other = pd.Timestamp("2023-04-01") + pd.to_timedelta(rng.integers(0, 500, 300), unit="D")  # no order
    fmt = "%d-%m-%Y"
    schema = TableSchema([ColumnSchema(n, ColumnType.DATETIME, datetime_format=fmt)
                          for n in ("placed", "shipped", "x")])
    train = pd.DataFrame({"placed": placed.strftime(fmt), "shipped": shipped.strftime(fmt), "x": other.strftime(fmt)})
    swapped = train.copy()
    swapped.loc[:29, ["placed", "shipped"]] = train.loc[:29, ["shipped", "placed"]].to_numpy()
    found = [d.message for d in date_order(swapped, train, schema)]
    broken = int((shipped[:30] > placed[:30]).sum())
    assert found == [f"column `shipped`: {broken} of 300 synthetic rows ({round(100 * broken / 300)} %) lie before "
                     "`placed`, which no training row does"]
    assert date_order(train, train, schema) == []
