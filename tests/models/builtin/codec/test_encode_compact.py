"""Compact chunked encoding equals the int64 encoding; long text columns learn subwords on a sample."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.models.builtin.codec import ExactStatistics, Protection, TabularCodec
from safe_synthesizer.models.builtin.codec import text as text_module
from safe_synthesizer.models.builtin.codec.text import TextEncoder


def test_encode_compact_equals_encode_in_the_smallest_type():
    rng = np.random.default_rng(0)
    n = 2_500
    df = pd.DataFrame({
        "n": rng.integers(0, 70_000, n),
        "c": rng.choice(["a", "b", "c", None], n),
        "f": np.round(rng.normal(size=n), 2),
    })
    schema = TableSchema([ColumnSchema("n", ColumnType.INTEGER), ColumnSchema("c", ColumnType.CATEGORICAL),
                          ColumnSchema("f", ColumnType.FLOAT, decimals=2)], n_rows=n)
    codec = TabularCodec.fit(df, schema, seed=0)
    compact = codec.encode_compact(df, chunk_rows=700)  # chunks of unequal size, the last one short
    assert compact.dtype.itemsize < 8 and compact.dtype.kind == "u"
    np.testing.assert_array_equal(compact.astype(np.int64), codec.encode(df))


def test_text_subwords_are_learnt_on_a_bounded_sample(monkeypatch):
    monkeypatch.setattr(text_module, "FIT_SAMPLE_ROWS", 200)
    words = ["alpha beta", "gamma delta", "alpha gamma", "beta delta"]
    series = pd.Series([words[i % 4] + f" {i % 7}" for i in range(1_000)], dtype=object)
    encoder = TextEncoder.fit("t", series, stats=ExactStatistics(), protection=Protection(min_count=5))
    assert encoder.fit_rows == 200 and encoder.to_dict()["fit_rows"] == 200
    tokens = encoder.encode(series)  # every text is still encoded
    assert (tokens[:, 0] != 0).all()
    small = TextEncoder.fit("t", series[:150], stats=ExactStatistics(), protection=Protection(min_count=5))
    assert small.fit_rows is None and "fit_rows" not in small.to_dict()
    assert TextEncoder.from_dict(encoder.to_dict()).fit_rows == 200
