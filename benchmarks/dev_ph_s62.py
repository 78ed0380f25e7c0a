"""Session 62, helper PH: where the phone-dress reader and the world's telephone words act on tables they were not
built on (false-positive sweep), and what they catch.

For each table of the sets asked (``--sets 33,34,...,47``; seeds of the set's language module, or ``--seeds``) and
for the CSV files of ``/work/shared/data``: every column whose sample :func:`digit_dress_sample` rewrites (a phone
label or not), every note :func:`undressed_digits` changes, and every span :func:`world_phone_word_spans` finds, with
the column's label (benchmark data only: synthetic tables and public data sets).

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ph_s62.py --sets 45,46 --locales en_GB,fr_FR``
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

import pandas as pd

DATA = Path("/work/shared/data")


def sweep_frame(name: str, df: pd.DataFrame, labels: dict, notes: str | None, region: str) -> list[str]:
    # Imported here: ``--measure`` also runs on the session's start tree, which has neither module.
    from safe_synthesizer.pii.column_sample import sample_values
    from safe_synthesizer.pii.phone_digit_dress import digit_dress_sample, undressed_digits
    from safe_synthesizer.pii.phone_words_world import world_phone_word_spans

    out = []
    for column in df.columns:
        series = df[column]
        if not (series.dtype == object or pd.api.types.is_string_dtype(series.dtype)):
            continue
        label = labels.get(column)
        sample = sample_values(series, 200, 0)
        dressed = digit_dress_sample(sample) if sample.values else None
        if dressed is not None:
            changed = [(a, b) for a, b in zip(sample.values, dressed.values, strict=True) if a != b]
            out.append(
                f"COLUMN {name} {column!r} label={label} changed={len(changed)}/{len(sample.values)} {changed[:3]}"
            )
        if column == notes or (notes is None and label is None):
            for text in series.dropna().astype(str):
                if (u := undressed_digits(text)) != text:
                    out.append(f"NOTE-DRESS {name} {column!r}: {text[:120]!r} -> {u[:120]!r}")
                for a, b, _ in world_phone_word_spans(text, (region,)):
                    out.append(f"NOTE-WORD {name} {column!r}: {text[a:b]!r} in {text[:120]!r}")
    return out


def sweep_set(number: int, locales: list[str] | None, seeds: list[int] | None) -> list[str]:
    shapes = importlib.import_module(f"heldout{number}_shapes")
    language = importlib.import_module(f"heldout{number}_language")
    build = getattr(shapes, f"heldout{number}_table")
    out = []
    for locale in locales or list(language.FIRST7):
        for seed in seeds or list(language.SEEDS)[:2]:
            try:
                table = build(locale, seed)
            except Exception as exc:  # a locale a set does not have
                out.append(f"SKIP {number} {locale} {seed}: {type(exc).__name__}")
                continue
            region = shapes.region(locale) if hasattr(shapes, "region") else ""
            out += sweep_frame(f"set{number}/{locale}/{seed}", table.frame, table.labels, table.notes_column, region)
            out.append(f"SWEPT set{number}/{locale}/{seed}: {table.frame.shape}")
    return out


def measure(number: int, cases: list[tuple[str, int]]) -> dict:
    """Phone columns found (shown / hidden) and note phones the pattern spans cover, per table of set ``number``."""
    from pii_heldout_scoring import _hide
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.locales import PHONE_REGIONS
    from safe_synthesizer.pii.replace import plan_columns
    from safe_synthesizer.pii.text_patterns import pattern_spans

    shapes = importlib.import_module(f"heldout{number}_shapes")
    build = getattr(shapes, f"heldout{number}_table")
    totals = {"shown": [0, 0], "hidden": [0, 0], "text": [0, 0], "false_phone_columns": 0}
    for locale, seed in cases:
        table = build(locale, seed)
        phone_cols = [c for c, lab in table.labels.items() if lab and lab != "dont_care" and "phone_number" in lab]
        for hidden in (False, True):
            df, labels = _hide(table.frame, table.labels) if hidden else (table.frame, table.labels)
            cols = [f"c{list(table.frame.columns).index(c):03d}" for c in phone_cols] if hidden else phone_cols
            plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
            key = "hidden" if hidden else "shown"
            for c in cols:
                totals[key][0] += plans.get(c) == "phone_number"
                totals[key][1] += 1
                if plans.get(c) != "phone_number":
                    print(f"MISS {key} {locale} {seed} {c!r} -> {plans.get(c)}")
            for c, e in plans.items():
                lab = labels.get(c)
                if e == "phone_number" and lab != "dont_care" and (not lab or "phone_number" not in lab):
                    totals["false_phone_columns"] += 1
                    print(f"FALSE {key} {locale} {seed} {c!r} label={lab}")
        region = shapes.region(locale)
        regions = (region, *(r for r in PHONE_REGIONS if r != region))
        for text, truth in zip(table.frame[table.notes_column].tolist(), table.notes, strict=True):
            for entity, value in truth:
                if entity != "phone_number" or not isinstance(text, str) or value not in text:
                    continue
                at = text.index(value)
                spans = pattern_spans(text, regions, frozenset({E.PHONE_NUMBER}))
                hit = any(a <= at and at + len(value) <= b for a, b, _ in spans)
                totals["text"][0] += hit
                totals["text"][1] += 1
                if not hit:
                    print(f"TEXTMISS {locale} {seed}: {value!r} in {text[-90:]!r}")
    print(number, totals)
    return totals


def single_columns(number: int, locales: list[str], seeds: list[int]) -> None:
    """Each phone-labelled column of set ``number``'s tables planned alone under a meaningless header (fast; no table
    pass sees the other columns): how many are found as phones."""
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    shapes = importlib.import_module(f"heldout{number}_shapes")
    build = getattr(shapes, f"heldout{number}_table")
    found = total = 0
    for locale in locales:
        for seed in seeds:
            table = build(locale, seed)
            for c, lab in table.labels.items():
                if not lab or lab == "dont_care" or "phone_number" not in lab:
                    continue
                df = pd.DataFrame({"c000": range(len(table.frame)), "c001": table.frame[c].tolist()})
                plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
                total += 1
                found += plans.get("c001") == "phone_number"
                if plans.get("c001") != "phone_number":
                    print(f"MISS {locale} {seed} {c!r} -> {plans.get('c001')}: {table.frame[c].tolist()[:4]}")
    print(f"set {number} single phone columns found {found}/{total}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="45,46")
    parser.add_argument("--locales", default="")
    parser.add_argument("--seeds", default="")
    parser.add_argument("--data", action="store_true")
    parser.add_argument("--measure", default="", help="locale:seed,... of the first set in --sets")
    parser.add_argument(
        "--single", action="store_true", help="phone columns planned alone (--sets, --locales, --seeds)"
    )
    args = parser.parse_args()
    if args.single:
        single_columns(int(args.sets.split(",")[0]), args.locales.split(","), [int(x) for x in args.seeds.split(",")])
        return
    if args.measure:
        cases = [(c.split(":")[0], int(c.split(":")[1])) for c in args.measure.split(",")]
        measure(int(args.sets.split(",")[0]), cases)
        return
    locales = [x for x in args.locales.split(",") if x] or None
    seeds = [int(x) for x in args.seeds.split(",") if x] or None
    lines = []
    for number in [int(x) for x in args.sets.split(",") if x]:
        lines += sweep_set(number, locales, seeds)
    if args.data:
        for path in sorted(DATA.glob("*.csv")):
            df = pd.read_csv(path, dtype=str, nrows=20000)
            lines += sweep_frame(path.name, df, {}, None, "US")
    print("\n".join(lines) or "nothing")


if __name__ == "__main__":
    main()
