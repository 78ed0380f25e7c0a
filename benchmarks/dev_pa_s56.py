"""Phone cells with spreadsheet artefacts (helper PA, session 56): the columns of a held-out set's tables whose
detection the wiring of :mod:`column_phone_undressed` changes, before and after.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pa_s56.py --set 41 --seeds 41501-41503
        [--every N] [--locales a,b] [--full]

BEFORE is ``_detect_column`` as it is, AFTER with the wiring's two lines (the sample undressed when phones are a
candidate) put in after the slash rule's. Only columns whose undressed sample differs are detected twice. Prints
each change with its label (``+`` a miss mended, ``-`` a hit lost or a false column made); ``--full`` also scores
whole tables that changed (``score_columns``: plan_columns, names shown and hidden).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
from collections import Counter

import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import column_detector
from safe_synthesizer.pii.column_phone_undressed import undressed_phone_sample
from safe_synthesizer.pii.column_sample import sample_values

_ANCHOR = (
    "        sample = unslashed  # ``07405/265446`` beside ``07405 265446``: the slash after an area code read as a "
    "space\n"
)
_WIRED = (
    "    if E.PHONE_NUMBER in candidates and (undressed := undressed_phone_sample(sample)) is not None:\n"
    "        sample = undressed  # ``015053–343285``, ``'(876) 857-5773``, ``393112809831.0``: a sheet's marks undone\n"
)


def _variant(wired: bool):
    source = inspect.getsource(column_detector._detect_column)
    has = "undressed_phone_sample" in source
    if has == wired:
        return column_detector._detect_column
    namespace = dict(vars(column_detector))
    namespace["undressed_phone_sample"] = undressed_phone_sample
    source = source.replace(_ANCHOR, _ANCHOR + _WIRED) if wired else source.replace(_WIRED, "")
    exec(compile(source, column_detector.__file__, "exec"), namespace)
    return namespace["_detect_column"]


_BEFORE, _AFTER = _variant(False), _variant(True)


def use(fn) -> None:
    column_detector._detect_column = fn


def _may_change(series) -> bool:
    sample = sample_values(series, 500, 0)
    return bool(sample.values) and undressed_phone_sample(sample) is not None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=41)
    ap.add_argument("--locales", default="")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--seeds", default="41501-41503")
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
            changed = False
            for hidden in (False, True):
                df, labels = scoring._hide(t.frame, t.labels) if hidden else (t.frame, t.labels)
                schema = infer_schema(df)
                for column in schema.columns:
                    series = df[column.name]
                    if not _may_change(series):
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
                    totals[f"{mark} {'hidden' if hidden else 'shown'}"] += 1
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
