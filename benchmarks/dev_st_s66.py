"""Helper ST, session 66: note recall (names, streets, phones, ids) of held-out tables through ``replace_pii``.

``recall``: every labelled value of a held-out set's notes, scored with the set's runner's trace test
(``bench_pii_heldoutNN.caught``) on the replaced note; misses listed with the ORIGINAL note so the cause can be read.
``--patch`` wires this session's pending readers (``/work/s66docs/wiring_ST.md``) in first, so a run with and one
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
    """This session's pending wiring (``/work/s66docs/wiring_ST.md``), monkeypatched into ``text_replace``."""
    import safe_synthesizer.pii.text_replace as tr

    if getattr(tr, "_st_s66", False):
        return
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.text_name_run_closure import with_run_closure_names
    from safe_synthesizer.pii.text_name_script_initials import with_script_initial_names
    from safe_synthesizer.pii.text_street_name_number import with_name_number_streets
    from safe_synthesizer.pii.text_street_person_named import with_person_named_streets

    def with_st66(text, spans, wants_names, wants_streets):
        if wants_names:
            spans = with_run_closure_names(text, spans)
        if wants_streets:
            spans = with_person_named_streets(text, spans)
        if wants_names:
            spans = with_script_initial_names(text, spans)
        if wants_streets:
            spans = with_name_number_streets(text, spans)
        return spans

    orig = tr.detect_text

    def detect_text(series, detector, *args, **kwargs):
        cells = orig(series, detector, *args, **kwargs)
        wants_names = bool(detector.entities & {E.NAME, E.FIRST_NAME, E.LAST_NAME})
        wants_streets = bool(detector.entities & {E.STREET_ADDRESS, E.ADDRESS})
        for i, text in enumerate(cells.texts):
            if text is None:
                continue
            cells.spans[i] = with_st66(text, cells.spans[i], wants_names, wants_streets)
        return cells

    import safe_synthesizer.pii.text_chunk_context as tcc

    tr.detect_text = detect_text
    tcc.detect_text = detect_text  # the engine calls it from there
    tr._st_s66 = True

    # Edit 4: a residue word opening with a combining mark is a split word (``ப. தேவி``), not a residue.
    import unicodedata

    import safe_synthesizer.pii.person_parts_fakes as ppf

    inner_needs = ppf.needs_parts_fake

    def needs_parts_fake(parts):
        rest = parts.frame.replace(ppf.PERSON_SLOT, " ")
        words = [w for w in ppf._READ_BY_FULL_NAMES.split(rest) if w]
        if any(unicodedata.category(w[0]).startswith("M") for w in words):
            return False
        return inner_needs(parts)

    ppf.needs_parts_fake = needs_parts_fake


SPANS: dict[str, list[tuple[str, str]]] = {}


def record() -> None:
    """Wrap ``detect_text`` (after any patch) so every note's final spans are kept by note text (for the misses)."""
    import safe_synthesizer.pii.text_chunk_context as tcc
    import safe_synthesizer.pii.text_replace as tr

    inner = tcc.detect_text

    def detect_text(series, detector, *args, **kwargs):
        cells = inner(series, detector, *args, **kwargs)
        for text, spans in zip(cells.texts, cells.spans, strict=True):
            if text is not None:
                SPANS[text] = [(text[s.start : s.end], str(s.entity)) for s in spans]
        return cells

    tr.detect_text = detect_text
    tcc.detect_text = detect_text


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
                                       "out": new, "spans": SPANS.get(str(note), [])})  # fmt: skip
        ents = sorted({e for e, _ in by})
        res[loc] = {"by": {e: [by[(e, 1)], by[(e, 0)]] for e in ents}, "misses": misses,
                    "cpu": round(time.process_time() - t0, 1)}  # fmt: skip
        for e in ents:
            tot[(e, 1)] += by[(e, 1)]
            tot[(e, 0)] += by[(e, 0)]
        print(loc, {e: f"{by[(e, 1)]}/{by[(e, 0)]}" for e in ents}, res[loc]["cpu"], flush=True)
        Path(a.out).write_text(json.dumps(res, ensure_ascii=False, indent=1))
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
    """False spans of this session's readers alone: on every note of a dump of sets 33-49 (``--notes``: ``{"set",
    "loc", "note", "truth"}``; the labelled persons and streets stand in for what the detector finds) and on the
    clothing reviews. A span is false when a word of it is in no label. The tail reader is also run on every
    labelled name of three words or more cut to its first two (a capped run): a tail past the label is false."""
    from safe_synthesizer.pii.text_name_run_closure import run_closure_name_spans
    from safe_synthesizer.pii.text_name_script_initials import script_initial_name_spans
    from safe_synthesizer.pii.text_street_name_number import name_number_street_spans
    from safe_synthesizer.pii.text_street_person_named import person_named_street_spans

    rows = json.loads(Path(a.notes).read_text())
    rows += [{"note": r, "truth": [], "set": "reviews", "loc": "en_US"} for r in _reviews()]
    found, counts = [], Counter()
    for row in rows:
        note = row["note"]
        labelled = " ".join(v for _, v in row["truth"])
        given = []
        for e, v in row["truth"]:
            if e in ("name", "last_name", "first_name", "street_address") and v:
                m = re.search(re.escape(v), note)
                if m is not None:
                    given.append((m.start(), m.end(), "name" if e != "street_address" else e))
        persons = [g for g in given if g[2] == "name"]
        out = {
            "closure": run_closure_name_spans(note, given),
            "initials": script_initial_name_spans(note, given),
            # The street readers see the persons only: a street they take must be a labelled one.
            "person_street": person_named_street_spans(note, persons),
            "number_street": name_number_street_spans(note, persons),
        }
        given_set = {(x, y) for x, y, _ in given}
        for reader, spans in out.items():
            for x, y, _ in spans:
                if (x, y) in given_set:
                    continue
                # An initial the labels leave out (``Patient Z. de Roos``, label ``de Roos``) is the person's.
                ok = all(w in labelled or re.fullmatch(r"\w\.", w) for w in note[x:y].replace(",", " ").split())
                counts[(reader, ok)] += 1
                found.append({"reader": reader, "true": ok, "set": row["set"], "loc": row["loc"], "span": note[x:y],
                              "note": note[:200]})  # fmt: skip
        for x, y, e in given:
            words = note[x:y].split()
            if e != "name" or len(words) < 3:
                continue
            cut = x + len(" ".join(words[:2]))
            for p, q, _ in run_closure_name_spans(note, [(x, cut, "name")]):
                ok = q <= y
                counts[("capped", ok)] += 1
                found.append({"reader": "capped", "true": ok, "set": row["set"], "loc": row["loc"],
                              "span": note[p:q], "label": note[x:y], "note": note[:200]})  # fmt: skip
    for reader in ("closure", "initials", "person_street", "number_street", "capped"):
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
    record()
    {"recall": recall, "scan": scan}[a.mode](a)


if __name__ == "__main__":
    sys.exit(main())
