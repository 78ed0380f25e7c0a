"""Helper ST, session 64: every missed street / national id / phone span in the notes of a held-out set's tables
(set 49 seen or unseen seeds, set 48), with the note and the spans found, so each miss can be traced to the reader
that refused it; ``--false`` also lists street / id / phone spans found where no label holds their text (false
spans); ``--patch`` monkeypatches the pending wiring (``wiring_ST.md``) before running.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_st_s64.py LOCALE[:SEED,...] ... --out FILE.json
       [--set 49|48] [--unseen] [--false] [--patch]
       python benchmarks/dev_st_s64.py - --scan 33,...,48 [--per-set 20] [--patch] --out FILE.json
A locale without seeds runs the set's own seeds for it; ``--unseen`` runs seeds NN501-NN503.
"""

from __future__ import annotations

import argparse
import importlib
import json
import time

import pandas as pd

import pii_heldout_scoring as scoring
import safe_synthesizer.pii.replace_engine as engine
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii

_SEEN: dict = {}
_ENTITIES = ("street_address", "national_id", "phone_number")
_SPAN_KINDS = {"street_address": ("street_address", "address"), "national_id": ("national_id", "ssn"),
               "phone_number": ("phone_number", "fax_number")}  # fmt: skip


def _recording(fn):
    def wrapper(series, *args, **kwargs):
        cells = fn(series, *args, **kwargs)
        _SEEN[series.name] = cells
        return cells

    return wrapper


def apply_patch() -> None:
    """The pending wiring of wiring_ST.md, monkeypatched."""
    import dev_st_patch

    dev_st_patch.apply()


def seeds_for(mod, number: int, locale: str, unseen: bool) -> list[int]:
    base = number * 1000
    if unseen:
        return [base + 501, base + 502, base + 503]
    if locale in mod.FIRST7:
        return list(range(base + 1, base + 7))
    if locale in getattr(mod, "NEW8", ()):
        return [base + 1, base + 2]
    return [base + 1]


def misses(mod, number: int, locale: str, seed: int, want_false: bool, kinds) -> tuple[list, dict, list]:
    table = getattr(mod, f"heldout{number}_table")(locale, seed)
    df = table.frame
    _SEEN.clear()
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    cells = _SEEN.get(table.notes_column)
    found = (
        [[(c[s.start : s.end], s.entity) for s in sp] for c, sp in zip(cells.texts, cells.spans, strict=True)]
        if cells
        else None
    )
    out, counts, false = [], {k: [0, 0] for k in kinds}, []
    for k, (before, after, truth) in enumerate(
        zip(df[table.notes_column], result.data[table.notes_column], table.notes, strict=True)
    ):
        after = "" if after is None or (isinstance(after, float) and pd.isna(after)) else str(after)
        for entity, value in truth:
            if entity not in kinds:
                continue
            ok = scoring.caught(entity, value, after, locale, mod.CJK)
            counts[entity][0] += ok
            counts[entity][1] += 1
            if not ok:
                out.append({"seed": seed, "entity": entity, "value": value, "note": before,
                            "spans": found[k] if found else None})  # fmt: skip
        if want_false and found:
            labelled = " ".join(str(v) for _, v in truth)
            for text, entity in found[k]:
                words = [w.strip(".,;:!?()") for w in text.split()]
                if any(entity in _SPAN_KINDS[x] for x in kinds) and not all(w in labelled for w in words):
                    false.append({"seed": seed, "span": text, "entity": entity, "note": before})
    return out, counts, false


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("specs", nargs="+")
    ap.add_argument("--set", type=int, default=49)
    ap.add_argument("--unseen", action="store_true")
    ap.add_argument("--false", action="store_true")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--kinds", default=",".join(_ENTITIES))
    ap.add_argument("--scan", help="comma-separated set numbers: false spans of the new readers alone")
    ap.add_argument("--per-set", type=int, default=20)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.patch:
        apply_patch()
    # Where the engine calls detect_text: itself before the wiring of session 64, text_chunk_context after it.
    if hasattr(engine, "detect_text"):
        engine.detect_text = _recording(engine.detect_text)
    else:
        import safe_synthesizer.pii.text_chunk_context as context

        context.detect_text = _recording(context.detect_text)
    if a.scan:
        scan([int(x) for x in a.scan.split(",")], a.per_set, a.out)
        return
    kinds = tuple(a.kinds.split(","))
    mod = importlib.import_module(f"heldout{a.set}_shapes")
    specs = a.specs
    if specs == ["new8"]:
        specs = list(mod.NEW8)
    res = {}
    for spec in specs:
        loc, _, seeds = spec.partition(":")
        seeds_l = [int(s) for s in seeds.split(",")] if seeds else seeds_for(mod, a.set, loc, a.unseen)
        allm, tot, allf = [], {k: [0, 0] for k in kinds}, []
        t0 = time.process_time()
        for s in seeds_l:
            m, c, f = misses(mod, a.set, loc, s, a.false, kinds)
            allm += m
            allf += f
            for k in kinds:
                tot[k] = [tot[k][0] + c[k][0], tot[k][1] + c[k][1]]
        res[loc] = {"counts": tot, "misses": allm, "false": allf, "cpu": round(time.process_time() - t0, 1)}
        print(loc, tot, len(allm), len(allf), res[loc]["cpu"], flush=True)
        with open(a.out, "w") as fh:
            json.dump(res, fh, ensure_ascii=False, indent=1)


def scan(sets: list[int], per_set: int, out_path: str) -> None:
    """Spans of the new note readers (alone, no table context) on the notes of earlier sets' tables (their first
    seed; the first 7, the new 8 and ``per_set`` others) and the shared clothing reviews: a span whose words no
    label of its note holds is a false span."""
    import random

    import dev_st_patch

    finders = dev_st_patch.note_finders()
    found: list[dict] = []
    n_notes = 0
    for number in sets:
        mod = importlib.import_module(f"heldout{number}_shapes")
        build = getattr(mod, f"heldout{number}_table")
        others = [x for x in mod.LOCALES if x not in mod.FIRST7 and x not in getattr(mod, "NEW8", ())]
        locales = [*mod.FIRST7, *getattr(mod, "NEW8", ()), *random.Random(number).sample(others, per_set)]
        for loc in locales:
            try:
                table = build(loc, number * 1000 + 1)
            except Exception as exc:  # an old builder's own limits: skip, say so
                print("skip", number, loc, type(exc).__name__, flush=True)
                continue
            for note, truth in zip(table.frame[table.notes_column], table.notes, strict=True):
                if not isinstance(note, str) or not note:
                    continue
                n_notes += 1
                labelled = " ".join(str(v) for _, v in truth)
                for name, fn in finders.items():
                    for a, b, e in fn(note, loc):
                        words = [w.strip(".,;:!?()") for w in note[a:b].split()]
                        if not all(w in labelled for w in words):
                            found.append({"set": number, "locale": loc, "finder": name, "span": note[a:b],
                                          "entity": e, "note": note})  # fmt: skip
        print(number, n_notes, len(found), flush=True)
    for path in ("/work/shared/data/womens_clothing_reviews.csv",):
        df = pd.read_csv(path)
        for col in df.columns:
            if pd.api.types.is_numeric_dtype(df[col]):
                continue
            for note in df[col].dropna().astype(str):
                n_notes += 1
                for name, fn in finders.items():
                    for a, b, e in fn(note, "en_US"):
                        found.append({"set": "shared", "locale": col, "finder": name, "span": note[a:b],
                                      "entity": e, "note": note})  # fmt: skip
        print(path, n_notes, len(found), flush=True)
    with open(out_path, "w") as fh:
        json.dump({"notes": n_notes, "found": found}, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
