"""Dev probe (helper BD, session 55): birth-date columns of held-out tables with run-together (``01282019``) and
apostrophe-year (``Feb 7 '18``) dates read as dates, wired by monkeypatching as ``wiring_BD.md`` asks.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_bd_s55.py --set 40 --locales en_US,ar_JO --seeds 40001
    (``--only-new``: skip tables without such a cell; ``--rows N`` for seeds outside the set's own)
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter

import pii_heldout_scoring as scoring
from safe_synthesizer.pii import column_birth_cells, column_date_features, column_date_keys, column_few_births, formats
from safe_synthesizer.pii.apostrophe_year_dates import apostrophe_date, shift_apostrophe_date
from safe_synthesizer.pii.run_together_dates import run_together_date, shift_run_date

ORIG = {
    "written": column_birth_cells.written_date,
    "cell": column_birth_cells.birth_cell,
    "iso": column_birth_cells.as_iso,
    "shift": formats.shift_date_string,
}


def written_date(value: str):
    """``column_birth_cells.written_date`` wired: apostrophe years after the other readers."""
    return ORIG["written"](value) or apostrophe_date(column_birth_cells._MIDNIGHT.sub("", value.strip()))


def birth_cell(value: str):
    """``column_birth_cells.birth_cell`` wired: a run-together date is a date."""
    kind = ORIG["cell"](value)
    if kind is None and run_together_date(value.strip()) is not None:
        return "date"
    return kind


def as_iso(value: str, years_first: bool = False) -> str:
    """``column_birth_cells.as_iso`` wired: a run-together date rewritten ISO."""
    out = ORIG["iso"](value, years_first)
    d = run_together_date(out) if out == value.strip() else None
    return d.isoformat() if d is not None else out


def shift_date_string(value, days, date_formats=(), *, day_first=None):
    """``formats.shift_date_string`` wired: run-together and apostrophe dates in their own layout."""
    out = ORIG["shift"](value, days, date_formats, day_first=day_first)
    if out is not None:
        return out
    return shift_run_date(value, days, day_first) or shift_apostrophe_date(value, days)


def wire(on: bool) -> None:
    """Monkeypatch the readers (``on``) or put the originals back."""
    w = written_date if on else ORIG["written"]
    c = birth_cell if on else ORIG["cell"]
    column_birth_cells.written_date = w
    column_date_keys.written_date = w
    column_date_features.written_date = w
    column_birth_cells.birth_cell = c
    column_few_births.birth_cell = c
    column_birth_cells.as_iso = as_iso if on else ORIG["iso"]
    from safe_synthesizer.pii import replace_engine

    replace_engine.shift_date_string = shift_date_string if on else ORIG["shift"]


def is_new(value: str) -> bool:
    """A cell in one of the two layouts."""
    v = str(value).strip()
    return run_together_date(v) is not None or apostrophe_date(v) is not None


def score(table, locale: str) -> dict[str, dict]:
    return {
        mode: scoring.score_columns(table.frame, table.labels, mode == "hidden", locale, table.notes_column)
        for mode in ("shown", "hidden")
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="40")
    ap.add_argument("--locales", default="")
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--rows", type=int, default=0)
    ap.add_argument("--only-new", action="store_true")
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    a, _, b = args.seeds.partition("-")
    locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)
    pairs = [(loc, s) for loc in locales for s in range(int(a), int(b or a) + 1)]
    tot = {k: Counter() for k in ("before", "after")}
    for locale, seed in pairs:
        try:
            table = build(locale, seed, n=args.rows) if args.rows else build(locale, seed)
        except Exception as exc:
            print(f"{locale}/{seed}: no table ({exc})")
            continue
        cols = [c for c in table.frame.columns if c != table.notes_column]
        if args.only_new and not any(table.frame[c].astype(str).map(is_new).any() for c in cols):
            tot["before"]["skipped"] += 1
            continue
        wire(False)
        before = score(table, locale)
        wire(True)
        after = score(table, locale)
        wire(False)
        for label, res in (("before", before), ("after", after)):
            for mode, s in res.items():
                for k in ("hit", "pos", "found", "correct"):
                    tot[label][f"{mode}_{k}"] += s[k]
                tot[label][f"{mode}_dob_miss"] += sum("date_of_birth" in m for m in s["miss"])
                tot[label][f"{mode}_dob_false"] += sum("->date_of_birth" in f for f in s["false"])
        for mode in ("shown", "hidden"):
            gained = sorted(set(before[mode]["miss"]) - set(after[mode]["miss"]))
            lost = sorted(set(after[mode]["miss"]) - set(before[mode]["miss"]))
            new_false = sorted(set(after[mode]["false"]) - set(before[mode]["false"]))
            left = [m for m in after[mode]["miss"] if "date_of_birth" in m]
            if gained or lost or new_false or left:
                print(f"{locale}/{seed} {mode}: +{gained} -{lost} false+{new_false} left{left}", flush=True)
    for label, c in tot.items():
        print(label, " ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    sys.exit(main())
