"""Train the column classifier on the corpus (``column_corpus.py``), measure it on sets it did not see, ship it.

Measurement is leave-one-set-out: for each held-out set, a model trained on the other sets answers for that set's
undecided columns, so every number below is on export shapes the model never saw (the rules were tuned on all of
these sets, so the columns they leave are the hard ones). Per set and overall it reports, among the columns the rules
left undecided: the personal ones (the rules' misses), those the classifier recovers with the right entity, and the
false answers (a column of no personal data given an entity, or a personal one given the wrong entity), for each
probability bar in ``--bars``.

Each class gets its own bar: the lowest whose false answers stay within ``--max-false`` of its recovered ones, or
never (a class the model cannot answer precisely on unseen sets is not answered at all); the final model is then
trained on every set and written
to ``src/safe_synthesizer/pii/models/column_classifier.npz``.

Run: ``.venv/bin/python benchmarks/train_column_classifier.py --corpus DIR [--out NAME] [--no-ship]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

# One thread: with OpenMP on a shared 2-core machine one fit took over ten minutes instead of twenty seconds.
os.environ.setdefault("OMP_NUM_THREADS", "1")
from sklearn.ensemble import HistGradientBoostingClassifier

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))

from safe_synthesizer.pii.column_classifier import MODEL_FILE, NO_ENTITY, from_sklearn  # noqa: E402
from safe_synthesizer.pii.column_features import FEATURE_NAMES  # noqa: E402

SHIPPED = ROOT.parent / "src" / "safe_synthesizer" / "pii" / "models" / MODEL_FILE
BARS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
# Fewer examples than this: the entity is not learned (its columns count as "none" for training).
MIN_EXAMPLES = 15


def load_corpus(folder: Path) -> dict:
    """All ``corpus_*.npz`` of ``folder`` joined: features, labels, accepted entities, set numbers, hidden flags."""
    parts = [np.load(p, allow_pickle=False) for p in sorted(folder.glob("corpus_*.npz"))]
    parts = [p for p in parts if len(p["y"])]
    ids = np.concatenate([p["ids"] for p in parts])
    return {
        "X": np.concatenate([p["X"] for p in parts]).astype(np.float64),
        "y": np.concatenate([p["y"] for p in parts]),
        "accepted": [json.loads(a) for p in parts for a in p["accepted"]],
        "set": np.array([int(i.split("/", 1)[0]) for i in ids]),
        "hidden": np.concatenate([p["hidden"] for p in parts]),
        "decided": np.concatenate([p["decided"] if "decided" in p else np.zeros(len(p["y"]), bool) for p in parts]),
        "ids": ids,
    }


def new_model() -> HistGradientBoostingClassifier:
    """The classifier's settings: small trees, no early stopping (a random validation split would make it vary)."""
    return HistGradientBoostingClassifier(
        max_iter=100, learning_rate=0.1, max_leaf_nodes=15, min_samples_leaf=10, l2_regularization=1.0,
        early_stopping=False, random_state=0,
    )  # fmt: skip


def _targets(y: np.ndarray) -> np.ndarray:
    labels, counts = np.unique(y, return_counts=True)
    rare = {str(label) for label, count in zip(labels, counts, strict=True) if count < MIN_EXAMPLES}
    return np.array([NO_ENTITY if v in rare else v for v in y])


def _weights(corpus: dict, decided_weight: float) -> np.ndarray:
    """Columns the rules decided teach what personal data looks like, at ``decided_weight`` each (0: left out)."""
    return np.where(corpus["decided"], decided_weight, 1.0)


def fit(corpus: dict, rows: np.ndarray, decided_weight: float) -> HistGradientBoostingClassifier:
    """A model trained on ``rows`` (a boolean mask) of the corpus."""
    weights = _weights(corpus, decided_weight)
    rows = rows & (weights > 0)
    return new_model().fit(corpus["X"][rows], _targets(corpus["y"])[rows], sample_weight=weights[rows])


def leave_one_set_out(corpus: dict, decided_weight: float) -> list[dict]:
    """Per held-out set: each undecided column's predicted class and its probability from a model trained on the
    other sets."""
    out = []
    for held in sorted(set(corpus["set"])):
        train, test = corpus["set"] != held, (corpus["set"] == held) & ~corpus["decided"]
        model = fit(corpus, train, decided_weight)
        probs = model.predict_proba(corpus["X"][test])
        best = probs.argmax(axis=1)
        for i, row in enumerate(np.flatnonzero(test)):
            out.append({"set": int(held), "row": int(row), "pred": str(model.classes_[best[i]]),
                        "p": float(probs[i, best[i]])})  # fmt: skip
        print(f"set {held}: {int(test.sum())} columns", flush=True)
    return out


def tally(corpus: dict, predictions: list[dict], bar: float, sets: set[int] | None = None) -> dict:
    """Misses of the rules, recovered, false answers and wrong entities at probability ``bar``."""
    t = {"undecided": 0, "personal": 0, "recovered": 0, "false": 0, "wrong": 0, "personal_hidden": 0,
         "recovered_hidden": 0}  # fmt: skip
    for p in predictions:
        if sets is not None and p["set"] not in sets:
            continue
        accepted = corpus["accepted"][p["row"]]
        hidden = bool(corpus["hidden"][p["row"]])
        t["undecided"] += 1
        t["personal"] += bool(accepted)
        t["personal_hidden"] += bool(accepted) and hidden
        answered = p["pred"] != NO_ENTITY and p["p"] >= bar
        if not answered:
            continue
        if p["pred"] in accepted:
            t["recovered"] += 1
            t["recovered_hidden"] += hidden
        elif accepted:
            t["wrong"] += 1
        else:
            t["false"] += 1
    return t


# A class is answered only where it recovered this many of the rules' misses on sets it did not see, and never below
# this bar (the counts per class are small: a bar chosen on them alone would be chosen too low).
MIN_RECOVERED = 2
MIN_BAR = 0.8
# The bar of a class nothing passes: the model's answer of that class is never taken.
NEVER = 1.01


def class_tally(corpus: dict, predictions: list[dict], bar: float, entity: str) -> tuple[int, int]:
    """(recovered, false or wrong) answers of class ``entity`` at probability ``bar``."""
    recovered = wrong = 0
    for p in predictions:
        if p["pred"] != entity or p["p"] < bar:
            continue
        if p["pred"] in corpus["accepted"][p["row"]]:
            recovered += 1
        else:
            wrong += 1
    return recovered, wrong


def choose_bars(corpus: dict, predictions: list[dict], max_false: float) -> dict[str, float]:
    """Per class, the lowest bar whose false and wrong answers are at most ``max_false`` times the recovered ones
    (and at least :data:`MIN_RECOVERED` recovered); :data:`NEVER` for a class no bar makes that precise."""
    bars = {}
    for entity in sorted({p["pred"] for p in predictions} - {NO_ENTITY}):
        bars[entity] = NEVER
        for bar in (b for b in BARS if b >= MIN_BAR):
            recovered, wrong = class_tally(corpus, predictions, bar, entity)
            if recovered >= MIN_RECOVERED and wrong <= max_false * recovered:
                bars[entity] = bar
                break
    return bars


def tally_bars(corpus: dict, predictions: list[dict], bars: dict[str, float], sets: set[int] | None = None) -> dict:
    """:func:`tally` with each class at its own bar."""
    kept = [p for p in predictions if p["pred"] == NO_ENTITY or p["p"] >= bars.get(p["pred"], NEVER)]
    return tally(corpus, [p if p in kept else {**p, "pred": NO_ENTITY} for p in predictions], 0.0, sets)


def markdown(
    corpus: dict, predictions: list[dict], bars: dict[str, float], seconds: float, decided_weight: float
) -> str:
    lines = [
        "# Column classifier: leave-one-set-out on held-out sets' columns the rules leave undecided",
        "",
        f"Corpus: {len(corpus['y'])} columns (names shown and hidden) of sets {min(corpus['set'])}-"
        f"{max(corpus['set'])}, {int((~corpus['decided']).sum())} left undecided by the rules, "
        f"{int(((corpus['y'] != NO_ENTITY) & ~corpus['decided']).sum())} of those personal (the rules' misses). "
        f"{len(FEATURE_NAMES)} features; columns the rules decided weigh {decided_weight} in training. "
        "Each set is scored by a model trained on the others. "
        f"Training and scoring took {seconds:.0f} s.",
        "",
        "| bar | personal (rules' misses) | recovered | recall of misses | false (no PII given one) | wrong entity |",
        "|---|---|---|---|---|---|",
    ]
    for b in BARS:
        t = tally(corpus, predictions, b)
        lines.append(f"| {b} | {t['personal']} | {t['recovered']} | {t['recovered'] / max(t['personal'], 1):.3f} "
                     f"| {t['false']} | {t['wrong']} |")  # fmt: skip
    lines += ["", "Per class: recovered / false or wrong at each bar, and the bar shipped (never: the class is not "
              "answered).", "", "| class | " + " | ".join(str(b) for b in BARS) + " | shipped |",
              "|---|" + "---|" * (len(BARS) + 1)]  # fmt: skip
    for entity, shipped in bars.items():
        cells = [" / ".join(map(str, class_tally(corpus, predictions, b, entity))) for b in BARS]
        lines.append(f"| {entity} | " + " | ".join(cells) + f" | {'never' if shipped >= NEVER else shipped} |")
    lines += ["", "Per set with the shipped bars:", "",
              "| set | undecided | personal | recovered | hidden: personal / recovered | false | wrong |",
              "|---|---|---|---|---|---|---|"]  # fmt: skip
    for s in sorted(set(corpus["set"])):
        t = tally_bars(corpus, predictions, bars, {int(s)})
        lines.append(f"| {s} | {t['undecided']} | {t['personal']} | {t['recovered']} | {t['personal_hidden']} / "
                     f"{t['recovered_hidden']} | {t['false']} | {t['wrong']} |")  # fmt: skip
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True, type=Path)
    parser.add_argument("--out", default="column_classifier")
    parser.add_argument("--results-dir", type=Path, default=ROOT / "results")
    parser.add_argument("--max-false", type=float, default=0.15)
    parser.add_argument("--decided-weight", type=float, default=0.5, help="weight of columns the rules decided")
    parser.add_argument("--no-ship", action="store_true", help="measure only; do not write the model")
    args = parser.parse_args()
    start = time.time()
    corpus = load_corpus(args.corpus)
    predictions = leave_one_set_out(corpus, args.decided_weight)
    bars = choose_bars(corpus, predictions, args.max_false)
    report = markdown(corpus, predictions, bars, time.time() - start, args.decided_weight)
    args.results_dir.mkdir(parents=True, exist_ok=True)
    (args.results_dir / f"{args.out}.md").write_text(report, encoding="utf-8")
    print(report)
    if not args.no_ship:
        model = fit(corpus, np.ones(len(corpus["y"]), bool), args.decided_weight)
        bars = {str(c): bars.get(str(c), NEVER) for c in model.classes_ if c != NO_ENTITY}
        SHIPPED.parent.mkdir(parents=True, exist_ok=True)
        from_sklearn(model, FEATURE_NAMES, bars).save(SHIPPED)
        print(f"wrote {SHIPPED} ({SHIPPED.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
