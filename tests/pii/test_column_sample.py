"""The value sample a column is judged on: large columns are sampled before their cells are unwrapped."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import column_sample
from safe_synthesizer.pii.column_sample import PRESAMPLE_FACTOR, sample_values


def _wrapped_emails(n: int) -> pd.Series:
    # Every fifth address written with a display name; every fifth hundredth cell a missing-value word.
    cells = [f"Ann Lee <ann.lee{i}@example.org>" if i % 5 == 0 else f"ann.lee{i}@example.org" for i in range(n)]
    return pd.Series(cells + ["n/a"] * 40, dtype=object)


def test_large_column_unwraps_a_presample_only(monkeypatch) -> None:
    seen: list[int] = []
    unwrapped = column_sample._unwrapped

    def spy(counts: pd.Series) -> pd.Series:
        seen.append(len(counts))
        return unwrapped(counts)

    monkeypatch.setattr(column_sample, "_unwrapped", spy)
    sample = sample_values(_wrapped_emails(20_000), 500, seed=0)
    assert seen == [PRESAMPLE_FACTOR * 500]
    assert len(sample.values) == 500
    assert all(v.startswith("ann.lee") and "<" not in v for v in sample.values)
    assert abs(sample.n_distinct - 20_000) <= 200  # estimated from the presample


def test_small_column_is_unwrapped_whole_and_counted_exactly() -> None:
    series = pd.concat([_wrapped_emails(1_000), pd.Series(["Ann Lee <ann.lee1@example.org>"])], ignore_index=True)
    sample = sample_values(series, 500, seed=0)
    assert sample.n_distinct == 1_000  # the missing-value word dropped, the wrapped twin merged
    assert len(sample.values) == 500


def test_same_seed_same_sample() -> None:
    series = _wrapped_emails(5_000)
    assert sample_values(series, 300, seed=4).values == sample_values(series, 300, seed=4).values
