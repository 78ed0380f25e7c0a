"""False and missed PII columns of held-out sets, with helper CM's vetoes patched in (session 53).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_cm_columns.py --set 38 --group first7 --seeds 38001-38006
    [--wired] [--json OUT]

Scores every table as the runners do (``pii_heldout_scoring.score_columns``, shown and hidden) and prints the
recall / precision counts and every false or missed column with the method that decided it.

The vetoes are wired in ``detect_table`` since 6decb165: patching them in again only repeats them (harmless).
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
    """Helper CM's vetoes as the wiring request asks, patched in (no shared file edited)."""
    from safe_synthesizer.pii import detect_table as dt
    from safe_synthesizer.pii.column_foreign_postcodes import foreign_prefix_postcode_columns
    from safe_synthesizer.pii.column_group_sections import group_section_columns
    from safe_synthesizer.pii.column_venue_destinations import venue_town_columns

    title, venue = dt.title_columns, dt.venue_named_columns

    def title_and_more(df, found):  # type: ignore[no-untyped-def]
        return [
            *title(df, found),
            *foreign_prefix_postcode_columns(df, found),
            *group_section_columns(df, found),
            *venue_town_columns(df, found),
        ]

    def venue_or_destination(df, found):  # type: ignore[no-untyped-def]
        return list(
            dict.fromkeys([*venue(df, found), *venue_town_columns(df, found), *group_section_columns(df, found)])
        )

    dt.title_columns, dt.venue_named_columns = title_and_more, venue_or_destination


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.extend(range(int(a), int(b or a) + 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=38)
    ap.add_argument("--seeds", default="38001")
    ap.add_argument("--group", default="first7", help="first7, new8, other or all (the shapes module's lists)")
    ap.add_argument("--locales", default="")
    ap.add_argument("--json", default="")
    ap.add_argument("--wired", action="store_true")
    args = ap.parse_args()
    if args.wired:
        _wire()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    groups = {"first7": "FIRST7", "other": "OTHER", "all": "LOCALES"}
    new8 = next((n for n in dir(shapes) if n.startswith("NEW8")), "LOCALES")
    attr = groups.get(args.group, new8)
    locales = args.locales.split(",") if args.locales else list(getattr(shapes, attr))
    agg = {m: Counter() for m in ("shown", "hidden")}
    falses: list[str] = []
    misses: list[str] = []
    start = time.process_time()
    for locale in locales:
        for seed in _seeds(args.seeds):
            t = build(locale, seed, n=0)
            shape = getattr(t, "shape", "?")
            for mode in ("shown", "hidden"):
                s = scoring.score_columns(t.frame, t.labels, mode == "hidden", locale, t.notes_column)
                for k in ("hit", "pos", "found", "correct"):
                    agg[mode][k] += s[k]
                for f in s["false"]:
                    falses.append(f"{mode} {locale}/{seed} {shape} {f} {_LAST.get(f.rsplit(':', 1)[0])}")
                for f in s["miss"]:
                    misses.append(f"{mode} {locale}/{seed} {shape} {f} {_LAST.get(f.rsplit(':', 1)[0])}")
    for mode, c in agg.items():
        rec = c["hit"] / max(c["pos"], 1)
        prec = c["correct"] / max(c["found"], 1)
        print(f"{mode}: true found {c['hit']}/{c['pos']} ({rec:.4f}); correct {c['correct']}/{c['found']} ({prec:.4f})")
    print(f"false columns: {len(falses)}; missed: {len(misses)}; cpu {time.process_time() - start:.0f}s")
    for f in falses:
        print("  F", f)
    for f in misses:
        print("  M", f)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"agg": {m: dict(c) for m, c in agg.items()}, "false": falses, "miss": misses}, fh, indent=1)


if __name__ == "__main__":
    sys.exit(main())
