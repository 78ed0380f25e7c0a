"""Session 59, helper AD: place columns (towns, streets, whole addresses) of held-out tables, shown and hidden.

Prints per table the place-column misses and the new false columns of ``plan_columns`` (run it with
``PYTHONPATH=<tree>/src:benchmarks`` to compare trees), and a total line: place columns hit / labelled, false
columns of any entity. ``--false-only`` reads only unlabelled and non-place columns (the false-positive sweep).

    PYTHONPATH=src:benchmarks python benchmarks/dev_ad_s59.py 44:en_FM:44001 43:vi_VN:43001
    PYTHONPATH=src:benchmarks python benchmarks/dev_ad_s59.py --sweep 33-43 --per-set 12
"""

from __future__ import annotations

import argparse
import importlib
import random

import pii_heldout_scoring as scoring

PLACES = frozenset({"city", "address", "street_address", "postcode", "state"})


def table(set_no: int, locale: str, seed: int):
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    return getattr(shapes, f"heldout{set_no}_table")(locale, seed)


def score(set_no: int, locale: str, seed: int) -> tuple[int, int, list[str], list[str]]:
    t = table(set_no, locale, seed)
    hit = pos = 0
    miss: list[str] = []
    false: list[str] = []
    for hidden in (False, True):
        out = scoring.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
        tag = "hidden" if hidden else "shown"
        for key, (h, p) in out["by_entity"].items():
            if key in PLACES:
                hit, pos = hit + h, pos + p
        miss += [f"{tag} {m}" for m in out["miss"] if m.split(":")[1].split("->")[0] in PLACES]
        false += [f"{tag} {m}" for m in out["false"]]
    return hit, pos, miss, false


def sweep_items(sets: range, per_set: int) -> list[tuple[int, str, int]]:
    items = []
    for n in sets:
        lang = (
            importlib.import_module(f"heldout{n}_language")
            if n >= 35
            else importlib.import_module(f"heldout{n}_shapes")
        )
        locales = list(getattr(lang, "LOCALES", ()))
        seeds = getattr(lang, "SEEDS", (n * 1000 + 1,))
        for loc in random.Random(n).sample(locales, min(per_set, len(locales))):
            items.append((n, loc, seeds[0]))
    return items


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("items", nargs="*", help="set:locale:seed")
    ap.add_argument("--sweep", default="", help="a range of sets, e.g. 33-43")
    ap.add_argument("--per-set", type=int, default=10)
    args = ap.parse_args()
    items = [(int(a), b, int(c)) for a, b, c in (x.split(":") for x in args.items)]
    if args.sweep:
        lo, hi = map(int, args.sweep.split("-"))
        items += sweep_items(range(lo, hi + 1), args.per_set)
    hits = poss = nfalse = 0
    for set_no, locale, seed in items:
        try:
            h, p, miss, false = score(set_no, locale, seed)
        except Exception as exc:  # a builder of an old set that needs other arguments
            print(f"{set_no}:{locale}:{seed} ERROR {type(exc).__name__}: {exc}")
            continue
        hits, poss, nfalse = hits + h, poss + p, nfalse + len(false)
        print(f"{set_no}:{locale}:{seed} places {h}/{p} miss={miss} false={false}", flush=True)
    print(f"TOTAL places {hits}/{poss} false {nfalse} over {len(items)} tables")


if __name__ == "__main__":
    main()
