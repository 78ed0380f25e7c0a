"""Helper LC's dev measure: phone fake validity and free-text recall per locale on set 31's tables and other seeds.

Why: set 31 showed en_IM phone fakes valid 0.45 (Isle of Man numbers share +44 with GB) and weak text recall in
single locales (tg_TJ, uz_UZ, hi_IN...). This script scores any seeds of ``heldout31_shapes.heldout31_table``
with set 31's own scoring, so a fix is checked on tables other than the seen ones.

Usage::

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_lc_locales.py en_IM,en_GB --seeds 31501-31505 --missed
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter

import bench_pii_heldout31 as bench


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out.extend(range(int(lo), int(hi or lo) + 1))
    return out


def measure(locale: str, seeds: list[int], show_missed: int = 0, show_phones: int = 0) -> dict:
    """Pooled phone validity, postcode layout and text recall of ``locale``'s tables at ``seeds``."""
    phone, post, text = [0, 0], [0, 0], [0, 0]
    by_entity: Counter = Counter()
    by_entity_n: Counter = Counter()
    missed: list[str] = []
    for seed in seeds:
        table = bench._SET.build(locale, seed)
        out = bench.score_replacement(table, locale)
        for k, acc in (("phone_valid", phone), ("postcode_valid", post)):
            acc[0] += out[k][0]
            acc[1] += out[k][1]
        for ent, (ok, n) in out["text"].items():
            text[0] += ok
            text[1] += n
            by_entity[ent] += ok
            by_entity_n[ent] += n
        missed.extend(out["missed_text"])
    res = {
        "phone": (round(phone[0] / phone[1], 3) if phone[1] else None, phone[1]),
        "postcode": (round(post[0] / post[1], 3) if post[1] else None, post[1]),
        "text": (round(text[0] / text[1], 3) if text[1] else None, text[1]),
        "by_entity": {e: f"{by_entity[e]}/{by_entity_n[e]}" for e in sorted(by_entity_n)},
    }
    print(locale, seeds[0], "..", seeds[-1], res, flush=True)
    for m in missed[:show_missed]:
        print("   ", m[:300])
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("locales")
    ap.add_argument("--seeds", default="31001")
    ap.add_argument("--missed", type=int, default=0)
    ap.add_argument("--patch", action="store_true", help="apply LC's pending wiring first")
    ap.add_argument("--set", default="31", help="held-out set whose tables and scoring to use (28-31)")
    args = ap.parse_args()
    global bench
    bench = importlib.import_module(f"bench_pii_heldout{args.set}")
    if args.patch:
        from dev_lc_shared_codes import patch_wiring

        patch_wiring()
    for loc in args.locales.split(","):
        measure(loc, _seeds(args.seeds), args.missed)


if __name__ == "__main__":
    main()
