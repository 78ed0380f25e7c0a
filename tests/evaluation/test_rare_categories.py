"""Quality scores compare the frequent categories and the size of the tail, not one-off values."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.evaluation import evaluate
from safe_synthesizer.evaluation.rare_categories import RARE_CELL, pool_values


def _names(n: int, seed: int, tail: str = "t") -> pd.DataFrame:
    """Half the rows from 10 common names, half one-off names; ``group`` follows the name."""
    rng = np.random.default_rng(seed)
    common = [f"name{i}" for i in range(10)]
    names = [common[rng.integers(10)] if rng.random() < 0.5 else f"{tail}{seed}_{i}" for i in range(n)]
    group = ["a" if x in common[:5] else "b" for x in names]
    return pd.DataFrame({"name": names, "group": group})


SCHEMA = TableSchema([ColumnSchema("name", ColumnType.CATEGORICAL), ColumnSchema("group", ColumnType.CATEGORICAL)])


def _column_score(training: pd.DataFrame, synthetic: pd.DataFrame) -> float:
    result = evaluate(training, synthetic, None, schema=SCHEMA)
    return next(c for c in result.to_dict()["columns"]["distribution"] if c["column"] == "name")["score"]


def test_a_fresh_sample_of_a_long_tailed_column_scores_high():
    assert _column_score(_names(2000, 1), _names(2000, 2)) > 9.0


def test_new_tail_values_do_not_hide_a_lost_head():
    training = _names(2000, 1)
    wrong = _names(2000, 2)
    wrong["name"] = [f"new{i}" for i in range(len(wrong))]  # every frequent name lost
    assert _column_score(training, wrong) < 4.0


def test_pooling_keeps_frequent_values_and_missing():
    values = np.array(["a", "b", None, "c"], dtype=object)
    assert pool_values(values, {"a"}).tolist() == ["a", RARE_CELL, None, RARE_CELL]


def test_a_repeated_placeholder_is_not_hidden_in_the_tail():
    training = _names(2000, 1)
    flooded = _names(2000, 2)
    tail = ~flooded["name"].str.startswith("name")
    flooded.loc[tail, "name"] = "_RARE_"
    assert _column_score(training, flooded) < 4.0 < _column_score(training, _names(2000, 2))


def test_a_category_near_the_bar_is_compared_as_itself_on_both_sides():
    """Names seen 4 times in one sample and 5 in another are one population, not a difference."""
    from safe_synthesizer.evaluation.columns import Table
    from safe_synthesizer.evaluation.histograms import category_counts
    from safe_synthesizer.evaluation.rare_categories import pool_rare_categories

    training = np.array(["x"] * 4 + ["y"] * 5 + ["a"] * 91, dtype=object)
    synthetic = np.array(["x"] * 5 + ["y"] * 4 + ["a"] * 91, dtype=object)
    t, s = pool_rare_categories(Table(100, {}, {"c": training}, {}), Table(100, {}, {"c": synthetic}, {}))
    labels, ct, cs = category_counts(t.categorical["c"], s.categorical["c"])
    assert labels == ["a", "x", "y"] and ct.tolist() == [91, 4, 5] and cs.tolist() == [91, 5, 4]
