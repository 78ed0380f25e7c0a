"""Which columns helper CM's vetoes take away on held-out sets, with their labels (session 53).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_cm_veto_scan.py --set 36 --group first7 --seeds 36001

Runs ``plan_columns`` on every table, shown and hidden, with the vetoes patched in (as the wiring request asks)
and prints every column a veto took, with its label: a labelled (true) column taken is a recall loss.

The vetoes are wired in ``detect_table`` since 6decb165: patching them in again only repeats them (harmless).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time

import pii_heldout_scoring as scoring

TAKEN: list[tuple[str, str]] = []


def _wire() -> None:
    from safe_synthesizer.pii import detect_table as dt
    from safe_synthesizer.pii.column_foreign_postcodes import foreign_prefix_postcode_columns
    from safe_synthesizer.pii.column_group_sections import group_section_columns
    from safe_synthesizer.pii.column_venue_destinations import venue_town_columns

    title, venue = dt.title_columns, dt.venue_named_columns

    def log(kind: str, cols: list[str]) -> list[str]:
        TAKEN.extend((kind, c) for c in cols)
        return cols

    def title_and_more(df, found):  # type: ignore[no-untyped-def]
        return [
            *title(df, found),
            *log("postcode", foreign_prefix_postcode_columns(df, found)),
            *log("section", group_section_columns(df, found)),
            *log("venue", venue_town_columns(df, found)),
        ]

    def venue_or_destination(df, found):  # type: ignore[no-untyped-def]
        found_venues = log("venue-rescued", venue_town_columns(df, found))
        found_groups = log("section-rescued", group_section_columns(df, found))
        return list(dict.fromkeys([*venue(df, found), *found_venues, *found_groups]))

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
    ap.add_argument("--group", default="first7")
    ap.add_argument("--locales", default="")
    ap.add_argument("--step", type=int, default=1, help="every n-th locale")
    args = ap.parse_args()
    _wire()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    groups = {"first7": "FIRST7", "other": "OTHER", "all": "LOCALES"}
    new8 = next((n for n in dir(shapes) if n.startswith("NEW8")), "LOCALES")
    locales = args.locales.split(",") if args.locales else list(getattr(shapes, groups.get(args.group, new8)))
    start, n, bad = time.process_time(), 0, 0
    for locale in locales[:: args.step]:
        for seed in _seeds(args.seeds):
            t = build(locale, seed, n=0)
            for hidden in (False, True):
                df, labels = t.frame, t.labels
                if hidden:
                    df, labels = scoring._hide(df, labels)
                TAKEN.clear()
                scoring.plan_columns(df, scoring.infer_schema(df), scoring.ReplacePiiParameters(), seed=0)
                n += 1
                for kind, col in TAKEN:
                    label = labels.get(col)
                    bad += bool(label) and label != "dont_care"
                    cells = df[col].dropna().astype(str).head(5).tolist()
                    mode = "hidden" if hidden else "shown"
                    print(f"TAKEN {kind} {args.set} {locale}/{seed} {mode} {col!r} label={label} {cells}", flush=True)
    print(f"set {args.set}: {n} frames, true columns taken {bad}, cpu {time.process_time() - start:.0f}s")


if __name__ == "__main__":
    sys.exit(main())
