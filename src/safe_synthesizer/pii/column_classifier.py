"""A learned second opinion on columns the rules leave undecided: gradient-boosted trees over value features.

Why: each blind held-out set brings export conventions no rule was written for (a next of kin ``name (relation)
phone`` in one cell, ``Mr K Weber & Ms A Braun``, an id in a layout the code does not know), and column recall with
the names hidden stalled near 0.85 on unseen sets while shapes the rules had seen reached 0.99. The rules still carry
evidence on those columns, only below their bars or split over entities; a model trained on thousands of labelled
columns of thirty sets' shapes weighs it together (:mod:`column_features`).

The model is trained offline (``benchmarks/train_column_classifier.py``) with scikit-learn's
``HistGradientBoostingClassifier`` and shipped as plain arrays (``models/column_classifier.npz``, no pickle): the
trees are walked here with numpy, all trees at once, one level per step. It only ever answers for columns the rules
left undecided (:mod:`column_rescue`), and only above a per-entity probability the trainer chose on sets it was not
trained on.

Example::

    model = load_classifier()
    entity, probability = model.predict(feature_vector(df["Tenant"], ColumnType.TEXT))
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from safe_synthesizer.pii.column_features import FEATURE_NAMES

#: The label of a column that holds no personal data.
NO_ENTITY = "none"
MODEL_FILE = "column_classifier.npz"


@dataclass(frozen=True)
class TreeEnsemble:
    """Gradient-boosted trees as flat arrays: every tree's nodes in one table, ``roots`` where each tree starts.

    A node at index ``i`` splits on ``feature[i] <= threshold[i]`` (a missing value goes ``left`` when
    ``missing_left[i]``); a leaf adds ``value[i]`` to the raw score of class ``tree_class`` of its tree.
    """

    classes: tuple[str, ...]
    baseline: np.ndarray  # (n_classes,) raw score before any tree
    roots: np.ndarray  # (n_trees,) int32
    tree_class: np.ndarray  # (n_trees,) int16
    feature: np.ndarray  # (n_nodes,) int16
    threshold: np.ndarray  # (n_nodes,) float64
    left: np.ndarray  # (n_nodes,) int32, global index
    right: np.ndarray  # (n_nodes,) int32, global index
    value: np.ndarray  # (n_nodes,) float64
    is_leaf: np.ndarray  # (n_nodes,) bool
    missing_left: np.ndarray  # (n_nodes,) bool
    min_probability: np.ndarray  # (n_classes,) the probability an answer of that class needs
    feature_names: tuple[str, ...]

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """Class probabilities, shape ``(n_rows, n_classes)`` (``rows`` is ``(n_rows, n_features)``)."""
        rows = np.atleast_2d(np.asarray(rows, dtype=np.float64))
        raw = np.tile(self.baseline, (len(rows), 1))
        for r, x in enumerate(rows):
            node = self.roots.copy()
            while not self.is_leaf[node].all():
                values = x[self.feature[node]]
                go_left = np.where(np.isnan(values), self.missing_left[node], values <= self.threshold[node])
                node = np.where(self.is_leaf[node], node, np.where(go_left, self.left[node], self.right[node]))
            raw[r] += np.bincount(self.tree_class, weights=self.value[node], minlength=len(self.classes))
        raw -= raw.max(axis=1, keepdims=True)
        exp = np.exp(raw)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, x: np.ndarray) -> tuple[str, float]:
        """The most likely class of one feature vector and its probability; :data:`NO_ENTITY` when that class is
        personal data below its :attr:`min_probability`."""
        probs = self.probabilities(x)[0]
        best = int(probs.argmax())
        if self.classes[best] != NO_ENTITY and probs[best] < self.min_probability[best]:
            return NO_ENTITY, float(probs[self.classes.index(NO_ENTITY)]) if NO_ENTITY in self.classes else 0.0
        return self.classes[best], float(probs[best])

    def save(self, path: Path) -> None:
        """Write the ensemble as a compressed ``.npz`` of plain arrays (readable without pickle)."""
        np.savez_compressed(
            path, classes=np.array(self.classes), baseline=self.baseline, roots=self.roots,
            tree_class=self.tree_class, feature=self.feature, threshold=self.threshold, left=self.left,
            right=self.right, value=self.value, is_leaf=self.is_leaf, missing_left=self.missing_left,
            min_probability=self.min_probability, feature_names=np.array(self.feature_names),
        )  # fmt: skip

    @classmethod
    def load(cls, path: Path) -> TreeEnsemble:
        """Read an ensemble written by :meth:`save`."""
        with np.load(path, allow_pickle=False) as data:
            return cls(
                classes=tuple(str(c) for c in data["classes"]), baseline=data["baseline"].astype(np.float64),
                roots=data["roots"], tree_class=data["tree_class"], feature=data["feature"].astype(np.intp),
                threshold=data["threshold"].astype(np.float64), left=data["left"].astype(np.intp),
                right=data["right"].astype(np.intp), value=data["value"].astype(np.float64),
                is_leaf=data["is_leaf"].astype(bool), missing_left=data["missing_left"].astype(bool),
                min_probability=data["min_probability"].astype(np.float64),
                feature_names=tuple(str(n) for n in data["feature_names"]),
            )  # fmt: skip


def from_sklearn(model, feature_names: tuple[str, ...], min_probability: dict[str, float]) -> TreeEnsemble:
    """The arrays of a fitted ``HistGradientBoostingClassifier`` (numeric features only), with the probability
    each class needs (classes not in ``min_probability`` need 0)."""
    classes = tuple(str(c) for c in model.classes_)
    predictors = model._predictors  # [iteration][class] -> TreePredictor with a structured ``nodes`` array
    nodes, roots, tree_class, offset = [], [], [], 0
    for iteration in predictors:
        for k, predictor in enumerate(iteration):
            tree = predictor.nodes
            nodes.append((tree, offset))
            roots.append(offset)
            tree_class.append(k if len(iteration) > 1 else 1)
            offset += len(tree)
    table = np.concatenate([t for t, _ in nodes])
    shift = np.concatenate([np.full(len(t), o) for t, o in nodes])
    baseline = np.asarray(model._baseline_prediction, dtype=np.float64).reshape(-1)
    if len(classes) == 2:  # binary: one tree per iteration scores class 1 against class 0
        baseline = np.array([0.0, baseline[0]])
    return TreeEnsemble(
        classes=classes, baseline=baseline, roots=np.array(roots, dtype=np.int32),
        tree_class=np.array(tree_class, dtype=np.int16), feature=table["feature_idx"].astype(np.int16),
        threshold=table["num_threshold"].astype(np.float64), left=(table["left"] + shift).astype(np.int32),
        right=(table["right"] + shift).astype(np.int32), value=table["value"].astype(np.float64),
        is_leaf=table["is_leaf"].astype(bool), missing_left=table["missing_go_to_left"].astype(bool),
        min_probability=np.array([min_probability.get(c, 0.0) for c in classes]), feature_names=feature_names,
    )  # fmt: skip


@functools.cache
def load_classifier() -> TreeEnsemble | None:
    """The shipped model, or ``None`` when it was built for other features than :data:`FEATURE_NAMES` (a stale
    file: the rules alone decide then, as before the classifier existed)."""
    with resources.as_file(resources.files("safe_synthesizer.pii") / "models" / MODEL_FILE) as path:
        if not path.exists():
            return None
        model = TreeEnsemble.load(path)
    return model if model.feature_names == FEATURE_NAMES else None
