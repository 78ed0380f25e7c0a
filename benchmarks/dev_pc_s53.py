"""Phone columns with a slash after the area code, and ``phone_score``'s national check (helper PC, session 53):
the columns of a held-out set's tables whose detection the two wiring requests change, before and after.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pc_s53.py --set 38 --seeds 38501-38503
        [--every N] [--locales a,b] [--full]

Only the columns either request can change are detected twice (a cell with a slash between digits, or a phone
score whose national check lands between the written share and 0.95): BEFORE is the tree as it is, AFTER reads
slashed phone cells (:mod:`column_phone_slashed`) in ``_detect_column``'s sample and lets ``phone_score``'s
national check replace a score only when it decides. Prints each change with its label (``+`` a miss mended,
``-`` a hit lost or a false column made); ``--full`` also scores whole tables (``score_columns``) where one changed.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
from collections import Counter

import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import column_detector, column_numbers
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_phone_slashed import unslashed_phone_sample
from safe_synthesizer.pii.column_sample import sample_values

_OLD = "        if share > score.share:\n"
_NEW = "        if share >= MIN_VALID_SHARE or (share > score.share and score.share < 0.7):\n"
_WIRED = "        if share >= MIN_VALID_SHARE or (share > score.share and score.share < MIN_WRITTEN_DECIDES):\n"


def _phone_score(old: str, new: str):
    """``phone_score`` with one line of its source replaced (the tree's own when the line is not there)."""
    source = inspect.getsource(column_numbers.phone_score)
    if old not in source:
        return column_numbers.phone_score
    namespace = dict(vars(column_numbers))
    exec(compile(source.replace(old, new), column_numbers.__file__, "exec"), namespace)
    return namespace["phone_score"]


def _wired_sample(series, size, seed):
    sample = sample_values(series, size, seed)
    return unslashed_phone_sample(sample) or sample


# The tree may hold the wiring already (then BEFORE silences it) or not (then AFTER stands in for it).
if hasattr(column_detector, "unslashed_phone_sample"):
    _BEFORE = {"unslashed_phone_sample": lambda _sample: None, "phone_score": _phone_score(_WIRED, _OLD)}
    _AFTER = {"unslashed_phone_sample": unslashed_phone_sample, "phone_score": column_numbers.phone_score}
else:
    _BEFORE = {"sample_values": sample_values, "phone_score": column_numbers.phone_score}
    _AFTER = {"sample_values": _wired_sample, "phone_score": _phone_score(_OLD, _NEW)}


def use(tree: dict) -> None:
    for name, fn in tree.items():
        setattr(column_detector, name, fn)


def _may_change(series, numeric: bool) -> bool:
    """A column either request can change (cheap pre-test; the two detections decide)."""
    sample = sample_values(series, 500, 0)
    if not sample.values:
        return False
    if any("/" in v for v in sample.values):
        return True
    for cued in (False, True):
        before = _BEFORE["phone_score"](E.PHONE_NUMBER, sample, cued, numeric)
        after = _AFTER["phone_score"](E.PHONE_NUMBER, sample, cued, numeric)
        if before != after:
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=38)
    ap.add_argument("--locales", default="")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--seeds", default="38501-38503")
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--rows", type=int, default=0, help="rows per table (0: the set's own; 40 off its seeds)")
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)[:: args.every]
    a, _, b = args.seeds.partition("-")
    params = ReplacePiiParameters()
    totals: Counter = Counter()
    for locale in locales:
        for seed in range(int(a), int(b or a) + 1):
            try:
                rows = args.rows or (0 if seed in getattr(shapes, "SEEDS", (seed,)) else 40)
                t = build(locale, seed, n=rows)
            except Exception as exc:  # a set's builder may not cover every shape
                print("skip", locale, seed, type(exc).__name__)
                continue
            changed = False
            for hidden in (False, True):
                df, labels = scoring._hide(t.frame, t.labels) if hidden else (t.frame, t.labels)
                schema = infer_schema(df)
                for column in schema.columns:
                    series = df[column.name]
                    if not _may_change(series, column.type.is_numeric):
                        continue
                    totals["columns tested"] += 1
                    found = []
                    for tree in (_BEFORE, _AFTER):
                        use(tree)
                        det = column_detector.detect_column(series, column, entities=params.entities)
                        found.append(det.entity if det else None)
                    use(_BEFORE)
                    if found[0] == found[1]:
                        continue
                    changed = True
                    label = labels.get(column.name)
                    label = None if label == "dont_care" else label
                    good = [(bool(label) and e in label) or (not label and e is None) for e in found]
                    mark = "+" if good[1] > good[0] else "-" if good[1] < good[0] else "="
                    totals[mark] += 1
                    kind = "hidden" if hidden else "shown"
                    print(mark, locale, seed, kind, column.name, label and label[0], found[0], "->", found[1])
            if args.full and changed:
                for tree, name in ((_BEFORE, "before"), (_AFTER, "after")):
                    use(tree)
                    for hidden in (False, True):
                        out = scoring.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
                        totals[f"{name} hit"] += out["hit"]
                        totals[f"{name} false"] += len(out["false"])
                use(_BEFORE)
    print(dict(totals))


if __name__ == "__main__":
    main()
