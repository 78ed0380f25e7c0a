"""Sequence metrics on hand-made entity histories whose answers are known."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.evaluation import evaluate
from safe_synthesizer.evaluation.sequences import sequence_metrics


def _histories(counts: list[int], *, gap: int = 10, sex_flip: bool = False, states: str = "ab") -> pd.DataFrame:
    rows = []
    for i, n in enumerate(counts):
        for k in range(n):
            rows.append({
                "pid": f"P{i:03d}",
                "day": 100 + i % 7 + k * gap,
                "sex": ("f" if k % 2 else "m") if sex_flip else ("f" if i % 2 else "m"),
                "state": states[k % len(states)],
                "lab": float(i + k),
            })  # fmt: skip
    return pd.DataFrame(rows)


def _metrics(real: pd.DataFrame, synth: pd.DataFrame):
    schema = infer_schema(real)
    return sequence_metrics(apply_schema(real, schema), apply_schema(synth, schema), schema, "pid", "day")


def test_identical_tables_score_zero_distance_and_full_consistency() -> None:
    real = _histories([1, 2, 3, 4] * 10)
    m = _metrics(real, real)
    assert {d.name: d.distance for d in m.distributions} == {
        "events_per_entity": 0.0, "inter_event_time": 0.0, "first_event_time": 0.0,
    }  # fmt: skip
    assert m.ordered_share == 1.0
    assert [e["column"] for e in m.entity_level] == ["sex"] and m.entity_level[0]["synthetic"] == 1.0
    assert m.training_entities == m.synthetic_entities == 40


def test_events_per_entity_distance_grows_with_the_difference() -> None:
    real = _histories([1, 2, 3, 4] * 10)
    near = _histories([1, 2, 3, 4] * 9 + [1, 1, 2, 2])
    far = _histories([8, 9] * 20)
    d_near = _metrics(real, near).distance("events_per_entity")
    d_far = _metrics(real, far).distance("events_per_entity")
    assert 0 < d_near < 0.2 and d_far == pytest.approx(1.0)


def test_inter_event_times_and_ordering() -> None:
    real = _histories([3] * 30, gap=10)
    slower = _histories([3] * 30, gap=40)
    m = _metrics(real, slower)
    assert m.distance("inter_event_time") == pytest.approx(1.0)
    assert m.distance("first_event_time") == 0.0
    shuffled = real.iloc[::-1].reset_index(drop=True)  # every entity's rows in reverse time order
    assert _metrics(real, shuffled).ordered_share == 0.0


def test_transitions_autocorrelation_and_broken_entity_columns() -> None:
    real = _histories([4] * 30, states="ab")  # a, b, a, b: never repeats
    sticky = _histories([4] * 30, states="a", sex_flip=True)  # always a; sex changes within entities
    m = _metrics(real, sticky)
    state = next(t for t in m.transitions if t["column"] == "state")
    assert state["repeat_share_training"] == 0.0 and state["repeat_share_synthetic"] == 1.0
    assert state["distance"] == pytest.approx(1.0)
    assert m.entity_level[0] == {"column": "sex", "training": 1.0, "synthetic": 0.0}
    lab = next(a for a in m.autocorrelation if a["column"] == "lab")
    assert lab["training"] > 0.9


def test_noise_reference_is_near_the_distance_of_two_real_samples() -> None:
    rng = np.random.default_rng(0)
    real = _histories(rng.integers(1, 8, 400).tolist())
    other = _histories(rng.integers(1, 8, 400).tolist())
    d = next(x for x in _metrics(real, other).distributions if x.name == "events_per_entity")
    assert d.baseline is not None and 0.3 * d.baseline < d.distance < 3 * d.baseline


def test_noise_reference_matches_the_mean_distance_of_fresh_real_samples() -> None:
    """312 entities (pbcseq's size): the reference is the distance a second real sample shows on
    average, so a model cannot be asked to get below it."""
    rng = np.random.default_rng(1)
    draw = lambda: _histories(np.minimum(rng.geometric(0.17, 312), 20).tolist())  # noqa: E731
    real = draw()
    others = [next(x for x in _metrics(real, draw()).distributions if x.name == "events_per_entity")
              for _ in range(12)]
    mean = float(np.mean([d.distance for d in others]))
    baseline = others[0].baseline
    assert baseline == others[-1].baseline and 0.07 < baseline < 0.2  # far above a 0.05 target
    assert 0.7 * baseline < mean < 1.4 * baseline
    identical = _metrics(real, real).distributions[0]
    assert identical.within_noise is True
    far = _metrics(real, _histories([15] * 312)).distributions[0]
    assert far.within_noise is False


def test_evaluate_adds_sequences_to_the_dataset_section() -> None:
    real = _histories([1, 2, 3, 4] * 25)
    result = evaluate(real, real, histories=("pid", "day"))
    seq = result.dataset["sequences"]
    assert seq["entity_column"] == "pid" and seq["ordered_share"] == 1.0
    assert result.sqs is not None  # row-level SQS still computed
    assert "sequences" not in evaluate(real, real).dataset
