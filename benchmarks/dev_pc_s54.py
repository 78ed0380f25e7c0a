"""Phone columns whose cells mark themselves as phones (helper PC, session 54): the columns of a held-out set's
tables whose detection the wiring of :mod:`column_phone_marked` changes, before and after.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pc_s54.py --set 39 --seeds 39501-39503
        [--every N] [--locales a,b] [--full]

BEFORE is ``phone_score`` without the wiring's two lines (a cell marked with a dialled ``+CC`` or a line tag:
:func:`column_phone_marked.marked_phone_score`, before its vetoes), AFTER with them (whether the tree holds them or
not: the source is edited either way).
Only columns where the two scores differ are detected twice. Prints each change with its label (``+`` a miss
mended, ``-`` a hit lost or a false column made); ``--full`` also scores whole tables (``score_columns``).
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
from safe_synthesizer.pii.column_phone_marked import marked_phone_score
from safe_synthesizer.pii.column_sample import sample_values

_ANCHOR = "    if not cued and score.share and V.one_layout_many_countries(sample.values):\n"
_WIRED = (
    "    if entity == E.PHONE_NUMBER and (marked := marked_phone_score(sample.values, score.share)) is not None:\n"
    "        return marked  # ``(+47) 23 42 05 20`` beside ``40 60 72 94``, ``61100 (h)``: "
    "cells that say they are phones\n"
)


def _wired_phone_score():
    source = inspect.getsource(column_numbers.phone_score)
    if "marked_phone_score" in source:
        return column_numbers.phone_score
    namespace = dict(vars(column_numbers))
    namespace["marked_phone_score"] = marked_phone_score
    exec(compile(source.replace(_ANCHOR, _WIRED + _ANCHOR), column_numbers.__file__, "exec"), namespace)
    return namespace["phone_score"]


def _unwired_phone_score():
    source = inspect.getsource(column_numbers.phone_score)
    if "marked_phone_score" not in source:
        return column_numbers.phone_score
    namespace = dict(vars(column_numbers))
    exec(compile(source.replace(_WIRED, ""), column_numbers.__file__, "exec"), namespace)
    return namespace["phone_score"]


_BEFORE, _AFTER = _unwired_phone_score(), _wired_phone_score()


def use(fn) -> None:
    column_detector.phone_score = fn


def _may_change(series, cued_any: bool) -> bool:
    sample = sample_values(series, 500, 0)
    if not sample.values or marked_phone_score(sample.values) is None:
        return False  # the wiring returns the marked score only: unchanged without one
    for cued in (False, True):
        if _BEFORE(E.PHONE_NUMBER, sample, cued, False) != _AFTER(E.PHONE_NUMBER, sample, cued, False):
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=39)
    ap.add_argument("--locales", default="")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--seeds", default="39501-39503")
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--rows", type=int, default=0, help="rows per table (0: the set's own)")
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
                t = build(locale, seed, n=args.rows)
            except Exception as exc:  # a set's builder may not cover every shape
                print("skip", locale, seed, type(exc).__name__)
                continue
            totals["tables"] += 1
            print("table", locale, seed, flush=True)
            changed = False
            for hidden in (False, True):
                df, labels = scoring._hide(t.frame, t.labels) if hidden else (t.frame, t.labels)
                schema = infer_schema(df)
                for column in schema.columns:
                    series = df[column.name]
                    if column.type.is_numeric or not _may_change(series, False):
                        continue
                    totals["columns tested"] += 1
                    found = []
                    for fn in (_BEFORE, _AFTER):
                        use(fn)
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
                for fn, name in ((_BEFORE, "before"), (_AFTER, "after")):
                    use(fn)
                    for hidden in (False, True):
                        out = scoring.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
                        totals[f"{name} hit"] += out["hit"]
                        totals[f"{name} false"] += len(out["false"])
                        if name == "after":
                            print("   after", "hidden" if hidden else "shown", out["miss"], out["false"])
                use(_BEFORE)
    print(dict(totals))


if __name__ == "__main__":
    main()
