"""DP statistics for the codec: vocabularies, quantiles, bounds, length limits."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.privacy.preprocessing import (
    dp_bounds,
    dp_category_vocabulary,
    dp_item_counts,
    dp_length_limit,
    dp_quantiles,
    dp_token_vocabulary,
    vocabulary_threshold,
)


def _rng(seed: int = 0) -> np.random.Generator:
    return np.random.default_rng(seed)


def test_singleton_categories_are_never_emitted_whatever_the_noise(adult):
    col = adult["native-country"]
    counts = col.value_counts()
    singletons = set(counts[counts == 1].index)
    doubles = set(counts[counts == 2].index)
    assert singletons and doubles
    emitted_doubles = 0
    # A huge epsilon and delta make the threshold ~1: doubles pass often, singletons never.
    for seed in range(300):
        vocab = set(dp_category_vocabulary(col, 50.0, delta=0.4, rng=_rng(seed)))
        assert not vocab & singletons
        emitted_doubles += len(vocab & doubles)
    assert emitted_doubles > 0


def test_entity_level_counts_entities_not_rows(pbcseq):
    # Give one patient a private category on all of their visits: one entity, many rows.
    df = pbcseq.copy()
    first = df["id"].value_counts().index[0]
    df["note"] = np.where(df["id"] == first, "only-this-patient", "common")
    n_rows = int((df["id"] == first).sum())
    assert n_rows > 5
    for seed in range(100):
        vocab = dp_category_vocabulary(df["note"], 50.0, delta=0.4, rng=_rng(seed), unit_ids=df["id"].to_numpy())
        assert list(vocab) == ["common"]
        assert vocab["common"] == pytest.approx(df["id"].nunique() - 1, abs=20)  # noisy entity count
    # At record level the same rows count separately and the category shows up.
    assert "only-this-patient" in dp_category_vocabulary(df["note"], 50.0, delta=0.4, rng=_rng(0))


def test_threshold_release_probability_is_delta():
    # A category held by exactly min_count units is the worst case: P(emit) = delta exactly.
    col = pd.Series(["big"] * 1000 + ["edge"] * 2)
    eps, delta, trials = 1.0, 0.05, 3000
    hits = sum("edge" in dp_category_vocabulary(col, eps, delta=delta, rng=_rng(s)) for s in range(trials))
    assert hits / trials == pytest.approx(delta, abs=4 * np.sqrt(delta * (1 - delta) / trials))
    assert vocabulary_threshold(eps, delta) == pytest.approx(1 + np.log(1 / (2 * delta)))


def test_contribution_bound_limits_what_one_entity_can_reveal():
    # Entity 0 holds 100 categories; each is also held by one other entity (so count 2 with
    # entity 0, 1 without). Only categories where entity 0's contribution was kept can pass.
    cats = [f"c{i}" for i in range(100)]
    values = pd.Series(cats + cats)
    units = np.concatenate([np.zeros(100, dtype=np.int64), np.arange(1, 101)])
    for seed in range(20):
        vocab = dp_category_vocabulary(
            values, 50.0, delta=0.4, rng=_rng(seed), unit_ids=units, max_categories_per_unit=3
        )
        assert len(vocab) <= 3


def test_frequent_categories_survive_a_realistic_budget(adult):
    vocab = dp_category_vocabulary(adult["occupation"], 1.0, delta=1e-6, rng=_rng(0))
    top = adult["occupation"].value_counts().index[:10].tolist()
    assert set(top) <= set(vocab)
    # Ordered by noisy count: the most frequent category comes first, with its noisy count.
    assert next(iter(vocab)) == top[0]
    assert vocab[top[0]] == pytest.approx(adult["occupation"].value_counts().iloc[0], abs=30)
    assert dp_category_vocabulary(adult["occupation"], 1.0, delta=1e-6, rng=_rng(0)) == vocab


def test_missing_values_are_not_categories(reviews):
    vocab = dp_category_vocabulary(reviews["Division Name"], 1.0, delta=1e-6, rng=_rng(1))
    assert all(isinstance(v, str) for v in vocab)
    assert {"General", "General Petite"} <= set(vocab)


def _words(text: object) -> list[str]:
    return re.findall(r"[a-z']+", str(text).lower()) if isinstance(text, str) else []


def test_token_vocabulary_on_review_text(reviews):
    tokens = [_words(t) for t in reviews["Review Text"]]
    vocab = dp_token_vocabulary(tokens, 1.0, delta=1e-6, rng=_rng(0), max_tokens_per_unit=64)
    assert {"the", "and", "it", "love"} <= set(vocab)
    holders: dict[str, set[int]] = {}
    for i, toks in enumerate(tokens):
        for t in set(toks):
            holders.setdefault(t, set()).add(i)
    once = {t for t, rows in holders.items() if len(rows) == 1}
    assert len(once) > 100
    for seed in range(5):
        big = dp_token_vocabulary(tokens, 50.0, delta=0.4, rng=_rng(seed), max_tokens_per_unit=200)
        assert not set(big) & once
    # A bigger per-unit allowance costs noise: fewer tokens clear the threshold at the same budget.
    narrow = dp_token_vocabulary(tokens, 1.0, delta=1e-6, rng=_rng(0), max_tokens_per_unit=8)
    wide = dp_token_vocabulary(tokens, 1.0, delta=1e-6, rng=_rng(0), max_tokens_per_unit=512)
    assert len(wide) < len(vocab) or len(narrow) < len(vocab)


def test_quantiles_are_accurate_on_real_columns(adult):
    age = adult["age"].to_numpy(float)
    qs = [0.1, 0.25, 0.5, 0.75, 0.9]
    got = dp_quantiles(age, qs, 1.0, (0, 120), _rng(0), integer=True)
    np.testing.assert_allclose(got, np.quantile(age, qs), atol=2)
    assert np.all(np.diff(got) >= 0)
    assert np.all(got == np.round(got))
    # Ties: capital-gain is mostly 0, so its median and 75% quantile are 0 exactly.
    gain = adult["capital-gain"].to_numpy(float)
    np.testing.assert_array_equal(dp_quantiles(gain, [0.5, 0.75], 1.0, (0, 100_000), _rng(0), integer=True), [0, 0])
    # Continuous column on a linear grid.
    chol = adult["hours-per-week"].to_numpy(float)
    assert dp_quantiles(chol, [0.5], 1.0, (0, 100), _rng(3))[0] == pytest.approx(np.median(chol), abs=1.0)


def test_quantiles_bound_each_entity_contribution():
    rng = _rng(5)
    values = np.concatenate([np.full(5000, 100.0), rng.normal(30, 5, 1000)])
    units = np.concatenate([np.zeros(5000, dtype=np.int64), np.arange(1, 1001)])
    as_records = dp_quantiles(values, [0.5], 1.0, (0, 200), _rng(0))[0]
    as_entities = dp_quantiles(values, [0.5], 1.0, (0, 200), _rng(0), unit_ids=units)[0]
    assert as_records == pytest.approx(100, abs=1)
    assert as_entities == pytest.approx(30, abs=2)


def test_bounds_without_public_metadata(adult, pbcseq):
    age = adult["age"].to_numpy(float)
    lo, hi = dp_bounds(age, 1.0, _rng(0), integer=True)
    assert 14 <= lo <= 20
    assert 85 <= hi <= 100
    # Negative, continuous values (pbcseq bilirubin is positive; use its log, partly negative).
    logbili = np.log(pbcseq["bili"].to_numpy(float))
    lo, hi = dp_bounds(logbili, 2.0, _rng(1), tail=0.0)
    # With tail 0 the ends sit within the mechanism's rank error (~2% of 1945 values here).
    assert lo <= np.nanquantile(logbili, 0.02)
    assert hi >= np.nanquantile(logbili, 0.98)
    assert lo < 0 < hi


def test_length_limit_of_entities(pbcseq):
    visits = pbcseq.groupby("id").size().to_numpy()
    limit = dp_length_limit(visits, 1.0, _rng(0), cap=512)
    assert np.quantile(visits, 0.8) <= limit <= 1.3 * visits.max()


def test_invalid_arguments():
    with pytest.raises(ValueError, match="delta > 0"):
        dp_category_vocabulary(pd.Series(["a"]), 1.0, delta=0.0, rng=_rng())
    with pytest.raises(ValueError, match="epsilon"):
        dp_quantiles(np.arange(3.0), [0.5], 0.0, (0, 1), _rng())
    with pytest.raises(ValueError, match="bounds"):
        dp_quantiles(np.arange(3.0), [0.5], 1.0, (1, 1), _rng())


def test_rows_per_unit_bound_suppresses_single_entity_categories():
    # An entity cut to 3 rows, all with its own category: without unit ids the mechanism must be
    # told that one unit may own 3 rows, and then never emits the category.
    values = pd.Series(["solo"] * 3 + ["common"] * 400)
    leaked = 0
    for seed in range(100):
        assert "solo" not in dp_category_vocabulary(values, 50.0, delta=0.4, rng=_rng(seed), max_rows_per_unit=3)
        leaked += "solo" in dp_category_vocabulary(values, 50.0, delta=0.4, rng=_rng(seed))
    assert leaked > 0  # treating the rows as separate units would leak it


def test_rows_per_unit_threshold_matches_its_delta():
    # Worst case for K = 3 rows per unit: a count of 2K (two units) sits at shifted count K;
    # the chance it clears the threshold is delta / l1 = delta / 3 (union bound over 3 items).
    values = pd.Series(["big"] * 1000 + ["edge"] * 6)
    eps, delta, trials = 2.0, 0.3, 3000
    hits = sum(
        "edge" in dp_category_vocabulary(values, eps, delta=delta, rng=_rng(s), max_rows_per_unit=3)
        for s in range(trials)
    )
    p = delta / 3
    assert hits / trials == pytest.approx(p, abs=4 * np.sqrt(p * (1 - p) / trials))


def test_item_counts_for_token_ids():
    rows = [[5, 7, 7], [5, 9], [5], [11]] * 300 + [[42]]
    counts = dp_item_counts(rows, 1.0, delta=1e-6, rng=_rng(0), max_items_per_row=4)
    assert set(counts) == {5, 7, 9, 11}
    assert counts[5] == pytest.approx(900, abs=40)


def test_histogram_cells_depend_on_public_size_only(monkeypatch):
    # The cell count of the quantile histogram used len(values): the exact count of non-missing
    # values, not public. Now it is a function of n_public (units) only.
    from safe_synthesizer.privacy import quantiles as q

    seen: list[int] = []
    original = q._histogram_quantiles

    def spy(x, quantiles, epsilon, lo, hi, sensitivity, rng, cells, **kwargs):
        seen.append(cells)
        return original(x, quantiles, epsilon, lo, hi, sensitivity, rng, cells, **kwargs)

    monkeypatch.setattr(q, "_histogram_quantiles", spy)
    levels = [0.25, 0.5, 0.75]
    for n in (200, 5000):
        x = _rng(n).normal(50, 10, n)
        dp_quantiles(x, levels, 1.0, (0, 100), _rng(0), n_public=1000)
    assert seen[0] == seen[1] == q.histogram_cells(1000, 1.0, 1)


def test_bounds_without_signal_release_no_range():
    # Too few values for the epsilon: the old fallback returned a random magnitude bin.
    x = _rng(0).integers(1, 5, 40).astype(float)
    assert all(dp_bounds(x, 0.05, _rng(seed)) is None for seed in range(20))


def test_gaussian_histogram_quantiles_beat_laplace_at_the_same_rho(adult):
    """Given ``rho`` the quantile histogram gets Gaussian noise (rho-zCDP); the pure-DP histogram
    at epsilon sqrt(2 rho) (what the same rho buys a pure release) has sqrt(2) times its noise.
    Where the noise, not the cell width, limits the answers (few units per rho, as here) the
    rank error falls by ~30 %; at Adult's full size and epsilon 1 (rho 4e-5) the cells dominate
    and the two are within 10 %."""
    age = adult["age"].to_numpy(float)
    levels = np.linspace(0, 1, 65)[1:-1].tolist()
    rho = 3e-6
    epsilon = float(np.sqrt(2 * rho))
    sorted_age = np.sort(age)

    def rank_error(out: np.ndarray) -> float:
        ranks = np.searchsorted(sorted_age, out, side="left") / len(age)
        return float(np.mean(np.abs(ranks - np.asarray(levels))))

    gauss = [rank_error(dp_quantiles(age, levels, epsilon, (0, 128), _rng(s), n_public=len(age), rho=rho))
             for s in range(30)]
    laplace = [rank_error(dp_quantiles(age, levels, epsilon, (0, 128), _rng(s), n_public=len(age)))
               for s in range(30)]
    assert np.mean(gauss) < 0.8 * np.mean(laplace)
    got = dp_quantiles(age, [0.25, 0.5, 0.75], epsilon, (0, 128), _rng(0), n_public=len(age), rho=rho)
    assert np.all(np.diff(got) >= 0) and got[1] == pytest.approx(np.median(age), abs=8)
    with pytest.raises(ValueError, match="rho"):
        dp_quantiles(age, [0.5], 1.0, (0, 128), _rng(0), rho=0.0)
