"""Session 63, helper DB: birth-date columns, text birth dates and false postcode columns on held-out tables.

Run with the tree to measure first on ``PYTHONPATH`` (``src:benchmarks`` or a private tree's ``src``)::

    python benchmarks/dev_db_s63.py --set 48 --seeds 48001 --locales en_GB,fr_FR

Per table: the birth-date columns found (shown and hidden headers), the false postcode and date columns, and the
birth dates of the notes the text rules find (``pattern_spans``). Prints counts and, with ``--show``, the misses.
"""

from __future__ import annotations

import argparse
import importlib

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import pattern_spans

DOB = "date_of_birth"


def _builder(set_id: int):
    if set_id == 48:
        return importlib.import_module("heldout48_shapes").heldout48_table
    mod = importlib.import_module(f"heldout{set_id}_shapes")
    return getattr(mod, f"heldout{set_id}_table")


def _bench(set_id: int):
    return importlib.import_module(f"bench_pii_heldout{set_id}")


def table_counts(set_id: int, locale: str, seed: int, show: bool) -> dict:
    t = _builder(set_id)(locale, seed)
    bench = _bench(set_id)
    out = {"dob_pos": 0, "dob_hit": 0, "false_postcode": 0, "false_dob": 0, "text_pos": 0, "text_hit": 0}
    for hidden in (False, True):
        s = bench.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
        pos, hit = s["by_entity"].get(DOB, [0, 0])[::-1]
        out["dob_pos"] += pos
        out["dob_hit"] += hit
        for f in s["false"]:
            if f.endswith("->postcode"):
                out["false_postcode"] += 1
            if f.endswith("->date_of_birth"):
                out["false_dob"] += 1
            if show and (f.endswith("->postcode") or "date_of_birth" in f):
                print(f"  FALSE {locale}/{seed} {'hidden' if hidden else 'shown'} {f}")
        for m in s["miss"]:
            if show and m.split(":")[-1].startswith(DOB):
                print(f"  MISS {locale}/{seed} {'hidden' if hidden else 'shown'} {m}")
    notes = t.frame[t.notes_column].tolist()
    for note, labels in zip(notes, t.notes, strict=True):
        births = [v for e, v in (labels or []) if e == DOB]
        if not births:
            continue
        spans = [note[a:b] for a, b, e in pattern_spans(note, (), frozenset({E.DATE_OF_BIRTH})) if e == DOB]
        for value in births:
            out["text_pos"] += 1
            ok = any(value.split(";")[0].strip() in s for s in spans)
            out["text_hit"] += ok
            if show and not ok:
                print(f"  TEXT-MISS {locale}/{seed} {value!r} in {note[:120]!r}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=48)
    ap.add_argument("--locales", required=True)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    total: dict[str, int] = {}
    for locale in a.locales.split(","):
        for seed in (int(s) for s in a.seeds.split(",")):
            try:
                c = table_counts(a.set, locale, seed, a.show)
            except (KeyError, IndexError, ValueError) as exc:  # a seed the set has not for this locale
                print(f"skip {locale}/{seed}: {type(exc).__name__}")
                continue
            for k, v in c.items():
                total[k] = total.get(k, 0) + v
    print(total)


if __name__ == "__main__":
    main()
