"""Session 63, helper PH: what the any-separator phone reader (``phone_any_separator``) changes in column plans.

For the tables of held-out sets 33-48 (a few locales and seeds each), every column whose sampled cells the reader
reads as dressed numbers is detected on its own twice (header shown and hidden): with the reader and with it
switched off (``column_detector.separator_phone_sample`` patched to return ``None``); each column whose detection
changes is printed with its label: a phone column found is a gain, any other new finding is a false one. (Column by
column: the table passes after detection are not run; the full benchmark measures those.)

Run with the tree to measure first on the path::

    PYTHONPATH=/work/s63_PH/src:benchmarks nice -n 5 .venv/bin/python benchmarks/dev_ph_s63.py --sets 47,48
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
from collections import Counter

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import column_detector
from safe_synthesizer.pii.phone_any_separator import dressed_phone_cells


def _tables(number: int, seeds: list[int], n_locales: int):
    shapes = importlib.import_module(f"heldout{number}_shapes")
    build = getattr(shapes, f"heldout{number}_table")
    language = importlib.import_module(f"heldout{number}_language")
    locales = list(language.LOCALES)
    picked = locales[:7] + random.Random(number).sample(locales[7:], min(n_locales, len(locales) - 7))
    for locale in picked:
        for seed in seeds:
            try:
                yield locale, seed, build(locale, seed)
            except Exception as exc:  # a builder's own limits (a seed it has no table for)
                print(f"skip {number} {locale} {seed}: {type(exc).__name__}", file=sys.stderr)


def _entity(series: pd.Series, name: str) -> str | None:
    frame = pd.DataFrame({name: series.to_numpy()})
    column = infer_schema(frame).columns[0]
    found = column_detector.detect_column(frame[name], column, entities=ReplacePiiParameters().entities, seed=0)
    return found.entity if found is not None else None


def _dressed(series: pd.Series) -> bool:
    return bool(dressed_phone_cells(series.dropna().astype(str).head(300).tolist()))


def compare(number: int, seeds: list[int], n_locales: int) -> Counter:
    """Print the columns whose detection the reader changes (each column on its own, its header shown and hidden);
    count gains, losses and false ones."""
    counts: Counter = Counter()
    real = column_detector.separator_phone_sample
    for locale, seed, table in _tables(number, seeds, n_locales):
        counts["tables"] += 1
        for i, c in enumerate(table.frame.columns):
            if c == table.notes_column or not _dressed(table.frame[c]):
                continue
            counts["candidates"] += 1
            label = table.labels.get(c)
            for name in (str(c), f"c{i:03d}"):
                column_detector.separator_phone_sample = lambda sample: None
                before = _entity(table.frame[c], name)
                column_detector.separator_phone_sample = real
                after = _entity(table.frame[c], name)
                if before == after:
                    continue
                ok_after = isinstance(label, tuple) and after in label
                ok_before = isinstance(label, tuple) and before in label
                kind = "gain" if ok_after else "loss" if ok_before else "other" if label == "dont_care" else "FALSE"
                counts[kind] += 1
                print(f"{number} {locale} {seed} {name} [{c}]: {label} {before} -> {after} {kind}", flush=True)
    return counts


def compare_text(number: int, seeds: list[int], n_locales: int) -> Counter:
    """Print the phone spans of the tables' notes that ``separated_text`` adds or drops in ``pattern_spans`` (the
    table's phone region given), each marked by whether the note's truth holds it as a phone."""
    from safe_synthesizer.pii import text_patterns
    from safe_synthesizer.pii.entities import FAX_NUMBER, PHONE_NUMBER

    real = text_patterns.separated_text
    wanted = frozenset({PHONE_NUMBER, FAX_NUMBER})
    counts: Counter = Counter()
    for locale, seed, table in _tables(number, seeds, n_locales):
        shapes = importlib.import_module(f"heldout{number}_shapes")
        region = shapes.region(locale) if hasattr(shapes, "region") else locale.split("_")[-1]
        for note, truth in zip(table.frame[table.notes_column].tolist(), table.notes, strict=True):
            if not isinstance(note, str) or not note:
                continue
            counts["notes"] += 1
            text_patterns.separated_text = lambda text: text
            before = {note[a:b] for a, b, _ in text_patterns.pattern_spans(note, (region,), wanted)}
            text_patterns.separated_text = real
            after = {note[a:b] for a, b, _ in text_patterns.pattern_spans(note, (region,), wanted)}
            phones = {str(v) for e, v in truth if e in ("phone_number", "fax_number")}
            for span in after - before:
                kind = "gain" if any(span in p or p in span for p in phones) else "FALSE"
                counts[kind] += 1
                print(f"{number} {locale} {seed} +{span!r} {kind} | {note[:140]!r}", flush=True)
            for span in before - after:
                counts["dropped"] += 1
                print(f"{number} {locale} {seed} -{span!r} | {note[:140]!r}", flush=True)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="47,48")
    parser.add_argument("--seeds", default="")
    parser.add_argument("--locales", type=int, default=8, help="locales beyond the first 7, drawn per set")
    parser.add_argument("--text", action="store_true", help="the notes' phone spans instead of the columns")
    args = parser.parse_args()
    for number in [int(s) for s in args.sets.split(",")]:
        seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else [number * 1000 + 1, number * 1000 + 2]
        run = compare_text if args.text else compare
        print(number, dict(run(number, seeds, args.locales)), flush=True)


if __name__ == "__main__":
    main()
