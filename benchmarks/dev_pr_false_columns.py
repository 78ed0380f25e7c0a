"""False and missed PII columns of the held-out sets, shown and hidden (helper PR, session 51).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pr_false_columns.py --set 36 --seeds 36501-36503
    [--locales a,b] [--show] [--json OUT]

Builds ``heldoutNN_shapes.heldoutNN_table(locale, seed)`` for every locale (default: the set's own) and seed, scores
the columns as the runners do (``pii_heldout_scoring.score_columns``) and prints per mode the true columns found, the
columns found and the false ones (``--show``: the first cells of each false column).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections import Counter

import pii_heldout_scoring as scoring

_LAST: dict = {}
_plan_columns = scoring.plan_columns


def _recording_plan_columns(*a, **k):  # type: ignore[no-untyped-def]
    plans = _plan_columns(*a, **k)
    _LAST.clear()
    _LAST.update({p.column: p.method for p in plans})
    return plans


scoring.plan_columns = _recording_plan_columns


def _wire() -> None:
    """Helper PR's vetoes as the wiring request asks, patched in (no shared file edited)."""
    from safe_synthesizer.pii import column_name_pairs as cnp
    from safe_synthesizer.pii import detect_table as dt
    from safe_synthesizer.pii.column_phrase_names import phrase_named_columns
    from safe_synthesizer.pii.column_sparse_towns import sparse_town_findings
    from safe_synthesizer.pii.column_swapped_names import swapped_name_findings

    venue, rescued, sparse = dt.venue_named_columns, dt.rescued_columns, cnp.sparse_people_columns

    def venue_or_phrase(df, found):  # type: ignore[no-untyped-def]
        return list(dict.fromkeys([*venue(df, found), *phrase_named_columns(df, found)]))

    def rescued_swapped(frame, kept, found, params, seed):  # type: ignore[no-untyped-def]
        out = rescued(frame, kept, found, params, seed)
        out.update(swapped_name_findings(frame, out))
        return out

    def sparse_towns(df, columns, left):  # type: ignore[no-untyped-def]
        out = sparse(df, columns, left)
        out.update(sparse_town_findings(df, out))
        return out

    dt.venue_named_columns, dt.rescued_columns, cnp.sparse_people_columns = (
        venue_or_phrase,
        rescued_swapped,
        sparse_towns,
    )


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=36)
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", default="")
    ap.add_argument("--wired", action="store_true")
    ap.add_argument("--pairs", default="", help="locale:seed,... instead of --locales x --seeds")
    args = ap.parse_args()
    if args.wired:
        _wire()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)
    agg = {m: Counter() for m in ("shown", "hidden")}
    falses: list[str] = []
    misses: list[str] = []
    start = time.process_time()
    pairs = [(p.split(":")[0], int(p.split(":")[1])) for p in args.pairs.split(",") if p]
    for locale, seed in pairs or [(x, y) for x in locales for y in _seeds(args.seeds)]:
        t = build(locale, seed, n=0)
        shape = getattr(t, "shape", "?")
        print(f"# {locale}/{seed} {shape}", file=sys.stderr, flush=True)
        for mode in ("shown", "hidden"):
            s = scoring.score_columns(t.frame, t.labels, mode == "hidden", locale, t.notes_column)
            for k in ("hit", "pos", "found", "correct"):
                agg[mode][k] += s[k]
            cols = list(t.frame.columns)
            for f in s["false"]:
                falses.append(f"{mode} {locale}/{seed} {shape} {f} {_LAST.get(f.split(':')[0])}")
                if args.show:
                    name = f.split(":")[0]
                    col = cols[int(name[1:])] if mode == "hidden" and name[1:].isdigit() else name
                    if col in t.frame.columns:
                        cells = t.frame[col].dropna().astype(str).head(6).tolist()
                        method = _LAST.get(f.split(":")[0])
                        print(f"FALSE {mode} {locale}/{seed} {shape} {f} {method} [{col}] {cells}", flush=True)
            for f in s["miss"]:
                misses.append(f"{mode} {locale}/{seed} {shape} {f}")
    for mode, c in agg.items():
        rec = c["hit"] / max(c["pos"], 1)
        prec = c["correct"] / max(c["found"], 1)
        print(f"{mode}: true found {c['hit']}/{c['pos']} ({rec:.4f}); correct {c['correct']}/{c['found']} ({prec:.4f})")
    print(f"false columns: {len(falses)}; missed: {len(misses)}; cpu {time.process_time() - start:.0f}s")
    for f in falses:
        print("  F", f)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"agg": {m: dict(c) for m, c in agg.items()}, "false": falses, "miss": misses}, fh, indent=1)


if __name__ == "__main__":
    sys.exit(main())
