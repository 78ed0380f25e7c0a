"""Deep Structure Stability: compare the tables along the training table's principal components."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from safe_synthesizer.evaluation.columns import Table
from safe_synthesizer.evaluation.encoding import category_codes, vocabulary
from safe_synthesizer.evaluation.grades import clip_score
from safe_synthesizer.evaluation.histograms import numeric_js

N_COMPONENTS = 2
MAX_CATEGORIES = 30
SCATTER_POINTS = 1500


@dataclass
class DeepStructureResult:
    """JS distance per principal component, the score, and a sample of projected points."""

    component_distances: list[float]
    explained_variance_ratio: list[float]
    score: float | None
    training_points: np.ndarray
    synthetic_points: np.ndarray

    def to_dict(self) -> dict:
        return {
            "component_js_distances": self.component_distances,
            "explained_variance_ratio": self.explained_variance_ratio,
            "score": self.score,
        }


def distance_to_score(r: float) -> float:
    """NSS mapping: 10 * exp(-1.6 r).

    >>> round(distance_to_score(0.0), 3), round(distance_to_score(0.5), 3)
    (10.0, 4.493)
    """
    return clip_score(10.0 * np.exp(-1.6 * r))


def _design(table: Table, columns: list[str], fitted: dict | None) -> tuple[np.ndarray, dict]:
    """Numeric values and one-hot categories, standardised with the training table's statistics."""
    blocks: list[np.ndarray] = []
    fitted = {} if fitted is None else fitted
    for name in columns:
        if name in table.numeric:
            values = table.numeric[name]
            if name not in fitted:
                finite = values[np.isfinite(values)]
                fitted[name] = float(np.median(finite)) if finite.size else 0.0
            blocks.append(np.where(np.isfinite(values), values, fitted[name])[:, None])
        else:
            if name not in fitted:
                fitted[name] = vocabulary(table.categorical[name], MAX_CATEGORIES)
            codes = category_codes(table.categorical[name], fitted[name])
            onehot = np.zeros((table.n_rows, len(fitted[name]) + 2))
            onehot[np.arange(table.n_rows), codes] = 1.0
            blocks.append(onehot)
    return np.hstack(blocks), fitted


def deep_structure(
    training: Table, synthetic: Table, columns: list[str], rng: np.random.Generator
) -> DeepStructureResult:
    """Standardise (fit on training), project both tables on the training's first two principal
    components, and take the mean JS distance of the per-component histograms (shared Doane bins)."""
    empty = np.zeros((0, N_COMPONENTS))
    if not columns or training.n_rows < 3 or synthetic.n_rows < 1:
        return DeepStructureResult([], [], None, empty, empty)
    x_train, fitted = _design(training, columns, None)
    x_synth, _ = _design(synthetic, columns, fitted)
    mean = x_train.mean(axis=0)
    std = x_train.std(axis=0)
    std[std == 0] = 1.0
    z_train = (x_train - mean) / std
    z_synth = (x_synth - mean) / std
    # Principal axes from the SVD of the standardised training matrix; signs fixed so the
    # largest loading of each axis is positive (deterministic orientation for the plot).
    _, singular, vt = np.linalg.svd(z_train, full_matrices=False)
    k = min(N_COMPONENTS, vt.shape[0])
    axes = vt[:k]
    signs = np.sign(axes[np.arange(k), np.abs(axes).argmax(axis=1)])
    axes = axes * signs[:, None]
    variance = singular**2
    ratio = (variance[:k] / variance.sum()).tolist() if variance.sum() > 0 else [0.0] * k
    p_train, p_synth = z_train @ axes.T, z_synth @ axes.T
    distances = [numeric_js(p_train[:, i], p_synth[:, i])[0] for i in range(k)]
    score = distance_to_score(float(np.mean(distances)))
    pick_t = rng.choice(len(p_train), size=min(SCATTER_POINTS, len(p_train)), replace=False)
    pick_s = rng.choice(len(p_synth), size=min(SCATTER_POINTS, len(p_synth)), replace=False)
    return DeepStructureResult(distances, ratio, score, p_train[np.sort(pick_t)], p_synth[np.sort(pick_s)])
