"""Helper FX (session 55): club numbers, church dedications and choice lists read as ids and places, before/after.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_fx_s55.py --set 40 --tables en_US:40005,sk_SK:40001
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_fx_s55.py --set 40 --seeds 40501-40503 --shapes judo,bells
        [--limit 30]

Scores each table as the runners do (``pii_heldout_scoring.score_columns``, shown and hidden) unwired and with the
three vetoes patched in as ``/work/s55docs/wiring_FX.md`` asks (no shared file edited), and prints every false or
missed column that changes.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter

import pii_heldout_scoring as scoring
from safe_synthesizer.pii import detect_table as dt
from safe_synthesizer.pii.column_id_club_numbers import club_number_columns
from safe_synthesizer.pii.column_place_choice_lists import choice_list_columns
from safe_synthesizer.pii.column_place_dedications import dedication_columns

_TITLE, _VENUE = dt.title_columns, dt.venue_named_columns


def _wired(df, found):  # type: ignore[no-untyped-def]
    return [
        *_TITLE(df, found),
        *club_number_columns(df, found),
        *dedication_columns(df, found),
        *choice_list_columns(df, found),
    ]


def _wired_rescued(df, found):  # type: ignore[no-untyped-def]
    return list(dict.fromkeys([*_VENUE(df, found), *dedication_columns(df, found), *choice_list_columns(df, found)]))


def wire(on: bool) -> None:
    """Patch the vetoes in (or take them out)."""
    dt.title_columns, dt.venue_named_columns = (_wired, _wired_rescued) if on else (_TITLE, _VENUE)


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=40)
    ap.add_argument("--tables", default="", help="locale:seed,...")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--shapes", default="")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    if args.tables:
        tables = [(t.split(":")[0], int(t.split(":")[1])) for t in args.tables.split(",")]
    else:
        locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)
        tables = [(loc, s) for s in _seeds(args.seeds) for loc in locales]
        if args.shapes:
            tables = [(loc, s) for loc, s in tables if shapes.shape_of(loc, s) in args.shapes.split(",")]
    if args.limit:
        tables = tables[:: max(1, len(tables) // args.limit)][: args.limit]
    agg = {w: Counter() for w in ("before", "after")}
    for locale, seed in tables:
        t = build(locale, seed, n=0)
        for mode in ("shown", "hidden"):
            res = {}
            for w in ("before", "after"):
                wire(w == "after")
                s = scoring.score_columns(t.frame, t.labels, mode == "hidden", locale, t.notes_column)
                res[w] = s
                for k in ("hit", "pos", "found", "correct"):
                    agg[w][f"{mode}_{k}"] += s[k]
                agg[w][f"{mode}_false"] += len(s["false"])
                agg[w][f"{mode}_miss"] += len(s["miss"])
            for k in ("false", "miss"):
                gone = set(res["before"][k]) - set(res["after"][k])
                new = set(res["after"][k]) - set(res["before"][k])
                for f in sorted(gone):
                    print(f"  fixed {k} {mode} {locale}/{seed} {t.shape} {f}", flush=True)
                for f in sorted(new):
                    print(f"  NEW {k} {mode} {locale}/{seed} {t.shape} {f}", flush=True)
    wire(False)
    print(f"tables {len(tables)}")
    for w, c in agg.items():
        print(w, " ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    sys.exit(main())
