"""The privacy filter flags exact copies, and near copies within the configured distance."""

from __future__ import annotations

import numpy as np

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
