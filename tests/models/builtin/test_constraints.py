"""Deterministic column pairs: found only where the data is exact, and kept exactly at sampling."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import torch

from safe_synthesizer.models.builtin.constraints import MIN_SUPPORT, find_deterministic_pairs
from safe_synthesizer.models.builtin.sampler import _apply_pair


def _tokens(n: int = 600, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    a = rng.integers(0, 6, n)
    b = (a * 7) % 6  # a relabelling of a
    c = rng.integers(0, 3, n)  # independent
    return np.stack([a, b, c], axis=1)


def test_a_relabelling_is_found_and_mapped():
    pairs = find_deterministic_pairs(_tokens(), [0, 1, 2], [None] * 3)
    assert [(p.source, p.target) for p in pairs] == [(0, 1)]
    assert pairs[0].mapping == [(a * 7) % 6 for a in range(6)]


def test_one_exception_or_too_little_support_means_no_pair():
    tokens = _tokens()
    tokens[5, 1] = (tokens[5, 1] + 1) % 6
    assert find_deterministic_pairs(tokens, [0, 1, 2], [None] * 3) == []
    # 30 rows over 6 values: none is seen MIN_SUPPORT times often enough to claim anything.
    assert find_deterministic_pairs(_tokens(30), [0, 1, 2], [None] * 3) == []
    assert MIN_SUPPORT >= 10


def test_targets_whose_tokens_do_not_fix_the_value_and_near_constant_columns_take_no_part():
    tokens = _tokens()
    # Column 1's tokens 0-2 are exact values, 3-5 bins whose digits follow: not a fixed value.
    assert find_deterministic_pairs(tokens, [0, 1, 2], [None, {0, 1, 2}, None]) == []
    assert len(find_deterministic_pairs(tokens, [0, 1, 2], [None, set(range(6)), None])) == 1
    constant = tokens.copy()
    constant[:, 1] = 0
    assert find_deterministic_pairs(constant, [0, 1, 2], [None] * 3) == []


def test_apply_pair_fixes_only_mapped_tokens():
    pair = find_deterministic_pairs(_tokens(), [0, 1, 2], [None] * 3)[0]
    source = torch.tensor([0, 5, 9])  # 9: a token the training data never had
    sampled = torch.tensor([4, 4, 4])
    assert _apply_pair(pair, source, sampled).tolist() == [0, (5 * 7) % 6, 4]


@pytest.mark.slow
def test_education_pair_is_exact_in_generated_adult(tmp_path, read_slice, adult_schema, fast_params):
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    df = read_slice("adult_train.csv", 1500)
    BuiltinBackend().train(df, adult_schema(df), fast_params, tmp_path)
    out = BuiltinBackend().generate(tmp_path, fast_params, num_records=2000).data
    mapping = df.groupby("education")["education-num"].first()
    frequent = df["education"].value_counts()
    rows = out["education"].isin(frequent[frequent >= MIN_SUPPORT].index)
    assert rows.mean() > 0.9
    assert (out.loc[rows, "education-num"] == out.loc[rows, "education"].map(mapping)).all()
    assert isinstance(out, pd.DataFrame)
