"""Poisson sampling of privacy units: inclusion statistics and entity integrity."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.sampling import PoissonUnitSampler, privacy_units, truncate_units


def _inclusion_matrix(sampler: PoissonUnitSampler, unit_ids: np.ndarray) -> np.ndarray:
    """steps x units boolean matrix of which units each batch held."""
    out = np.zeros((len(sampler), sampler.n_units), dtype=bool)
    for step, rows in enumerate(sampler):
        out[step, np.unique(unit_ids[rows])] = True
    return out


def test_record_level_inclusion_frequencies_match_poisson():
    n, q, steps = 200, 0.1, 3000
    ids = np.arange(n)
    incl = _inclusion_matrix(PoissonUnitSampler(ids, q, steps, seed=3), ids)
    per_unit = incl.mean(axis=0)
    # Each unit: Binomial(3000, 0.1), sd of the rate = 0.0055; 5 sd over 200 units.
    assert np.all(np.abs(per_unit - q) < 5 * np.sqrt(q * (1 - q) / steps))
    sizes = incl.sum(axis=1)
    # Batch size ~ Binomial(200, 0.1): mean 20, variance 18 (fixed-size batches would have 0).
    assert sizes.mean() == pytest.approx(n * q, rel=0.03)
    assert sizes.var() == pytest.approx(n * q * (1 - q), rel=0.15)
    # Independence across units: P(both in) = q^2.
    both = (incl[:, :100] & incl[:, 100:]).mean()
    assert both == pytest.approx(q * q, rel=0.1)


def test_empty_batches_are_yielded_not_skipped():
    ids = np.arange(10)
    batches = list(PoissonUnitSampler(ids, 0.05, 400, seed=0))
    assert len(batches) == 400
    empty = sum(len(b) == 0 for b in batches)
    # P(empty) = 0.95^10 = 0.599
    assert 0.52 < empty / 400 < 0.68
    assert all(b.dtype == np.int64 for b in batches)


def test_entity_rows_always_come_together_in_order(pbcseq):
    units = privacy_units(pbcseq, group_by="id")
    assert units.label == "entity:id"
    assert units.n_units == pbcseq["id"].nunique() == 312
    rows_of = {u: np.flatnonzero(units.ids == u) for u in range(units.n_units)}
    sampler = PoissonUnitSampler(units.ids, 0.05, 200, seed=1)
    seen = np.zeros(units.n_units)
    for rows in sampler:
        batch_units = units.ids[rows]
        for u in np.unique(batch_units):
            # All of the entity's rows, contiguous, in their original order.
            np.testing.assert_array_equal(rows[batch_units == u], rows_of[u])
        seen[np.unique(batch_units)] += 1
    # Entities are sampled at the unit rate whatever their number of visits.
    big = np.array([len(rows_of[u]) >= 10 for u in range(units.n_units)])
    assert seen[big].mean() / 200 == pytest.approx(0.05, rel=0.2)
    assert seen[~big].mean() / 200 == pytest.approx(0.05, rel=0.2)


def test_same_seed_same_batches_other_seed_other_batches():
    ids = np.repeat(np.arange(50), 3)
    a = [b.tolist() for b in PoissonUnitSampler(ids, 0.2, 20, seed=7)]
    b = [b.tolist() for b in PoissonUnitSampler(ids, 0.2, 20, seed=7)]
    c = [b.tolist() for b in PoissonUnitSampler(ids, 0.2, 20, seed=8)]
    assert a == b
    assert a != c


def test_full_rate_yields_every_row_each_step():
    ids = np.array([5, 2, 5, 9])
    for rows in PoissonUnitSampler(ids, 1.0, 3, seed=0):
        assert sorted(rows.tolist()) == [0, 1, 2, 3]


def test_expected_units_per_step_counts_units_not_rows():
    ids = np.repeat(np.arange(40), 5)
    assert PoissonUnitSampler(ids, 0.25, 1, seed=0).expected_units_per_step == pytest.approx(10.0)


def test_privacy_units_record_and_entity(adult):
    rec = privacy_units(adult)
    assert rec.label == "record"
    assert rec.n_units == len(adult)
    np.testing.assert_array_equal(rec.ids, np.arange(len(adult)))
    ent = privacy_units(adult, "education")
    assert ent.n_units == adult["education"].nunique()
    # Ids do not depend on row order.
    shuffled = adult.sample(frac=1.0, random_state=0)
    ent2 = privacy_units(shuffled, "education")
    mapping = dict(zip(adult["education"], ent.ids, strict=True))
    assert all(mapping[v] == i for v, i in zip(shuffled["education"], ent2.ids, strict=True))


def test_missing_entity_ids_are_refused_with_the_column_and_the_fix():
    # Each null row used to become its own unit: one person's unlabelled rows were protected
    # one by one, and preflight (nunique) and delta counted different unit numbers.
    df = pd.DataFrame({"pid": ["a", None, "a", None]})
    with pytest.raises(ConfigError, match=r"column 'pid' is empty in 2 row\(s\).*Fill the missing ids") as info:
        privacy_units(df, "pid")
    assert "\n" not in str(info.value)


def test_bad_arguments():
    with pytest.raises(ConfigError, match="group_training_examples_by"):
        privacy_units(pd.DataFrame({"a": [1]}), "b")
    with pytest.raises(ConfigError, match="sample rate"):
        PoissonUnitSampler(np.arange(3), 0.0, 1, seed=0)


def test_truncate_units_keeps_at_most_k_rows_per_entity(pbcseq):
    units = privacy_units(pbcseq, "id")
    keep = truncate_units(units.ids, 3, seed=0)
    per_unit = np.bincount(units.ids[keep], minlength=units.n_units)
    full = np.bincount(units.ids, minlength=units.n_units)
    np.testing.assert_array_equal(per_unit, np.minimum(full, 3))
    assert np.all(np.diff(keep) > 0)
    np.testing.assert_array_equal(keep, truncate_units(units.ids, 3, seed=0))
    assert not np.array_equal(keep, truncate_units(units.ids, 3, seed=1))
