"""Helper ST, session 65: note recall (names, streets, phones, ids) of held-out tables through ``replace_pii``.

``recall``: every labelled value of a held-out set's notes, scored with the set's runner's trace test
(``bench_pii_heldoutNN.caught``) on the replaced note; misses listed with the ORIGINAL note so the cause can be read.
``--patch`` wires this session's pending readers (``/work/s65docs/wiring_ST.md``) in first, so a run with and one
without compare. ``scan``: false spans of the new readers alone on notes of sets 33-49 (a dump) and the clothing
reviews.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_st_s65.py recall --set 50 LOCALE[:SEED,...] ... [--unseen]
       [--patch] --out FILE.json
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections import Counter
from pathlib import Path


def patch() -> None:
    """This session's pending wiring, monkeypatched into ``text_replace`` (the same code as the proposal)."""
    import safe_synthesizer.pii.text_replace as tr

    if getattr(tr, "_st_s65", False) or hasattr(tr, "with_note_phone_groups"):
        return
    from safe_synthesizer.pii.text_phone_note_groups import with_note_phone_groups

    try:
        from safe_synthesizer.pii.text_name_note_runs import with_note_name_runs
    except ImportError:  # not written yet
        with_note_name_runs = None
    orig_slot = tr.with_slot_streets

    def slot(text, spans, types):
        spans = orig_slot(text, spans, types)
        return spans

    tr.with_slot_streets = slot
    orig = tr.detect_text

    def detect_text(series, detector, *args, **kwargs):
        cells = orig(series, detector, *args, **kwargs)
        regions = kwargs.get("phone_regions")
        local = kwargs.get("local_phones")
        for i, text in enumerate(cells.texts):
            if text is None:
                continue
            own = (regions[i] if regions is not None else None) or ()
            loc = local[i] if local is not None else None
            regs = tuple(dict.fromkeys([*own, *(loc.regions if loc is not None else ())]))
            if regs and detector.entities & {"phone_number"}:
                cells.spans[i] = with_note_phone_groups(text, cells.spans[i], regs)
            if with_note_name_runs is not None:
                cells.spans[i] = with_note_name_runs(text, cells.spans[i])
        return cells

    tr.detect_text = detect_text
    tr._st_s65 = True


def seeds_for(mod, number: int, locale: str, unseen: bool) -> list[int]:
    base = number * 1000
    if unseen:
        return [base + 501, base + 502, base + 503]
    if locale in mod.FIRST7:
        return list(range(base + 1, base + 7))
    if locale in getattr(mod, "NEW8", ()):
        return [base + 1, base + 2]
    return [base + 1]


def recall(a) -> None:
    import pandas as pd

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    mod = importlib.import_module(f"heldout{a.set}_shapes")
    runner = importlib.import_module(f"bench_pii_heldout{a.set}")
    build = getattr(mod, f"heldout{a.set}_table")
    res, tot = {}, Counter()
    for spec in a.specs:
        loc, _, seeds = spec.partition(":")
        seeds_l = [int(s) for s in seeds.split(",")] if seeds else seeds_for(mod, a.set, loc, a.unseen)
        by, misses = Counter(), []
        t0 = time.process_time()
        for seed in seeds_l:
            table = build(loc, seed)
            df = table.frame
            out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data[table.notes_column]
            for note, new, truth, form in zip(df[table.notes_column], out, table.notes, table.forms, strict=True):
                if not form:
                    continue
                new = "" if new is None or (isinstance(new, float) and pd.isna(new)) else str(new)
                for entity, value in truth:
                    ok = runner.caught(entity, str(value), new, loc)
                    by[(entity, 1)] += ok
                    by[(entity, 0)] += 1
                    if not ok:
                        misses.append({"seed": seed, "entity": entity, "value": str(value), "note": str(note),
                                       "out": new})  # fmt: skip
        ents = sorted({e for e, _ in by})
        res[loc] = {"by": {e: [by[(e, 1)], by[(e, 0)]] for e in ents}, "misses": misses,
                    "cpu": round(time.process_time() - t0, 1)}  # fmt: skip
        for e in ents:
            tot[(e, 1)] += by[(e, 1)]
            tot[(e, 0)] += by[(e, 0)]
        print(loc, {e: f"{by[(e, 1)]}/{by[(e, 0)]}" for e in ents}, res[loc]["cpu"], flush=True)
    print("ALL", {e: f"{tot[(e, 1)]}/{tot[(e, 0)]}" for e in sorted({e for e, _ in tot})}, flush=True)
    Path(a.out).write_text(json.dumps(res, ensure_ascii=False, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("recall",))
    ap.add_argument("specs", nargs="*")
    ap.add_argument("--set", type=int, default=50)
    ap.add_argument("--unseen", action="store_true")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--out", required=True)
    a = ap.parse_intermixed_args()
    if a.patch:
        patch()
    {"recall": recall}[a.mode](a)


if __name__ == "__main__":
    sys.exit(main())
