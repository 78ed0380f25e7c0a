"""Helper TX, session 64: person names in notes, at the text detector's level (fast: no column detection, no fakes).

``recall``: every labelled name / surname of a held-out set's notes, caught when no trace of it is left once every
span the detector finds is blanked (``pii_heldout_scoring.caught``), and the false name spans (a span no labelled
value holds a word of). ``--patch`` wires this session's new note readers into the detector first, so a run with
and one without compare. The replace engine's row and table evidence is left out: a miss here may be caught there,
never the other way round.

``same``: the refactor's proof: the three readers moved onto :mod:`text_name_runs` give the same spans as their
copies before it (``--orig DIR``) on every note of a notes dump (``--notes FILE``: a list of ``{"note": ...}``).

``scan``: false spans of the new readers alone on the notes of a dump (a span whose words no label of its note
holds) and on the shared data's clothing reviews.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_tx_s64.py recall --set 49 LOCALE[:SEED,...] ... [--unseen]
       [--patch] --out FILE.json
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
import time
from pathlib import Path

import pii_heldout_scoring as scoring

NAME_ENTITIES = ("name", "last_name", "first_name")
SPAN_NAMES = ("name", "last_name", "first_name", "PERSON", "person")


def patch() -> None:
    """This session's pending wiring (``/work/s64docs/wiring_TX.md``): edit 1 (the other-script reader with every
    spaced script's letters) and edit 2 (the greeting-tail and signature-block readers among the detector's name
    finders), monkeypatched into ``text_detector``."""
    import types

    import safe_synthesizer.pii.text_detector as td
    import safe_synthesizer.pii.text_name_other_script_slots as oss
    from safe_synthesizer.pii.text_name_greeting_tail import greeting_tail_spans
    from safe_synthesizer.pii.text_name_signature_block import signature_block_spans

    if hasattr(td, "greeting_tail_spans"):
        return  # the lead has wired it: nothing to patch
    src = Path(oss.__file__).read_text()
    for old, new in EDIT1:
        assert src.count(old) == 1, old
        src = src.replace(old, new)
    patched = types.ModuleType("oss_patched")
    exec(compile(src, "oss_patched", "exec"), patched.__dict__)
    td.other_script_slot_spans = patched.other_script_slot_spans
    particle = td.particle_name_spans
    td.particle_name_spans = lambda t: particle(t) + greeting_tail_spans(t) + signature_block_spans(t)


EDIT1 = (
    (
        "from safe_synthesizer.pii.text_name_opening_subject import finite_verb_after\n",
        "from safe_synthesizer.pii.text_name_opening_subject import finite_verb_after\n"
        "from safe_synthesizer.pii.text_name_spaced_letters import SPACED_OTHER_LETTERS\n",
    ),
    (
        '    "\\u1780-\\u17ff\\u1800-\\u18af\\uac00-\\ud7a3\\u200c\\u200d"\n)',
        '    "\\u1780-\\u17ff\\u1800-\\u18af\\uac00-\\ud7a3\\u200c\\u200d"\n    + SPACED_OTHER_LETTERS\n)',
    ),
)


def seeds_for(mod, number: int, locale: str, unseen: bool) -> list[int]:
    base = number * 1000
    if unseen:
        return [base + 501, base + 502, base + 503]
    if locale in mod.FIRST7:
        return list(range(base + 1, base + 7))
    if locale in getattr(mod, "NEW8", ()):
        return [base + 1, base + 2]
    return [base + 1]


def _blanked(text: str, spans) -> str:
    out, last = [], 0
    for s in sorted(spans, key=lambda s: s.start):
        if s.start < last:
            continue
        out += [text[last : s.start], "Ω" * max(1, s.end - s.start)]
        last = s.end
    return "".join([*out, text[last:]])


def recall(a) -> None:
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.text_detector import load_text_detector

    detector = load_text_detector(E.ALL_ENTITIES if hasattr(E, "ALL_ENTITIES") else _all_entities())
    mod = importlib.import_module(f"heldout{a.set}_shapes")
    build = getattr(mod, f"heldout{a.set}_table")
    cjk = getattr(mod, "CJK", scoring.CJK)
    res = {}
    for spec in a.specs:
        loc, _, seeds = spec.partition(":")
        seeds_l = [int(s) for s in seeds.split(",")] if seeds else seeds_for(mod, a.set, loc, a.unseen)
        caught_n, total, misses, false = 0, 0, [], []
        t0 = time.process_time()
        for seed in seeds_l:
            table = build(loc, seed)
            notes = [n if isinstance(n, str) else "" for n in table.frame[table.notes_column]]
            found = detector.find_spans(notes)
            for note, spans, truth in zip(notes, found, table.notes, strict=True):
                after = _blanked(note, spans)
                for entity, value in truth:
                    if entity not in ("name", "last_name"):
                        continue
                    ok = scoring.caught(entity, str(value), after, loc, cjk)
                    caught_n += ok
                    total += 1
                    if not ok:
                        misses.append({"seed": seed, "value": str(value), "note": note})
                labelled = " ".join(str(v) for _, v in truth)
                for s in spans:
                    if s.entity in SPAN_NAMES and not any(w in labelled for w in note[s.start : s.end].split()):
                        false.append({"seed": seed, "span": note[s.start : s.end], "note": note})
        res[loc] = {"caught": caught_n, "total": total, "misses": misses, "false": false,
                    "cpu": round(time.process_time() - t0, 1)}  # fmt: skip
        print(loc, caught_n, total, "false", len(false), res[loc]["cpu"], flush=True)
    Path(a.out).write_text(json.dumps(res, ensure_ascii=False, indent=1))


def _all_entities():
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters

    return ReplacePiiParameters().entities if hasattr(ReplacePiiParameters(), "entities") else []


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FINDERS = {
    "text_name_address_forms": "address_form_name_spans",
    "text_name_world_titles": "world_title_name_spans",
    "text_name_cue_words_world": "cue_word_name_spans",
}


def same(a) -> None:
    notes = [n["note"] for n in json.loads(Path(a.notes).read_text())]
    notes += _reviews()
    diffs, counts = [], {}
    for module, fn in FINDERS.items():
        old = getattr(_load(Path(a.orig) / f"{module}.py", f"orig_{module}"), fn)
        new = getattr(importlib.import_module(f"safe_synthesizer.pii.{module}"), fn)
        n = 0
        for note in notes:
            before, after = old(note), new(note)
            n += len(before)
            if before != after:
                diffs.append({"finder": module, "note": note, "before": before, "after": after})
        counts[module] = n
    print("notes", len(notes), "spans per finder", counts, "differences", len(diffs), flush=True)
    Path(a.out).write_text(json.dumps({"notes": len(notes), "spans": counts, "diffs": diffs}, ensure_ascii=False))


def _reviews() -> list[str]:
    import pandas as pd

    path = Path(__file__).resolve().parents[2] / "shared" / "data" / "womens_clothing_reviews.csv"
    if not path.exists():
        return []
    df = pd.read_csv(path)
    return [str(v) for c in df.columns if not pd.api.types.is_numeric_dtype(df[c]) for v in df[c].dropna()]


def _new_finders() -> dict:
    from safe_synthesizer.pii.text_name_greeting_tail import greeting_tail_spans

    out = {"greeting_tail": greeting_tail_spans}
    try:
        from safe_synthesizer.pii.text_name_signature_block import signature_block_spans

        out["signature_block"] = signature_block_spans
    except ImportError:
        pass
    return out


def scan(a) -> None:
    rows = json.loads(Path(a.notes).read_text())
    rows += [{"note": r, "truth": [], "set": "reviews", "loc": ""} for r in _reviews()]
    found = []
    for name, fn in _new_finders().items():
        for row in rows:
            note = row["note"]
            labelled = " ".join(v for _, v in row["truth"])
            for x, y, _ in fn(note):
                ok = all(w in labelled for w in note[x:y].split())
                found.append({"finder": name, "true": ok, "set": row.get("set"), "loc": row.get("loc"),
                              "span": note[x:y], "note": note[:160]})  # fmt: skip
        mine = [f for f in found if f["finder"] == name]
        print(name, "notes", len(rows), "spans", len(mine), "false", sum(not f["true"] for f in mine), flush=True)
    Path(a.out).write_text(json.dumps(found, ensure_ascii=False, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("recall", "same", "scan"))
    ap.add_argument("specs", nargs="*")
    ap.add_argument("--set", type=int, default=49)
    ap.add_argument("--unseen", action="store_true")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--orig", default="/tmp/tx/orig")
    ap.add_argument("--notes", default="/tmp/tx/notes_33_49.json")
    ap.add_argument("--out", required=True)
    a = ap.parse_intermixed_args()
    if a.patch:
        patch()
    {"recall": recall, "same": same, "scan": scan}[a.mode](a)


if __name__ == "__main__":
    sys.exit(main())
