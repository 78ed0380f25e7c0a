"""Helper TX, session 63: every missed person name / surname in the notes of a held-out set's tables (set 48 or
47, seen or unseen seeds), with the original and the replaced note and the spans found, so each miss can be traced
to the finder that refused it; ``--false`` also lists spans found as a person where no label is (false spans).

Usage: PYTHONPATH=<tree>/src:benchmarks python benchmarks/dev_tx_s63.py LOCALE[:SEED,...] ... --out FILE.json
       [--set 47|48] [--unseen] [--false]
       python benchmarks/dev_tx_s63.py - --scan 33,34,...,48 [--per-set 20] --out FILE.json
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


def _recording(fn):
    def wrapper(series, *args, **kwargs):
        cells = fn(series, *args, **kwargs)
        _SEEN[series.name] = cells
        return cells

    return wrapper


engine.detect_text = _recording(engine.detect_text)


def seeds_for(mod, number: int, locale: str, unseen: bool) -> list[int]:
    base = number * 1000
    if unseen:
        return [base + 501, base + 502, base + 503]
    if locale in mod.FIRST7:
        return list(range(base + 1, base + 7))
    if locale in getattr(mod, "NEW8", ()):
        return [base + 1, base + 2]
    return [base + 1]


def misses(mod, number: int, locale: str, seed: int, want_false: bool) -> tuple[list[dict], list[int], list[dict]]:
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
    out, counts, false = [], [0, 0], []
    for k, (before, after, truth) in enumerate(
        zip(df[table.notes_column], result.data[table.notes_column], table.notes, strict=True)
    ):
        after = "" if after is None or (isinstance(after, float) and pd.isna(after)) else str(after)
        for entity, value in truth:
            if entity not in ("name", "last_name"):
                continue
            ok = scoring.caught(entity, value, after, locale, mod.CJK)
            counts[0] += ok
            counts[1] += 1
            if not ok:
                out.append({"seed": seed, "entity": entity, "value": value, "note": before, "after": after,
                            "spans": found[k] if found else None})  # fmt: skip
        if want_false and found:
            labelled = " ".join(v for _, v in truth)
            for text, entity in found[k]:
                if entity in ("PERSON", "person", "name", "last_name", "first_name") and not any(
                    w in labelled for w in text.split()
                ):
                    false.append({"seed": seed, "span": text, "note": before})
    return out, counts, false


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("specs", nargs="+")
    ap.add_argument("--set", type=int, default=48)
    ap.add_argument("--unseen", action="store_true")
    ap.add_argument("--false", action="store_true")
    ap.add_argument("--scan", help="comma-separated set numbers: false spans of the note-alone finders")
    ap.add_argument("--per-set", type=int, default=20)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.scan:
        scan([int(x) for x in a.scan.split(",")], a.per_set, a.out)
        return
    mod = importlib.import_module(f"heldout{a.set}_shapes")
    res = {}
    for spec in a.specs:
        loc, _, seeds = spec.partition(":")
        seeds_l = [int(s) for s in seeds.split(",")] if seeds else seeds_for(mod, a.set, loc, a.unseen)
        allm, tot, allf = [], [0, 0], []
        t0 = time.process_time()
        for s in seeds_l:
            m, c, f = misses(mod, a.set, loc, s, a.false)
            allm += m
            allf += f
            tot = [tot[0] + c[0], tot[1] + c[1]]
        res[loc] = {"caught": tot[0], "total": tot[1], "misses": allm, "false": allf,
                    "cpu": round(time.process_time() - t0, 1)}  # fmt: skip
        print(loc, tot, len(allm), len(allf), res[loc]["cpu"], flush=True)
        with open(a.out, "w") as fh:
            json.dump(res, fh, ensure_ascii=False, indent=1)


def scan(sets: list[int], per_set: int, out_path: str) -> None:
    """False spans of the note-alone finders (forms of address, independent genitives) on the notes of earlier
    sets' tables (their first seed; the first 7, the new 8 and ``per_set`` others) and the shared data's text: a
    span whose words no label of its note holds."""
    import random

    from safe_synthesizer.pii.text_name_address_forms import address_form_name_spans
    from safe_synthesizer.pii.text_name_particle_runs import particle_name_spans
    from safe_synthesizer.pii.text_name_possessive_owner import possessive_owner_spans

    finders = {
        "address_forms": address_form_name_spans,
        "possessive": possessive_owner_spans,
        "particle": particle_name_spans,
    }
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
                    for a, b, _ in fn(note):
                        if not all(w in labelled for w in note[a:b].split()):
                            found.append(
                                {"set": number, "locale": loc, "finder": name, "span": note[a:b], "note": note}
                            )
        print(number, n_notes, len(found), flush=True)
    for path in ("/work/shared/data/womens_clothing_reviews.csv",):
        df = pd.read_csv(path)
        for col in df.columns:
            if pd.api.types.is_numeric_dtype(df[col]):
                continue
            for note in df[col].dropna().astype(str):
                n_notes += 1
                for name, fn in finders.items():
                    for a, b, _ in fn(note):
                        found.append({"set": "shared", "locale": col, "finder": name, "span": note[a:b], "note": note})
        print(path, n_notes, len(found), flush=True)
    with open(out_path, "w") as fh:
        json.dump({"notes": n_notes, "found": found}, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
