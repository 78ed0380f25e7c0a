"""Session 58, helper TN: what the opening-subject, other-script-slot, cue-word and id-acronym readers find on the
notes of held-out sets (43 seen, 43's unseen seeds, 33-42), against each note's truth.

Usage: ``PYTHONPATH=src:benchmarks python benchmarks/dev_tn_s58.py build 43,43u,42`` (caches the notes in /tmp), then
``... dev_tn_s58.py score 43,43u,42 [reader ...]``. Per set and reader: spans on a truth name (hits), on a truth span
of another entity (wrong), on no truth span (false, with examples), and the cost per 10,000 notes. Prints values of
synthetic notes only.
"""

from __future__ import annotations

import contextlib
import importlib
import pickle
import sys
import time
from pathlib import Path

CACHE = Path("/tmp/s58_TN")
NAMES = {"name", "first_name", "last_name", "person", "given_name", "surname", "full_name"}


def build(sets: list[str]) -> None:
    CACHE.mkdir(exist_ok=True)
    for s in sets:
        if s == "43u":
            mod, seeds = importlib.import_module("heldout43_shapes"), (43501, 43502, 43503)
            fn = mod.heldout43_table
        else:
            mod = importlib.import_module(f"heldout{s}_shapes")
            fn, seeds = getattr(mod, f"heldout{s}_table"), mod.SEEDS
        rows = []
        for loc in mod.LOCALES:
            for seed in seeds:
                t = fn(loc, seed)
                for v, lab in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
                    if isinstance(v, str) and v.strip():
                        rows.append((loc, v, [tuple(x[:2]) for x in lab]))
        (CACHE / f"notes_{s}.pkl").write_bytes(pickle.dumps(rows))
        print(s, len(rows), file=sys.stderr)


def _readers() -> dict:
    from safe_synthesizer.pii.text_name_opening_subject import opening_subject_spans

    out = {"opening": opening_subject_spans}
    for mod, fn, key in (
        ("text_name_other_script_slots", "other_script_slot_spans", "script"),
        ("text_name_cue_words_world", "cue_word_name_spans", "cues"),
        ("text_id_acronym_cues", "acronym_id_spans", "ids"),
    ):
        with contextlib.suppress(ImportError):
            out[key] = getattr(importlib.import_module(f"safe_synthesizer.pii.{mod}"), fn)
    return out


def _truth_spans(note: str, truth: list) -> list[tuple[int, int, str]]:
    out = []
    for entity, value in truth:
        value = str(value)
        start = note.find(value)
        while value and start >= 0:
            out.append((start, start + len(value), entity))
            start = note.find(value, start + 1)
    return out


def score(sets: list[str], wanted: list[str]) -> None:
    readers = {k: f for k, f in _readers().items() if not wanted or k in wanted}
    for s in sets:
        rows = pickle.loads((CACHE / f"notes_{s}.pkl").read_bytes())
        for key, fn in readers.items():
            hits = wrong = false = 0
            examples, by_locale = [], {}
            t0 = time.process_time()
            found = [fn(note) for _, note, _ in rows]
            cost = (time.process_time() - t0) / max(len(rows), 1) * 10_000
            for (loc, note, truth), spans in zip(rows, found, strict=True):
                gold = _truth_spans(note, truth)
                for a, b, e in spans:
                    over = [g for g in gold if g[0] < b and a < g[1]]
                    want_names = e in NAMES
                    if any((g[2] in NAMES) == want_names for g in over):
                        hits += 1
                        by_locale[loc] = by_locale.get(loc, 0) + 1
                    elif over:
                        wrong += 1
                        examples.append(("WRONG", loc, note[a:b], e, note[:140]))
                    else:
                        false += 1
                        examples.append(("FALSE", loc, note[a:b], e, note[:140]))
            print(f"set {s} {key}: notes {len(rows)} hits {hits} wrong {wrong} false {false} cost {cost:.2f}s/10k")
            for ex in examples[:40]:
                print("   ", ex)


def novel(sets: list[str], wanted: list[str]) -> None:
    """Truth names the readers find that the detector as it stands (``find_spans``) leaves, per locale."""
    from safe_synthesizer.pii.text_detector import load_text_detector

    entities = ["name", "first_name", "last_name", "phone_number", "national_id", "street_address", "email"]
    detector = load_text_detector(entities)
    readers = {k: f for k, f in _readers().items() if not wanted or k in wanted}
    for s in sets:
        rows = pickle.loads((CACHE / f"notes_{s}.pkl").read_bytes())
        fired = [(loc, note, truth, {k: f(note) for k, f in readers.items()}) for loc, note, truth in rows]
        fired = [r for r in fired if any(r[3].values())]
        found = detector.find_spans([note for _, note, _, _ in fired])
        gold_total = sum(
            1 for _, note, truth in rows for g in _truth_spans(note, truth) if g[2] in NAMES | {"national_id"}
        )
        for key in readers:
            new, new_false, per_locale, examples = 0, 0, {}, []
            for (loc, note, truth, spans), base in zip(fired, found, strict=True):
                gold = _truth_spans(note, truth)
                for a, b, e in spans[key]:
                    if any(
                        (x.start < b and a < x.end and x.entity == e) or (x.start <= a and b <= x.end) for x in base
                    ):
                        continue
                    over = [g for g in gold if g[0] < b and a < g[1] and (g[2] in NAMES) == (e in NAMES)]
                    if over:
                        new += 1
                        per_locale[loc] = per_locale.get(loc, 0) + 1
                    else:
                        new_false += 1
                        examples.append((loc, note[a:b], note[:120]))
            top = sorted(per_locale.items(), key=lambda kv: -kv[1])[:12]
            print(
                f"set {s} {key}: new truth spans {new} (of {gold_total} truth name/id spans), new non-truth {new_false}"
            )
            print("    by locale:", top)
            for ex in examples[:15]:
                print("    NEW-FALSE", ex)


if __name__ == "__main__":
    command, sets = sys.argv[1], sys.argv[2].split(",")
    {
        "build": lambda: build(sets),
        "score": lambda: score(sets, sys.argv[3:]),
        "novel": lambda: novel(sets, sys.argv[3:]),
    }[command]()
