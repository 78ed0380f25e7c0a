"""Dev probe (helper DB, session 53): column scores of held-out tables with and without roman-month dates read
as dates (``2.IV.1998``) and shifted in their layout, wired by monkeypatching as the wiring request asks.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_db_s53_roman.py --set 38 --locales en_GB,de_DE \
        --seeds 38001-38006
    (unseen seeds: ``--seeds 38501-38503 --rows 40 --only-roman``)
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter

import pii_heldout_scoring as scoring
from safe_synthesizer.pii import column_birth_cells, column_date_features, column_date_keys, formats, replace_engine
from safe_synthesizer.pii.roman_month_dates import is_roman_month_date, roman_month_date, shift_roman_date

ORIGINAL_WRITTEN = column_birth_cells.written_date
ORIGINAL_SHIFT = formats.shift_date_string


def written_date(value: str):
    """The wiring of ``column_birth_cells.written_date``: roman months after the other readers."""
    return ORIGINAL_WRITTEN(value) or roman_month_date(column_birth_cells._MIDNIGHT.sub("", value.strip()))


def shift_date_string(value, days, date_formats=(), *, day_first=None):
    """The wiring of ``formats.shift_date_string``: roman months (with a time of day kept) before giving up."""
    shifted = ORIGINAL_SHIFT(value, days, date_formats, day_first=day_first)
    if shifted is not None:
        return shifted
    tail = formats._TIME_TAIL.search(value)
    if tail is not None and tail.start() > 0:
        head = shift_roman_date(value[: tail.start()], days)
        return None if head is None else head + tail.group(0)
    return shift_roman_date(value, days)


def wire(on: bool) -> None:
    """Monkeypatch the readers (``on``) or put the originals back."""
    w = written_date if on else ORIGINAL_WRITTEN
    s = shift_date_string if on else ORIGINAL_SHIFT
    column_birth_cells.written_date = w
    column_date_keys.written_date = w
    column_date_features.written_date = w
    replace_engine.shift_date_string = s


def score(table, locale: str) -> dict[str, dict]:
    return {
        mode: scoring.score_columns(table.frame, table.labels, mode == "hidden", locale, table.notes_column)
        for mode in ("shown", "hidden")
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="38")
    ap.add_argument("--locales", required=True)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--rows", type=int, default=0, help="rows per table (needed for seeds outside the set's own)")
    ap.add_argument("--only-roman", action="store_true", help="skip tables without a roman-month date cell")
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    a, _, b = args.seeds.partition("-")
    pairs = []
    for locale in args.locales.split(","):
        loc, _, one = locale.partition("/")  # ``en_GB/38004``: that seed only
        pairs += [(loc, int(one))] if one else [(loc, s) for s in range(int(a), int(b or a) + 1)]
    tot = {k: Counter() for k in ("before", "after")}
    for locale, seed in pairs:
        try:
            table = build(locale, seed, n=args.rows) if args.rows else build(locale, seed)
        except Exception as exc:
            print(f"{locale}/{seed}: no table ({exc})")
            continue
        if args.only_roman and not any(
            table.frame[c].dropna().astype(str).map(is_roman_month_date).any() for c in table.frame.columns
        ):
            tot["before"]["skipped"] += 1
            continue
        print(f"{locale}/{seed}: scored", flush=True)
        wire(False)
        before = score(table, locale)
        wire(True)
        after = score(table, locale)
        wire(False)
        for label, res in (("before", before), ("after", after)):
            for mode, s in res.items():
                for k in ("hit", "pos", "found", "correct"):
                    tot[label][f"{mode}_{k}"] += s[k]
                births = [m for m in s["miss"] if "date_of_birth" in m]
                tot[label][f"{mode}_dob_miss"] += len(births)
                tot[label][f"{mode}_dob_false"] += sum("->date_of_birth" in f for f in s["false"])
        for mode in ("shown", "hidden"):
            gained = sorted(set(before[mode]["miss"]) - set(after[mode]["miss"]))
            lost = sorted(set(after[mode]["miss"]) - set(before[mode]["miss"]))
            new_false = sorted(set(after[mode]["false"]) - set(before[mode]["false"]))
            gone_false = sorted(set(before[mode]["false"]) - set(after[mode]["false"]))
            left = [m for m in after[mode]["miss"] if "date_of_birth" in m]
            if gained or lost or new_false or gone_false or left:
                print(
                    f"{locale}/{seed} {mode}: +{gained} -{lost} false+{new_false} false-{gone_false} left{left}",
                    flush=True,
                )
    for label, c in tot.items():
        print(label, " ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    sys.exit(main())
