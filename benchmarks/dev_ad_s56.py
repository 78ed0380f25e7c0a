"""Town columns of phrases (helper AD, session 56): the columns of a held-out set's tables whose detection the
wiring of :mod:`column_place_phrases` changes, before and after.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ad_s56.py --set 41 --seeds 41501-41503 [--locales a,b]

Only tables with a column of phrase values (:func:`column_place_phrases.phrase_values`, cheap) are detected, twice
(without and with the veto, applied where ``detect_table`` applies ``choice_list_columns``). Prints each change
with its label (``+`` a miss mended or a false column taken back, ``-`` a hit lost).
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter

import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import detect_table as dt
from safe_synthesizer.pii.column_place_phrases import _distinct, phrase_town_columns, phrase_values

_ORIGINAL = dt.choice_list_columns


def _wired(frame, found):
    return list(_ORIGINAL(frame, found)) + phrase_town_columns(frame, found)


def _entities(df) -> dict:
    found = dt.detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    return {c: (d.entity if d else None) for c, d in found.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=41)
    ap.add_argument("--locales", default="")
    ap.add_argument("--seeds", default="41501-41503")
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)
    a, _, b = args.seeds.partition("-")
    totals: Counter = Counter()
    for locale in locales:
        for seed in range(int(a), int(b or a) + 1):
            try:
                t = build(locale, seed, n=0)
            except Exception as exc:  # a set's builder may not cover every shape
                print("skip", locale, seed, type(exc).__name__)
                continue
            totals["tables"] += 1
            if not any(phrase_values(_distinct(t.frame[c])) for c in t.frame.columns):
                continue
            totals["tables detected"] += 1
            for hidden in (False, True):
                df, labels = scoring._hide(t.frame, t.labels) if hidden else (t.frame, t.labels)
                dt.choice_list_columns = _ORIGINAL
                before = _entities(df)
                dt.choice_list_columns = _wired
                after = _entities(df)
                dt.choice_list_columns = _ORIGINAL
                for column, was in before.items():
                    if after[column] == was:
                        continue
                    label = labels.get(column)
                    good = [(bool(label) and e in label) or (not label and e is None) for e in (was, after[column])]
                    mark = "+" if good[1] > good[0] else "-" if good[1] < good[0] else "="
                    totals[mark] += 1
                    vals = list(dict.fromkeys(map(str, df[column].tolist())))[:5]
                    kind = "hidden" if hidden else "shown"
                    print(mark, locale, seed, kind, column, label, was, "->", after[column], vals, flush=True)
    print(dict(totals))


if __name__ == "__main__":
    main()
