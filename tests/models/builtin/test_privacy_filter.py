"""The privacy filter flags exact copies, and near copies within the configured distance."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.privacy_filter import PrivacyFilter


def test_exact_copies_are_flagged(adult):
    train = adult.head(400)
    synthetic = adult.iloc[300:600].reset_index(drop=True)  # 100 copies, then 200 unseen rows
    drop = PrivacyFilter(train).too_close(synthetic)
    assert drop[:100].all()
    assert drop[100:].sum() == 0


def test_types_do_not_hide_copies(adult):
    train = adult.head(50)
    as_text = train.astype(str)
    assert PrivacyFilter(train).too_close(as_text).all()


def test_near_copies_need_a_distance(adult):
    train = adult.head(400)
    near = train.head(50).copy()
    near["fnlwgt"] = near["fnlwgt"] + 1
    assert not PrivacyFilter(train).too_close(near).any()
    filt = PrivacyFilter(train, distance=0.01)
    assert filt.too_close(near).all()
    far = adult.iloc[1000:1050].reset_index(drop=True)
    distances = filt.nearest_distance(far)
    assert (distances > 0).all()
    assert np.isclose(filt.nearest_distance(train.head(5)), 0).all()


def test_formatted_copies_of_typed_training_records_are_caught():
    # The training split as apply_schema types it; the decoder writes numbers in the input format.
    training = pd.DataFrame({
        "population": [1484622, 981052, 12345],
        "lab": pd.Series([12, "<5", 30], dtype=object),
        "group": ["a", "b", "a"],
    })  # fmt: skip
    synthetic = pd.DataFrame({
        "population": ["1,484,622", "981,052", "77,777"],
        "lab": ["12", "<5", "30"],
        "group": ["a", "b", "a"],
    })  # fmt: skip
    assert PrivacyFilter(training).too_close(synthetic).tolist() == [True, True, False]
    assert PrivacyFilter(training, distance=0.01).too_close(synthetic).tolist() == [True, True, False]


def test_a_filter_built_chunk_by_chunk_flags_what_the_whole_table_flags(adult):
    """A large split's filter (pipeline.generate over 64 MB) is built from its chunks: the same
    exact copies are caught, and the distance check uses a bounded uniform sample."""
    train = adult.head(900)
    synthetic = pd.concat([adult.iloc[850:950], train.head(20).astype(str)], ignore_index=True)
    whole = PrivacyFilter(train)
    chunked = PrivacyFilter.from_chunks(iter([train.iloc[:300], train.iloc[300:650], train.iloc[650:]]))
    assert chunked.n_training_rows == 900 and chunked.distance_rows == 0
    assert whole.too_close(synthetic).tolist() == chunked.too_close(synthetic).tolist()
    assert chunked.too_close(synthetic)[:50].all() and not chunked.too_close(synthetic)[50:100].any()
    near = PrivacyFilter.from_chunks(iter([train.iloc[:500], train.iloc[500:]]), distance=0.01)
    assert near.distance_rows == 900  # under DISTANCE_SAMPLE_ROWS: every row
    moved = train.head(10).copy()
    moved["fnlwgt"] = moved["fnlwgt"] + 1
    assert near.too_close(moved).all() and not chunked.too_close(moved).any()


def test_the_distance_sample_is_bounded(adult, monkeypatch):
    monkeypatch.setattr(PrivacyFilter, "DISTANCE_SAMPLE_ROWS", 100)
    train = adult.head(600)
    built = PrivacyFilter.from_chunks(iter([train.iloc[:250], train.iloc[250:]]), distance=0.05)
    assert built.distance_rows == 100 and built.n_training_rows == 600
    assert built.too_close(train.iloc[400:450].reset_index(drop=True)).all()  # exact copies: every row
