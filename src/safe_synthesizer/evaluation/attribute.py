"""Attribute Inference Protection: does the synthetic table reveal training records' attributes?

The attacker knows a few quasi-identifier (QI) columns of a person and looks up the 5 nearest
synthetic rows on those columns (distance-weighted vote, so an exact QI match dominates) to guess
every other column. Guessing works on anyone when columns are related in the population, so the
risk is the EXCESS accuracy on training records over holdout records (people the generator never
saw), as a share of the room above the holdout accuracy. Per column the WORST quasi-identifier set
counts (an attacker uses the columns that work best; averaging over sets let an exact copy look
safe because most column triples do not single anyone out), then columns are weighted by their
normalised entropy.

Reproducible by construction: QI combinations come from a seeded generator over columns in
table order, categories are compared as text, vote ties go to the first category in sorted
order, and numbers count as guessed when within 5 percentile points (training CDF) - exact
float equality, the NSS rule, almost never holds.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from safe_synthesizer.evaluation.columns import Table
from safe_synthesizer.evaluation.encoding import DistanceEncoder, midrank_cdf
from safe_synthesizer.evaluation.grades import clip_score
from safe_synthesizer.evaluation.neighbors import nearest

N_NEIGHBOURS = 5
NUMERIC_TOLERANCE = 0.05
MAX_COMBINATIONS = 10
MAX_TARGET_COLUMNS = 30  # attributes guessed (first in table order); QIs come from all columns
_EPS = 1e-6
# Attacks with fresh QI sets and targets (see ``combine_repeats``): 5 where targets are few and
# the spread is wide, 3 from 500 targets on, where one attack takes seconds (2.8 s at 1,000 targets).
REPEATS = 5
REPEATS_MANY_TARGETS = 3
MANY_TARGETS = 500


def attack_repeats(n_targets: int) -> int:
    """How many attribute attacks to run for ``n_targets`` targets.

    >>> attack_repeats(150), attack_repeats(1000)
    (5, 3)
    """
    return REPEATS if n_targets < MANY_TARGETS else REPEATS_MANY_TARGETS


@dataclass
class AttributeResult:
    """Per-column accuracies (training vs baseline targets), risk and protection."""

    quasi_identifier_sets: list[list[str]]
    baseline: str
    columns: list[dict] = field(default_factory=list)
    risk: float = 0.0
    score: float = 10.0
    repeats: int = 1
    score_interval: tuple[float, float] | None = None  # lowest and highest score over repeated attacks

    def to_dict(self) -> dict:
        return {
            "quasi_identifier_sets": self.quasi_identifier_sets,
            "baseline": self.baseline,
            "columns": self.columns,
            "risk": self.risk,
            "score": self.score,
            "repeats": self.repeats,
            "score_interval": None if self.score_interval is None else list(self.score_interval),
        }


def combine_repeats(runs: list[AttributeResult]) -> AttributeResult:
    """One result from attacks repeated with fresh QI sets and targets: the median attack gives
    the score, risk and per-column details, the interval is the range over repeats. One draw of
    QI sets moved AIA by 1.2 points on a 3,000-row table, and on an exact copy one draw in five
    found no identifying set (6.8 against 0.7-2.0): the median ignores such a draw, a mean did not.

    >>> runs = [AttributeResult([], "holdout", risk=r, score=10 * (1 - r)) for r in (0.1, 0.3, 0.2)]
    >>> r = combine_repeats(runs)
    >>> round(r.score, 6), r.repeats, [round(x, 6) for x in r.score_interval], round(r.risk, 6)
    (8.0, 3, [7.0, 9.0], 0.2)
    """
    scores = np.array([r.score for r in runs])
    median = runs[int(np.argsort(scores, kind="stable")[len(runs) // 2])]
    return AttributeResult(
        quasi_identifier_sets=median.quasi_identifier_sets,
        baseline=median.baseline,
        columns=median.columns,
        risk=median.risk,
        score=median.score,
        repeats=len(runs),
        score_interval=(float(scores.min()), float(scores.max())),
    )


def qi_combinations(
    columns: list[str], size: int, rng: np.random.Generator, limit: int = MAX_COMBINATIONS
) -> list[list[str]]:
    """Up to ``limit`` QI sets of ``size`` columns, chosen by ``rng`` among all combinations
    enumerated in table order (never in set or hash order)."""
    size = min(size, len(columns) - 1)
    if size < 1:
        return []
    combos = list(itertools.combinations(columns, size))
    if len(combos) > limit:
        picks = np.sort(rng.choice(len(combos), size=limit, replace=False))
        combos = [combos[i] for i in picks]
    return [list(c) for c in combos]


def normalised_entropy(values: np.ndarray) -> float:
    """Shannon entropy over log(number of distinct values): 0 constant, 1 uniform."""
    _, counts = np.unique(values, return_counts=True)
    if counts.size < 2:
        return 0.0
    p = counts / counts.sum()
    return float(-(p * np.log(p)).sum() / np.log(counts.size))


def vote(codes: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Per row, the code with the largest total weight; ties to the smallest code.

    >>> vote(np.array([[2, 1, 1], [3, 4, 4]]), np.array([[5.0, 2.0, 2.0], [1.0, 1.0, 1.0]])).tolist()
    [2, 4]
    """
    totals = np.stack([(weights * (codes == codes[:, [j]])).sum(axis=1) for j in range(codes.shape[1])], axis=1)
    best = totals.max(axis=1, keepdims=True)
    candidates = np.where(np.isclose(totals, best, rtol=1e-9, atol=0.0), codes, np.iinfo(np.int64).max)
    return candidates.min(axis=1)


def _guess_accuracy(
    neighbours: np.ndarray, weights: np.ndarray, synthetic: np.ndarray, truth: np.ndarray, numeric: bool
) -> float:
    """Share of targets whose value the weighted neighbours guess (see the module docstring)."""
    if numeric:  # values are training-CDF positions, NaN for missing
        syn_cdf = synthetic[neighbours]
        missing = np.isnan(syn_cdf)
        w_present = np.where(missing, 0.0, weights)
        predict_missing = (weights * missing).sum(axis=1) > w_present.sum(axis=1)
        guess = (np.where(missing, 0.0, syn_cdf) * w_present).sum(axis=1) / np.maximum(w_present.sum(axis=1), _EPS)
        ok_missing = predict_missing & np.isnan(truth)
        ok_value = ~predict_missing & ~np.isnan(truth) & (np.abs(guess - np.nan_to_num(truth)) <= NUMERIC_TOLERANCE)
        return float(np.mean(ok_missing | ok_value))
    return float(np.mean(vote(synthetic[neighbours], weights) == truth))


def _encode(column: str, sorted_train: np.ndarray | None, tables: list[Table | None]) -> list[np.ndarray | None]:
    """One column of each table in a shared form: training-CDF positions (numeric) or integer
    codes whose order is the sorted order of the category text (categorical)."""
    if sorted_train is not None:
        return [None if t is None else midrank_cdf(sorted_train, t.numeric[column]) for t in tables]
    present = [t.categorical[column] for t in tables if t is not None]
    codes, uniques = pd.factorize(pd.Series(np.concatenate(present), dtype=object), use_na_sentinel=False)
    order = np.argsort(np.array(["\0" if u is None else "\1" + str(u) for u in uniques], dtype=object), kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    codes = rank[codes]
    out: list[np.ndarray | None] = []
    start = 0
    for t in tables:
        if t is None:
            out.append(None)
            continue
        out.append(codes[start : start + t.n_rows])
        start += t.n_rows
    return out


def attribute_inference(
    *,
    encoder: DistanceEncoder,
    training: Table,
    synthetic: Table,
    x_synthetic: np.ndarray,
    targets: Table,
    x_targets: np.ndarray,
    baseline: Table | None,
    x_baseline: np.ndarray | None,
    columns: list[str],
    qi_count: int,
    rng: np.random.Generator,
) -> AttributeResult:
    """Run the attack for each QI set; ``targets`` are training records, ``baseline`` holdout
    records (or ``None``: then the baseline is guessing the training's most common value)."""
    combos = qi_combinations(columns, qi_count, rng)
    guessed = columns[:MAX_TARGET_COLUMNS]
    sorted_train = {c: np.sort(v[np.isfinite(v)]) for c, v in training.numeric.items() if c in guessed}
    encoded = {c: _encode(c, sorted_train.get(c), [synthetic, targets, baseline]) for c in guessed}
    acc_t: dict[str, list[float]] = {c: [] for c in guessed}
    acc_b: dict[str, list[float]] = {c: [] for c in guessed}
    used_qi: dict[str, list[list[str]]] = {c: [] for c in guessed}
    for qi in combos:
        features = encoder.features_of(qi)
        syn_q = np.ascontiguousarray(x_synthetic[:, features])
        d_t, i_t = nearest(x_targets[:, features], syn_q, k=N_NEIGHBOURS)
        w_t = 1.0 / (d_t + _EPS)
        if baseline is not None and x_baseline is not None:
            d_b, i_b = nearest(x_baseline[:, features], syn_q, k=N_NEIGHBOURS)
            w_b = 1.0 / (d_b + _EPS)
        for column in guessed:
            if column in qi:
                continue
            numeric = column in sorted_train
            syn_values, target_values, baseline_values = encoded[column]
            acc_t[column].append(_guess_accuracy(i_t, w_t, syn_values, target_values, numeric))
            used_qi[column].append(qi)
            if baseline_values is not None:
                acc_b[column].append(_guess_accuracy(i_b, w_b, syn_values, baseline_values, numeric))
            else:
                acc_b[column].append(_prior_accuracy(training, targets, column, sorted_train.get(column)))
    details = []
    total_w = total_risk = 0.0
    for column in guessed:
        if not acc_t[column]:
            continue
        values = training.numeric[column] if column in training.numeric else training.categorical[column]
        if column in training.numeric:
            values = np.floor(np.nan_to_num(midrank_cdf(sorted_train[column], values), nan=-0.1) * 10)
        else:
            values = np.array(["\0" if v is None else v for v in values], dtype=object).astype(str)
        weight = normalised_entropy(values)
        risks = [_excess(t, b) for t, b in zip(acc_t[column], acc_b[column], strict=True)]
        worst = int(np.argmax(risks))
        a_t, a_b, risk = acc_t[column][worst], acc_b[column][worst], risks[worst]
        details.append(
            {
                "column": column,
                "accuracy_training": a_t,
                "accuracy_baseline": a_b,
                "risk": risk,
                "entropy_weight": weight,
                "quasi_identifiers": used_qi[column][worst],
                "score": clip_score(10.0 * (1.0 - risk)),
            }
        )
        total_w += weight
        total_risk += weight * risk
    risk = total_risk / total_w if total_w > 0 else 0.0
    return AttributeResult(
        combos,
        "holdout" if baseline is not None else "most common value",
        details,
        risk,
        clip_score(10.0 * (1.0 - risk)),
    )


def _excess(accuracy: float, baseline: float) -> float:
    """Excess accuracy over the baseline as a share of the room above it, in [0, 1]."""
    return 0.0 if baseline >= 1.0 else min(1.0, max(0.0, (accuracy - baseline) / (1.0 - baseline)))


def _prior_accuracy(training: Table, targets: Table, column: str, sorted_train: np.ndarray | None) -> float:
    """Accuracy of always guessing the training median (numeric) or most common value."""
    if sorted_train is not None:
        truth = midrank_cdf(sorted_train, targets.numeric[column])
        return float(np.mean(np.abs(np.nan_to_num(truth, nan=9.0) - 0.5) <= NUMERIC_TOLERANCE))
    values = pd.Series(training.categorical[column], dtype=object).fillna("\0")
    counts = values.value_counts()
    top = sorted(counts[counts == counts.max()].index)[0]
    truth = pd.Series(targets.categorical[column], dtype=object).fillna("\0")
    return float(np.mean(truth.to_numpy() == top))
