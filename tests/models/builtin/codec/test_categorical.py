"""Categorical encoder: the vectorised counting and lookup give what one value at a time gives."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.models.builtin.codec import ExactStatistics, Protection
from safe_synthesizer.models.builtin.codec.base import to_native
from safe_synthesizer.models.builtin.codec.categorical import CategoricalEncoder, _factorize, _isna, _key
from safe_synthesizer.models.builtin.constraints import _mapping

PROTECT = Protection(min_count=2)


class _RowByRow(ExactStatistics):
    """Overrides ``frequent_values``, so the encoder must hand it one value per record (as to DP)."""

    calls: list[int]

    def __init__(self) -> None:
        self.calls = []

    def frequent_values(self, values, min_count):
        self.calls.append(len(values))
        return super().frequent_values(values, min_count)


def _reference_tokens(encoder: CategoricalEncoder, series: pd.Series) -> list[int]:
    """The encoding written the slow way: one dictionary look-up per value."""
    index = {_key(v): i for i, v in enumerate(encoder.categories)}
    fallback = encoder.rare_token if encoder.has_rare else 0
    missing = encoder.missing_token if encoder.has_missing else fallback
    return [missing if _isna(v) else index.get(_key(to_native(v)), fallback) for v in series.tolist()]


MIXED = [
    pd.Series(["b", "a", None, "b", "c", "a", np.nan, "b"], dtype=object),
    pd.Series(["b", "a", None, "b", "c", "a", "b"], dtype="string"),
    pd.Series([1, 1.0, 2, 2.0, 3, np.nan, 1], dtype=object),  # 1 and 1.0 are one category
    pd.Series([1.5, 2.5, 1.5, np.nan, 2.5, 9.0]),
    pd.Series([True, 1, True, 1, "1", "1", None], dtype=object),  # True, 1 and "1" stay apart
    pd.Series([3, 3, 4, 4, 5], dtype=np.int64),
]


@pytest.mark.parametrize("series", MIXED, ids=lambda s: str(s.dtype) + str(len(s)))
def test_vectorised_encoding_equals_the_value_by_value_lookup(series):
    encoder = CategoricalEncoder.fit("c", series, stats=ExactStatistics(), protection=PROTECT)
    assert encoder.encode(series)[:, 0].tolist() == _reference_tokens(encoder, series)
    # Unseen and missing values in new data take the rare / missing tokens as before.
    new = pd.Series([*series.tolist()[:3], "never seen", None], dtype=object)
    assert encoder.encode(new)[:, 0].tolist() == _reference_tokens(encoder, new)


def test_bools_next_to_numbers_are_not_pooled():
    codes, natives = _factorize(pd.Series([True, 1, 1.0, "1", None, True], dtype=object))
    assert codes.tolist() == [0, 1, 1, 2, -1, 0]
    assert [_key(v) for v in natives] == [("bool", "True"), ("num", "1.0"), ("str", "1")]


def test_counts_given_to_exact_statistics_match_one_value_per_record():
    rng = np.random.default_rng(0)
    series = pd.Series(rng.choice(["a", "b", "c", "d", "rare1", "rare2"], size=500,
                                  p=[0.4, 0.3, 0.2, 0.096, 0.002, 0.002]), dtype=object)
    series[rng.random(500) < 0.05] = None
    fast = CategoricalEncoder.fit("c", series, stats=ExactStatistics(), protection=Protection(min_count=5))
    row_by_row = _RowByRow()
    slow = CategoricalEncoder.fit("c", series, stats=row_by_row, protection=Protection(min_count=5))
    assert row_by_row.calls == [int(series.notna().sum())]  # the provider saw every present record
    assert fast.to_dict() == slow.to_dict()
    assert fast.categories == ["a", "b", "c", "d"] and fast.has_rare and fast.has_missing


def test_pair_mapping_is_the_same_for_small_and_large_token_ranges():
    rng = np.random.default_rng(1)
    a = rng.integers(0, 30, 5000)
    b = (a * 7) % 11
    small = _mapping(a, b)
    # A target slot with a huge vocabulary takes the sort path instead of the flag table.
    large = _mapping(a, b + 10_000_000)
    assert small is not None and large is not None
    assert [t - 10_000_000 if t >= 0 else t for t in large] == small
    b_broken = b.copy()
    b_broken[np.flatnonzero(a == 3)[:1]] = 0 if b[a == 3][0] else 1
    assert _mapping(a, b_broken) is None


def _codes(n: int, seed: int) -> pd.Series:
    """ICD-like codes: a frequent one and a long tail of rare ``J99.9`` codes."""
    rng = np.random.default_rng(seed)
    rare = [f"J{rng.integers(0, 99):02d}.{rng.integers(0, 9)}" for _ in range(n)]
    return pd.Series(["U07.1" if i % 4 == 0 else code for i, code in enumerate(rare)], dtype=object)


def test_generated_codes_keep_the_layout_of_a_code_like_column():
    series = _codes(1200, 1)
    encoder = CategoricalEncoder.fit("code", series, stats=ExactStatistics(), protection=Protection())
    assert encoder.mode == "text"
    assert encoder.tail_shapes == ["A99.9"]
    # Junk tails: each tail slot's tokens shuffled independently across rows.
    tokens = encoder.encode(series)
    rng = np.random.default_rng(2)
    rows = tokens[tokens[:, 0] == encoder.rare_token].copy()
    for j in range(1, rows.shape[1]):
        rng.shuffle(rows[:, j])
    out = encoder.decode(rows, rng)
    assert out.str.fullmatch(r"[A-Z]\d\d\.\d").all()


def test_free_strings_have_no_layout_filter():
    rng = np.random.default_rng(3)
    words = ["Senior", "Data", "Engineer", "Nurse", "Head of", "Clinical", "Lead", "Analyst", "Chief"]
    titles = pd.Series([" ".join(rng.choice(words, size=rng.integers(1, 4))) for _ in range(800)], dtype=object)
    encoder = CategoricalEncoder.fit("title", titles, stats=ExactStatistics(), protection=Protection())
    assert encoder.tail_shapes == []


def test_a_column_of_rare_codes_never_comes_out_empty() -> None:
    """Probe 4: 600 journal numbers 'JE-2024-00xxx' (4 rows each, all rare): every generated
    tail string was a training value or misshapen, nothing frequent was left to resample, and
    the whole 'Journal' column came out empty."""
    series = pd.Series([f"JE-2024-{i // 4:05d}" for i in range(2400)], dtype=object)
    encoder = CategoricalEncoder.fit("Journal", series, stats=ExactStatistics(), protection=Protection())
    assert encoder.mode == "text" and encoder.categories == []
    tokens = encoder.encode(series)[:300]  # tails that spell training values exactly: all "copied"
    out = encoder.decode(tokens, np.random.default_rng(4))
    assert out.notna().all()
    assert out.str.fullmatch(r"JE-2024-\d{5}").all()
    assert not out.isin(set(series)).any()
    # A few usable strings among copies: not one of them repeated over every row.
    unseen = pd.Series([f"JE-2024-{i:05d}" for i in range(900, 905)], dtype=object)
    tokens = np.concatenate([encoder.encode(series)[:295], encoder.encode(unseen)])
    out = encoder.decode(tokens, np.random.default_rng(5))
    assert out.nunique() > 100 and not out.isin(set(series)).any()
