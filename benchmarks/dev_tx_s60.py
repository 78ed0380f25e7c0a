"""Session 60, helper TX: name spans left in English notes after ``replace_pii`` (terminal only, never committed
results): which person names survive, per locale and seed, so a reader's change is measured on seen seeds, unseen
seeds (45501-45503) and set 44.

Run with the tree under test first on ``PYTHONPATH``::

    PYTHONPATH=/work/s60_TX/src:benchmarks python benchmarks/dev_tx_s60.py --set 45 --seeds 45001 --locales en_US
"""

from __future__ import annotations

import argparse
import importlib
import pickle
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii

NAME_ENTITIES = ("name", "first_name", "last_name")


def _builder(which: str):
    """The set's table builder and language module."""
    shapes = importlib.import_module(f"heldout{which}_shapes")
    return getattr(shapes, f"heldout{which}_table"), importlib.import_module(f"heldout{which}_language")


def english_locales(lang, locales: list[str]) -> list[str]:
    """The locales whose notes are written in English."""
    return [loc for loc in locales if lang.lang(loc) not in lang.NOTE_LANGS]


def misses(build, locale: str, seed: int, scoring) -> tuple[Counter, list[str]]:
    """(entity, caught) counts of the name truths of one table's notes, and the misses as lines."""
    table = build(locale, seed, n=0)
    result = replace_pii(table.frame, infer_schema(table.frame), ReplacePiiParameters(), seed=0)
    counts: Counter = Counter()
    out = []
    for replaced, truth, form in zip(result.data[table.notes_column].tolist(), table.notes, table.forms, strict=True):
        if not form:
            continue
        replaced = "" if replaced is None or (isinstance(replaced, float) and pd.isna(replaced)) else str(replaced)
        for entity, value in truth:
            if entity not in NAME_ENTITIES:
                continue
            ok = scoring.caught(entity, value, replaced, locale)
            counts[entity, ok] += 1
            if not ok:
                out.append(f"{locale}/{seed} {entity}: {value!r} in {replaced!r}")
    return counts, out


def _language(which: str):
    try:
        return importlib.import_module(f"heldout{which}_language")
    except ImportError:
        return None


def false_spans(sets: list[str], n_locales: int, seeds_per: int) -> None:
    """Spans of ``any_case_slot_spans`` in every note of the sets' tables that hold no part of the note's truth (each
    printed), and their cost per 10,000 notes; the shared data's review texts too."""
    from safe_synthesizer.pii.text_name_any_case_slots import any_case_slot_spans

    cache = Path(f"/tmp/dev_tx_s60_notes_{'_'.join(sets)}_{n_locales}_{seeds_per}.pkl")
    notes: list[tuple[str, str, set[str]]] = pickle.loads(cache.read_bytes()) if cache.exists() else []
    for which in sets if not notes else ():
        shapes = importlib.import_module(f"heldout{which}_shapes")
        build = getattr(shapes, f"heldout{which}_table")
        lang = _language(which)
        locales = list(getattr(lang, "LOCALES", getattr(shapes, "LOCALES", ())))[:n_locales] if lang else []
        seeds = list(getattr(lang, "SEEDS", getattr(shapes, "SEEDS", ())))[:seeds_per] if lang else []
        for locale in locales:
            for seed in seeds:
                try:
                    table = build(locale, seed)
                except Exception:
                    continue
                for text, truth in zip(table.frame[table.notes_column].tolist(), table.notes, strict=True):
                    if isinstance(text, str) and text:
                        words = {w.lower() for _, v in truth for w in str(v).replace(",", " ").split()}
                        notes.append((f"{which}/{locale}/{seed}", text, words))
    if not cache.exists():
        cache.write_bytes(pickle.dumps(notes))
    reviews = pd.read_csv("/work/shared/data/womens_clothing_reviews.csv")
    for column in ("Title", "Review Text"):
        if column in reviews:
            notes += [("reviews", t, set()) for t in reviews[column].dropna().astype(str).tolist()]
    t0 = time.process_time()
    found = [(where, text, any_case_slot_spans(text), words) for where, text, words in notes]
    cost = time.process_time() - t0
    false = 0
    for where, text, spans, words in found:
        for a, b, entity in spans:
            if not all(w.lower() in words for w in text[a:b].split()):
                false += 1
                print(f"FALSE {where} {entity}: {text[a:b]!r} in {text[:160]!r}")
    print(f"{len(notes)} notes, {false} false spans, {cost / max(1, len(notes)) * 10000:.2f}s per 10,000 notes")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="45")
    ap.add_argument("--seeds", default="45001")
    ap.add_argument("--locales", default="")
    ap.add_argument("--english", action="store_true", help="only locales whose notes are English")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--false-sets", default="", help="e.g. 33,34,...: false spans of the reader on their notes")
    ap.add_argument("--false-locales", type=int, default=400)
    ap.add_argument("--false-seeds", type=int, default=1)
    args = ap.parse_args()
    if args.false_sets:
        false_spans(args.false_sets.split(","), args.false_locales, args.false_seeds)
        return
    scoring = importlib.import_module(f"bench_pii_heldout{args.set}")

    build, lang = _builder(args.set)
    locales = args.locales.split(",") if args.locales else list(lang.FIRST7)
    if args.english:
        locales = english_locales(lang, locales)
    total: Counter = Counter()
    t0 = time.process_time()
    for locale in locales:
        for seed in [int(s) for s in args.seeds.split(",")]:
            try:
                counts, lines = misses(build, locale, seed, scoring)
            except Exception as exc:
                print(f"{locale}/{seed} skipped: {exc!r}")
                continue
            total.update(counts)
            if not args.quiet:
                for line in lines:
                    print(line)
    for entity in NAME_ENTITIES:
        ok, n = total[entity, True], total[entity, True] + total[entity, False]
        print(f"{entity}: {ok}/{n} = {ok / n if n else 0:.3f}")
    print(f"cpu {time.process_time() - t0:.0f}s")


if __name__ == "__main__":
    main()
