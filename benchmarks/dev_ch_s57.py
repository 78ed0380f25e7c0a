"""Session 57, helper CH: measure the thread-label and bare sign-off rules on the notes of the held-out sets.

For each note of a set (its truth labels known), runs the new rules alone and counts the truth values they find
(``hit``) and the spans that lie in no truth value (``false``: printed, to read). Notes are cached per set in
``/tmp/ch_notes_<set>_<seed>.pkl`` (building 88+ tables takes minutes).

    PYTHONPATH=src:benchmarks python benchmarks/dev_ch_s57.py --sets 42 --seeds 42 --locales all
    PYTHONPATH=src:benchmarks python benchmarks/dev_ch_s57.py --sets 33,34,35,36,37,38,39,40,41 --first-seed
    PYTHONPATH=src:benchmarks python benchmarks/dev_ch_s57.py --shared
"""

from __future__ import annotations

import argparse
import importlib
import os
import pickle
import time

import pandas as pd

from safe_synthesizer.pii.text_name_bare_signoff import bare_signoff_spans
from safe_synthesizer.pii.text_name_thread_labels import thread_label_spans

RULES = {"thread": thread_label_spans, "signoff": bare_signoff_spans}


def _notes(set_id: int, seed: int | None, locales: list[str] | None) -> list[tuple[str, str, list]]:
    shapes = importlib.import_module(f"heldout{set_id}_shapes")
    table = getattr(shapes, f"heldout{set_id}_table")
    seed = seed or shapes.SEEDS[0]
    key = "all" if locales is None else f"{len(locales)}_{abs(hash(tuple(locales))) % 10**6}"
    path = f"/tmp/ch_notes_{set_id}_{seed}_{key}.pkl"
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return pickle.load(fh)
    out = []
    for loc in locales or list(shapes.LOCALES):
        try:
            t = table(loc, seed)
        except Exception as exc:  # a builder that needs a data file absent here
            print("skip", set_id, loc, type(exc).__name__)
            continue
        for text, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
            if isinstance(text, str) and text:
                out.append((loc, text, list(truth)))
    with open(path, "wb") as fh:
        pickle.dump(out, fh)
    return out


def _score(notes: list[tuple[str, str, list]], verbose: bool) -> dict[str, list[int]]:
    stats = {name: [0, 0, 0] for name in RULES}  # hits, false, seconds*1000
    for name, rule in RULES.items():
        t0 = time.process_time()
        for loc, text, truth in notes:
            spans = rule(text)
            values = [str(v) for _, v in truth]
            for a, b, _ in spans:
                found = text[a:b]
                if any(found in v or v in found for v in values):
                    stats[name][0] += 1
                else:
                    stats[name][1] += 1
                    if verbose:
                        print(f"  FALSE {name} {loc}: {found!r} in {text!r}")
        stats[name][2] = int(1000 * (time.process_time() - t0))
    return stats


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="42")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="all")
    ap.add_argument("--shared", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    if args.shared:
        data = "/work/shared/data"
        for f in sorted(os.listdir(data)):
            if not f.endswith(".csv"):
                continue
            df = pd.read_csv(os.path.join(data, f), low_memory=False, nrows=20000)
            for c in df.columns:
                if not (df[c].dtype == object or pd.api.types.is_string_dtype(df[c])):
                    continue
                cells = [(f, str(v), []) for v in df[c].dropna().tolist()]
                print(f, c, len(cells), _score(cells, not args.quiet))
        return
    locales = None if args.locales == "all" else args.locales.split(",")
    if args.locales == "seen42":  # the 88 locales of the set 42 run
        import json

        with open("benchmarks/results/pii_heldout42_after.json") as fh:
            locales = list(json.load(fh)["locales"])
    for s in [int(x) for x in args.sets.split(",")]:
        seeds = [int(x) for x in args.seeds.split(",")] if args.seeds else [None]
        for seed in seeds:
            notes = _notes(s, seed, locales)
            print(f"set {s} seed {seed}: {len(notes)} notes", _score(notes, not args.quiet), flush=True)


if __name__ == "__main__":
    main()
