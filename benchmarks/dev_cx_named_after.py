"""Columns the named-after veto drops on held-out sets, shown and hidden (helper CX, session 54).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_cx_named_after.py --set 39 --group first7 \
        --seeds 39001-39006 [--locales a,b] [--json OUT]

Wires ``column_named_after.named_after_columns`` as the wiring request asks (beside ``thing_named_columns`` in
``detect_table``: on the rules' findings and on the classifier's), scores every table as the runners do
(``pii_heldout_scoring.score_columns``) and prints the counts wired, then every column the veto dropped with its
true label: ``None`` (a false column gone), a person label (a true column lost) or ``dont_care``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections import Counter

import pii_heldout_scoring as scoring

_DROPPED: list[str] = []


def _wire() -> None:
    from safe_synthesizer.pii import detect_table as dt
    from safe_synthesizer.pii.column_named_after import named_after_columns

    thing = dt.thing_named_columns

    def thing_or_named_after(df, found):  # type: ignore[no-untyped-def]
        out = thing(df, found)
        extra = [c for c in named_after_columns(df, found) if c not in out]
        _DROPPED.extend(extra)
        return [*out, *extra]

    dt.thing_named_columns = thing_or_named_after


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=39)
    ap.add_argument("--seeds", default="39001")
    ap.add_argument("--group", default="first7", help="first7, new8, other or all")
    ap.add_argument("--locales", default="")
    ap.add_argument("--json", default="")
    ap.add_argument("--pairs", default="", help="locale:seed,... instead of --locales x --seeds")
    args = ap.parse_args()
    _wire()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    groups = {"first7": "FIRST7", "other": "OTHER", "all": "LOCALES"}
    new8 = next((n for n in dir(shapes) if n.startswith("NEW8")), "LOCALES")
    locales = args.locales.split(",") if args.locales else list(getattr(shapes, groups.get(args.group, new8)))
    agg = {m: Counter() for m in ("shown", "hidden")}
    dropped: list[str] = []
    start = time.process_time()
    pairs = [(p.split(":")[0], int(p.split(":")[1])) for p in args.pairs.split(",") if p]
    for locale, seed in pairs or [(x, y) for x in locales for y in _seeds(args.seeds)]:
        t = build(locale, seed, n=0)
        cols = list(t.frame.columns)
        for mode in ("shown", "hidden"):
            _DROPPED.clear()
            s = scoring.score_columns(t.frame, t.labels, mode == "hidden", locale, t.notes_column)
            for k in ("hit", "pos", "found", "correct"):
                agg[mode][k] += s[k]
            for name in dict.fromkeys(_DROPPED):
                col = cols[int(name[1:])] if mode == "hidden" and name[1:].isdigit() else name
                label = t.labels.get(col, "?")
                dropped.append(f"{mode} {locale}/{seed} {getattr(t, 'shape', '?')} [{col}] label={label}")
    for mode, c in agg.items():
        rec = c["hit"] / max(c["pos"], 1)
        prec = c["correct"] / max(c["found"], 1)
        print(f"{mode}: true found {c['hit']}/{c['pos']} ({rec:.4f}); correct {c['correct']}/{c['found']} ({prec:.4f})")
    lost = [d for d in dropped if "label=None" not in d and "dont_care" not in d]
    print(f"dropped by the veto: {len(dropped)}; of true columns: {len(lost)}; cpu {time.process_time() - start:.0f}s")
    for d in dropped:
        print("  D", d)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"agg": {m: dict(c) for m, c in agg.items()}, "dropped": dropped}, fh, indent=1)


if __name__ == "__main__":
    sys.exit(main())
