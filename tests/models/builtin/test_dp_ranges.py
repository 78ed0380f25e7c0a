"""Entity-level DP on few units: every generated number lies inside the DP-released bounds.

The issue: pbcseq grouped by patient (~300 units) at epsilon 8 wrote ``platelet`` ~1e14 and
``stage`` -97,432. The DP magnitude histogram was mostly noise at that budget and its "most likely
bin" fallback picked a random power of two. These tests pin the fix: sane released bounds, and
output inside them.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.schema import ColumnType
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.models.builtin.backend import BuiltinBackend
from safe_synthesizer.models.builtin.codec.codec import TabularCodec
from safe_synthesizer.models.builtin.dp import plan_dp_training

from ..conftest import DATA

# A DP range may be coarse (power-of-two edges) but never orders of magnitude off the data.
SANE_FACTOR = 4.0


def _grouped_params(epsilon: float) -> SafeSynthesizerParameters:
    params = SafeSynthesizerParameters()
    params.data.group_training_examples_by = "id"
    params.privacy.dp_enabled = True
    params.privacy.epsilon = epsilon
    params.training.model_size = "small"
    params.training.epochs = 1
    params.training.num_threads = 1
    return params


@pytest.fixture(scope="module")
def visits() -> tuple[pd.DataFrame, object]:
    raw = pd.read_csv(DATA / "pbcseq_visits.csv")
    schema = infer_schema(raw, group_by="id")
    return apply_schema(raw, schema), schema


def _numeric(schema) -> list[str]:
    return [c.name for c in schema.columns if c.type in (ColumnType.INTEGER, ColumnType.FLOAT)]


def _sane(values: np.ndarray, real: pd.Series) -> bool:
    scale = SANE_FACTOR * float(real.abs().max()) + 1.0
    return bool(np.all(np.abs(values) <= scale))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_grouped_dp_bounds_are_sane_with_few_units(visits, seed):
    df, schema = visits
    dp = plan_dp_training(df, schema, _grouped_params(8.0), seed)
    codec = TabularCodec.fit(df.iloc[dp.codec_rows], schema, stats=dp.statistics, seed=seed)
    encoders = {e.column: e for e in codec.encoders}
    found = 0
    for name in _numeric(schema):
        enc = encoders[name]
        if not enc.edges and not enc.values:
            continue  # no DP range released: the column is generated empty
        found += 1
        assert enc.lo <= enc.hi
        assert _sane(np.array([enc.lo, enc.hi]), df[name]), (name, enc.lo, enc.hi)
    assert found >= len(_numeric(schema)) // 2
    assert dp.budget.preprocessing_epsilon_spent() <= dp.budget.plan.preprocessing_epsilon * (1 + 1e-9)


def test_grouped_dp_output_stays_inside_the_released_bounds(tmp_path, visits):
    df, schema = visits
    params = _grouped_params(8.0)
    BuiltinBackend(audit_seed=11).train(df, schema, params, tmp_path)
    out = BuiltinBackend(audit_seed=11).generate(tmp_path, params, num_records=300).data
    codec = json.loads((tmp_path / "codec.json").read_text())
    bounds = {e["column"]: (e["lo"], e["hi"]) for e in codec["encoders"] if e["kind"] == "numeric"}
    assert set(bounds) == set(_numeric(schema))
    for name, (lo, hi) in bounds.items():
        values = pd.to_numeric(out[name], errors="coerce").dropna().to_numpy(float)
        assert np.all((values >= lo) & (values <= hi)), (name, lo, hi, values.min(initial=0), values.max(initial=0))
        assert _sane(values, df[name]), name


def test_no_range_means_an_empty_column_and_a_warning(visits, caplog):
    df, schema = visits
    # Epsilon 0.2 over ~300 patients: no magnitude bin clears the threshold.
    dp = plan_dp_training(df, schema, _grouped_params(0.2), 0)
    codec = TabularCodec.fit(df.iloc[dp.codec_rows], schema, stats=dp.statistics, seed=0)
    decoded = codec.decode(codec.encode(df.head(50)), np.random.default_rng(0))
    for name in dp.statistics.empty_columns:
        assert decoded[name].isna().all()
    assert dp.statistics.empty_columns
    assert "privacy.public_bounds" in caplog.text
