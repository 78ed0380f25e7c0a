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
import re
import sys
import time
from collections import Counter
from pathlib import Path


def patch() -> None:
    """This session's pending wiring (``/work/s65docs/wiring_ST.md``), monkeypatched into ``text_replace``: the
    open-slot streets, the digit-group phones with their record veto and the structured ids run in
    ``detect_text``'s last pass (here: after it, the same order and inputs)."""
    import safe_synthesizer.pii.text_replace as tr
    from safe_synthesizer.pii import entities as E

    if getattr(tr, "_st_s65", False) or hasattr(tr, "with_note_phone_groups"):
        return
    from safe_synthesizer.pii.text_id_structured import with_structured_ids
    from safe_synthesizer.pii.text_name_cjk_heads import with_cjk_head_names
    from safe_synthesizer.pii.text_phone_note_groups import with_note_phone_groups
    from safe_synthesizer.pii.text_street_open_slots import with_open_slot_streets

    orig = tr.detect_text

    def detect_text(series, detector, *args, **kwargs):
        cells = orig(series, detector, *args, **kwargs)
        regions = kwargs.get("phone_regions")
        local = kwargs.get("local_phones")
        wants_phones = (regions is not None or local is not None) and bool(
            detector.entities & {E.PHONE_NUMBER, E.FAX_NUMBER}
        )
        for i, text in enumerate(cells.texts):
            if text is None:
                continue
            if detector.entities & {E.NAME, E.FIRST_NAME, E.LAST_NAME}:
                cells.spans[i] = with_cjk_head_names(text, cells.spans[i])
            if detector.entities & {E.STREET_ADDRESS, E.ADDRESS}:
                cells.spans[i] = with_open_slot_streets(text, cells.spans[i])
            if wants_phones and any(ch.isdigit() for ch in text):
                loc = local[i] if local is not None else None
                own = (regions[i] if regions is not None else None) or ()
                regs = tuple(dict.fromkeys([*own, *(loc.regions if loc is not None else ())]))
                cells.spans[i] = with_note_phone_groups(text, cells.spans[i], regs)
            if detector.entities & {E.NATIONAL_ID, E.SSN, E.TAX_ID}:
                cells.spans[i] = with_structured_ids(text, cells.spans[i])
        return cells

    import safe_synthesizer.pii.text_chunk_context as tcc

    tr.detect_text = detect_text
    tcc.detect_text = detect_text  # the engine calls it from there
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


def _reviews() -> list[str]:
    import pandas as pd

    path = Path(__file__).resolve().parents[2] / "shared" / "data" / "womens_clothing_reviews.csv"
    if not path.exists():
        return []
    df = pd.read_csv(path)
    return [str(v) for c in df.columns if not pd.api.types.is_numeric_dtype(df[c]) for v in df[c].dropna()]


def scan(a) -> None:
    """False spans of the new readers alone: on every note of a dump of sets 33-49 (``--notes``: ``{"set", "loc",
    "note", "truth"}``; the labelled names stand in for the persons the detector finds, the locale's region for the
    table's phones) and on the clothing reviews (region US). A span is false when a word of it is in no label."""
    from safe_synthesizer.pii.text_id_structured import structured_id_spans
    from safe_synthesizer.pii.text_name_cjk_heads import cjk_head_name_spans
    from safe_synthesizer.pii.text_phone_note_groups import note_group_phone_spans
    from safe_synthesizer.pii.text_street_open_slots import open_slot_street_spans

    rows = json.loads(Path(a.notes).read_text())
    rows += [{"note": r, "truth": [], "set": "reviews", "loc": "en_US"} for r in _reviews()]
    regions = {}
    found, counts = [], Counter()
    for row in rows:
        note, loc = row["note"], row["loc"]
        if loc not in regions:
            try:
                mod = importlib.import_module(f"heldout{row['set']}_shapes") if row["set"] != "reviews" else None
                regions[loc] = (mod.region(loc),) if mod is not None else ("US",)
            except Exception:
                regions[loc] = (loc.split("_")[-1],)
        labelled = " ".join(v for _, v in row["truth"])
        persons = [
            (m.start(), m.end(), "name")
            for e, v in row["truth"]
            if e in ("name", "last_name", "first_name") and v
            for m in [re.search(re.escape(v), note)]
            if m is not None
        ]
        out = {
            "cjk_name": cjk_head_name_spans(note, persons),
            "street": open_slot_street_spans(note, persons),
            "phone": note_group_phone_spans(note, [], regions[loc]),
            "id": structured_id_spans(note),
        }
        for reader, spans in out.items():
            for x, y, _ in spans:
                ok = all(w in labelled for w in note[x:y].replace(",", " ").split())
                counts[(reader, ok)] += 1
                found.append({"reader": reader, "true": ok, "set": row["set"], "loc": loc, "span": note[x:y],
                              "note": note[:200]})  # fmt: skip
    for reader in ("cjk_name", "street", "phone", "id"):
        print(reader, "notes", len(rows), "true", counts[(reader, True)], "false", counts[(reader, False)], flush=True)
    Path(a.out).write_text(json.dumps(found, ensure_ascii=False, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("recall", "scan"))
    ap.add_argument("specs", nargs="*")
    ap.add_argument("--set", type=int, default=50)
    ap.add_argument("--unseen", action="store_true")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--notes", default="/tmp/tx/notes_33_49.json")
    ap.add_argument("--out", required=True)
    a = ap.parse_intermixed_args()
    if a.patch:
        patch()
    {"recall": recall, "scan": scan}[a.mode](a)


if __name__ == "__main__":
    sys.exit(main())
