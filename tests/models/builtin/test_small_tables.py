"""Small tables keep their strong relationships (a deterministic pair, a number <-> category link)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import torch

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.evaluation.correlation import correlation_ratio
from safe_synthesizer.models.builtin.backend import BuiltinBackend
from safe_synthesizer.models.builtin.codec import SlotSpec
from safe_synthesizer.models.builtin.defaults import (
    SMALL_TABLE_EPOCHS,
    SMALL_TABLE_MIN_EPOCHS,
    SMALL_TABLE_MIN_ROWS,
    SMALL_TABLE_ROWS,
    resolve_training_defaults,
)
from safe_synthesizer.models.builtin.model import ORDINAL_MIN_TOKENS, ModelConfig, SlotModel


def _neighbour_ratio(weight: torch.Tensor) -> float:
    """Mean distance of neighbouring rows over the mean distance of all pairs (about 1: no order)."""
    return float((weight[1:] - weight[:-1]).norm(dim=1).mean() / torch.cdist(weight, weight).mean())


def test_value_embeddings_with_many_tokens_start_ordered():
    torch.manual_seed(0)
    slots = [
        SlotSpec("age", "age", 60),
        SlotSpec("age#d0", "age", 100, "digit"),
        SlotSpec("job", "job", 40),
        SlotSpec("sex", "sex", 3),
    ]
    model = SlotModel(ModelConfig.for_slots(slots, "medium"))
    age, digit, job = (model.embeddings[j].weight.detach() for j in range(3))
    assert _neighbour_ratio(age) < 0.6  # neighbouring values start close ...
    assert float(age.std()) == pytest.approx(1.0, abs=0.2)  # ... at the default scale
    assert _neighbour_ratio(job) < 0.6
    assert _neighbour_ratio(digit) > 0.8  # digits and value slots of <= ORDINAL_MIN_TOKENS: default
    assert slots[3].size <= ORDINAL_MIN_TOKENS


def test_small_table_epochs_by_size():
    params = SafeSynthesizerParameters()
    # Below SMALL_TABLE_MIN_ROWS: a validation split, early stopping and at least the floor.
    assert resolve_training_defaults(params, SMALL_TABLE_MIN_ROWS - 100).epochs >= SMALL_TABLE_MIN_EPOCHS
    # From there to SMALL_TABLE_ROWS: every row, a fixed number of epochs.
    for n in (3_000, SMALL_TABLE_ROWS - 1):
        fixed = resolve_training_defaults(params, n)
        assert fixed.epochs == SMALL_TABLE_EPOCHS and fixed.validation_ratio == 0.0
    assert resolve_training_defaults(params, 26_049).epochs == 14  # large tables unchanged
    params.training.epochs = 5
    assert resolve_training_defaults(params, 3_000).epochs == 5  # an explicit value wins


def _small_table(n: int = 1_500, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    age = rng.integers(18, 80, n)
    # Status follows age (young: single; old: widowed) with noise: eta about 0.6.
    p_single = np.clip((40 - age) / 22, 0.05, 0.9)
    p_widowed = np.clip((age - 55) / 40, 0.0, 0.5)
    u = rng.random(n)
    status = np.where(u < p_single, "single", np.where(u < p_single + p_widowed, "widowed", "married"))
    depts = [f"dept-{c}" for c in "ABCDEFGHIJKL"]
    dept = rng.choice(len(depts), n, p=np.linspace(2, 1, len(depts)) / np.linspace(2, 1, len(depts)).sum())
    hours = np.clip(rng.normal(40, 8, n).round(), 10, 80).astype(int)
    return pd.DataFrame(
        {
            "age": age,
            "dept": np.array(depts)[dept],
            "dept_code": dept + 101,  # deterministic: one code per department
            "status": status,
            "hours": hours,
        }
    )


def _eta(df: pd.DataFrame) -> float:
    codes, _ = pd.factorize(df["status"])
    return correlation_ratio(codes.astype(np.int64), df["age"].to_numpy(np.float64))


@pytest.mark.slow
def test_small_table_keeps_a_deterministic_pair_and_an_association(tmp_path):
    df = _small_table()
    types = {"age": "integer", "dept": "categorical", "dept_code": "integer", "status": "categorical"}
    schema = TableSchema([ColumnSchema(c, ColumnType(types.get(c, "integer"))) for c in df.columns], n_rows=len(df))
    params = SafeSynthesizerParameters()
    params.data.random_state = 0
    params.training.num_threads = 1
    backend = BuiltinBackend()
    backend.train(df, schema, params, tmp_path)
    out = backend.generate(tmp_path, params, num_records=len(df)).data
    mapping = df.groupby("dept")["dept_code"].first()
    # Measured: 0.987 (0.981 before the small-table changes; 0.993 at temperature 0.9).
    assert (out["dept_code"] == out["dept"].map(mapping)).mean() >= 0.98
    # Measured: eta 0.61 vs 0.65 real (0.31 before the random-walk start of value embeddings).
    assert _eta(out) >= 0.75 * _eta(df)
