"""Utility: train on synthetic, test on real (TSTR) next to train on real, test on real (TRTR).

Both models are scikit-learn histogram gradient boosting with the same settings and the same
number of training rows; both are tested on the holdout, which neither saw.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from safe_synthesizer.evaluation.columns import Table
from safe_synthesizer.evaluation.encoding import category_codes, vocabulary

MAX_CLASSES = 20
MAX_CATEGORIES = 250  # HistGradientBoosting allows at most 255 categories per feature


@dataclass
class UtilityResult:
    """Metrics of both models side by side, or the reason utility could not be measured."""

    target: str | None
    task: str | None  # "classification" or "regression"
    n_train_rows: int = 0
    n_test_rows: int = 0
    real: dict[str, float | None] = field(default_factory=dict)
    synthetic: dict[str, float | None] = field(default_factory=dict)
    unavailable: str | None = None

    def to_dict(self) -> dict:
        return {
            "target": self.target,
            "task": self.task,
            "n_train_rows": self.n_train_rows,
            "n_test_rows": self.n_test_rows,
            "train_real_test_real": self.real,
            "train_synthetic_test_real": self.synthetic,
            "unavailable": self.unavailable,
        }


def choose_target(training: Table, columns: list[str], requested: str | None) -> tuple[str | None, str | None]:
    """The target column and task.

    Automatic choice: among categorical (or small-integer) columns with 2-20 distinct values, the
    one with the FEWEST classes, ties to the last in table order (datasets usually put the label
    last; few classes keep the boosting models fast). Without such a column, the last numeric
    column with more than 10 distinct values, as a regression target.
    """
    if requested is not None:
        if requested in training.categorical:
            return requested, "classification"
        if requested in training.numeric:
            return requested, "regression"
        return None, None
    best: tuple[int, int, str] | None = None
    regression: str | None = None
    for position, column in enumerate(columns):
        values = training.categorical.get(column)
        if values is None:
            numbers = training.numeric[column]
            finite = numbers[np.isfinite(numbers)]
            n_unique = np.unique(finite).size
            if finite.size and np.all(finite == np.round(finite)) and 2 <= n_unique <= 10:
                candidate = (n_unique, -position, column)
            else:
                regression = column if n_unique > 10 else regression
                continue
        else:
            n_unique = len({v for v in values if v is not None})
            if not 2 <= n_unique <= MAX_CLASSES:
                continue
            candidate = (n_unique, -position, column)
        best = candidate if best is None or candidate < best else best
    if best is not None:
        return best[2], "classification"
    if regression is not None:
        return regression, "regression"
    return None, None


def _labels(table: Table, column: str) -> np.ndarray:
    if column in table.categorical:
        return table.categorical[column]
    values = table.numeric[column]
    return np.array([None if np.isnan(v) else repr(float(v)) for v in values], dtype=object)


def _features(table: Table, columns: list[str], vocabularies: dict[str, list[str]]) -> np.ndarray:
    blocks = []
    for column in columns:
        if column in table.numeric:
            blocks.append(table.numeric[column])
        else:
            vocab = vocabularies[column]
            codes = category_codes(table.categorical[column], vocab).astype(float)
            codes[codes >= len(vocab)] = np.nan  # other / missing
            blocks.append(codes)
    return np.column_stack(blocks) if blocks else np.zeros((table.n_rows, 0))


def _fit_and_score(train: Table, test: Table, target: str, task: str, features: list[str], seed: int) -> dict:
    from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
    from sklearn.metrics import accuracy_score, f1_score, mean_absolute_error, r2_score

    vocabularies = {c: vocabulary(train.categorical[c], MAX_CATEGORIES) for c in features if c in train.categorical}
    mask = np.array([c in train.categorical for c in features], dtype=bool)
    x_train, x_test = _features(train, features, vocabularies), _features(test, features, vocabularies)
    # A feature with no value at all in the training side (an empty column, or one the model
    # never generated) carries nothing to learn, and the model's binning refuses it.
    usable = np.isfinite(x_train).any(axis=0) if x_train.size else np.zeros(x_train.shape[1], dtype=bool)
    x_train, x_test, mask = x_train[:, usable], x_test[:, usable], mask[usable]
    if not usable.any():
        x_train, x_test = np.zeros((len(x_train), 1)), np.zeros((len(x_test), 1))
        mask = np.zeros(1, dtype=bool)
    if task == "regression":
        y_train, y_test = train.numeric[target], test.numeric[target]
        keep_tr, keep_te = np.isfinite(y_train), np.isfinite(y_test)
        if not keep_tr.any():  # no labelled row left (a synthetic target that is all missing)
            return {"r2": None, "mae": None}
        model = HistGradientBoostingRegressor(categorical_features=mask, random_state=seed)
        model.fit(x_train[keep_tr], y_train[keep_tr])
        pred = model.predict(x_test[keep_te])
        return {"r2": float(r2_score(y_test[keep_te], pred)), "mae": float(mean_absolute_error(y_test[keep_te], pred))}
    y_train, y_test = _labels(train, target), _labels(test, target)
    keep_tr = np.array([v is not None for v in y_train])
    keep_te = np.array([v is not None for v in y_test])
    x_fit, y_train, y_test = x_train[keep_tr], y_train[keep_tr].astype(str), y_test[keep_te].astype(str)
    # A class seen once cannot be learnt, and the model's stratified early-stopping split refuses it.
    labels, counts = np.unique(y_train, return_counts=True)
    if (counts < 2).any() and (counts >= 2).any():
        seen_twice = np.isin(y_train, labels[counts >= 2])
        x_fit, y_train = x_fit[seen_twice], y_train[seen_twice]
    if len(y_train) == 0:  # no labelled row left (e.g. a synthetic target that is all missing)
        return {"accuracy": 0.0, "macro_f1": None, "auc": None}
    if np.unique(y_train).size < 2:
        return {"accuracy": float(np.mean(y_test == y_train[0])), "macro_f1": None, "auc": None}
    model = HistGradientBoostingClassifier(categorical_features=mask, random_state=seed)
    model.fit(x_fit, y_train)
    proba = model.predict_proba(x_test[keep_te])
    pred = model.classes_[proba.argmax(axis=1)]
    return {
        "accuracy": float(accuracy_score(y_test, pred)),
        "macro_f1": float(f1_score(y_test, pred, average="macro", zero_division=0)),
        "auc": macro_auc(y_test, proba, list(model.classes_)),
    }


def macro_auc(y_true: np.ndarray, proba: np.ndarray, classes: list[str]) -> float | None:
    """One-vs-rest ROC AUC averaged over the classes present in ``y_true`` (0.5 for a class the
    model never saw); for two classes this is the usual binary AUC."""
    from sklearn.metrics import roc_auc_score

    aucs = []
    for label in sorted(set(y_true.tolist())):
        positive = y_true == label
        if positive.all():
            continue
        if label in classes:
            aucs.append(float(roc_auc_score(positive, proba[:, classes.index(label)])))
        else:
            aucs.append(0.5)
    return float(np.mean(aucs)) if aucs else None


def utility(
    training: Table,
    synthetic: Table,
    holdout: Table | None,
    columns: list[str],
    requested_target: str | None,
    *,
    max_rows: int,
    rng: np.random.Generator,
    seed: int,
) -> UtilityResult:
    """TSTR vs TRTR for the requested or automatically chosen target."""
    target, task = choose_target(training, columns, requested_target)
    if requested_target is not None and target is None:
        return UtilityResult(
            requested_target,
            None,
            unavailable=f"target column {requested_target!r} is not a "
            "numeric or categorical column of the evaluated tables",
        )
    if target is None or task is None:
        return UtilityResult(None, None, unavailable="no suitable target column (set evaluation.target_column)")
    if holdout is None or holdout.n_rows < 10:
        return UtilityResult(target, task, unavailable="no holdout (test) table to test the models on")
    features = [c for c in columns if c != target]
    if not features:
        return UtilityResult(target, task, unavailable="no feature columns besides the target")
    n = min(training.n_rows, synthetic.n_rows, max_rows)
    real = training.take(np.sort(rng.choice(training.n_rows, n, replace=False)))
    synth = synthetic.take(np.sort(rng.choice(synthetic.n_rows, n, replace=False)))
    return UtilityResult(
        target,
        task,
        n,
        holdout.n_rows,
        real=_fit_and_score(real, holdout, target, task, features, seed),
        synthetic=_fit_and_score(synth, holdout, target, task, features, seed),
    )
