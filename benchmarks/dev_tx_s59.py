"""Session 59, helper TX: the slot reader's spans on the notes of held-out sets (names found, false spans).

For each note of a set's tables, :func:`text_name_slot_reader.slot_name_spans` is run alone; a span is **true** when
it lies inside a value of the note's truth (any entity), **false** otherwise. Name values of the truth covered by a
span are counted per entity. This measures the reader, not the pipeline (the pipeline's numbers come from
``bench_pii_heldout44.py``); false spans here are the ones to read.

    PYTHONPATH=src:benchmarks python benchmarks/dev_tx_s59.py --sets 44 --seeds 44001,44002 --locales en_US,fr_FR
    PYTHONPATH=src:benchmarks python benchmarks/dev_tx_s59.py --sets 33,34,35,36,37,38,39,40,41,42,43 --false-only
"""

from __future__ import annotations

import argparse
import collections
import importlib
import json
import os
import pickle
import time

_NAMES = ("name", "first_name", "last_name")


def _notes(set_no: int, locales: list[str] | None, seeds: list[int] | None, cache: str) -> list[tuple[str, list]]:
    path = os.path.join(cache, f"notes{set_no}_{','.join(map(str, seeds or []))}_{len(locales or [])}.pkl")
    if os.path.exists(path):
        with open(path, "rb") as f:
            return pickle.load(f)
    lang = importlib.import_module(f"heldout{set_no}_language")
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    build = getattr(shapes, f"heldout{set_no}_table")
    out = []
    for loc in locales or lang.LOCALES:
        for seed in seeds or lang.SEEDS:
            try:
                t = build(loc, seed)
            except Exception:  # a builder that fails on a locale is skipped
                continue
            col = getattr(t, "notes_column", None)
            if col is None:
                continue
            for text, truth in zip(t.frame[col].tolist(), t.notes, strict=False):
                if isinstance(text, str) and text:
                    out.append((loc, text, [(e, str(v)) for e, v in truth]))
    os.makedirs(cache, exist_ok=True)
    with open(path, "wb") as f:
        pickle.dump(out, f)
    return out


def _inside(text: str, start: int, end: int, truth: list[tuple[str, str]]) -> str | None:
    for entity, value in truth:
        at = text.find(value)
        while at >= 0:
            if at <= start and end <= at + len(value):
                return entity
            at = text.find(value, at + 1)
    return None


def main() -> None:
    from safe_synthesizer.pii.text_name_slot_reader import slot_name_spans

    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="44")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--cache", default="/tmp/s59_TX/cache")
    ap.add_argument("--false-only", action="store_true")
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(",") if s] or None
    locales = [s for s in args.locales.split(",") if s] or None
    for set_no in (int(s) for s in args.sets.split(",")):
        notes = _notes(set_no, locales, seeds, args.cache)
        t0 = time.process_time()
        found = [slot_name_spans(text) for _, text, _ in notes]
        cpu = time.process_time() - t0
        false, true = [], collections.Counter()
        names_total, names_covered = collections.Counter(), collections.Counter()
        for (loc, text, truth), spans in zip(notes, found, strict=True):
            for a, b, _ in spans:
                hit = _inside(text, a, b, truth)
                if hit is None:
                    false.append((loc, text[a:b], text))
                else:
                    true[hit] += 1
            for entity, value in truth:
                if entity in _NAMES:
                    names_total[entity] += 1
                    at = text.find(value)
                    if at >= 0 and any(a <= at and at + len(value) <= b for a, b, _ in spans):
                        names_covered[entity] += 1
        print(json.dumps({"set": set_no, "notes": len(notes), "cpu_s": round(cpu, 2),
                          "per_10k_notes_s": round(cpu / max(1, len(notes)) * 10000, 2),
                          "true_spans": dict(true), "false_spans": len(false),
                          "names_covered": dict(names_covered), "names_total": dict(names_total)}))  # fmt: skip
        for loc, value, text in false[: args.show]:
            print("  FALSE", loc, repr(value), "|", text[:160].replace("\n", " / "))


if __name__ == "__main__":
    main()
