"""Dev probe (helper AD, session 52): column scores of held-out tables with and without the landmark-address and
territory-postcode passes wired before the block's few-level pass (monkeypatched, as the wiring request asks).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ad_s52.py --locales en_TC,en_AI --seeds 37001-37002
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter

import pii_heldout_scoring as scoring
from safe_synthesizer.pii import detect_table
from safe_synthesizer.pii.column_landmark_addresses import landmark_address_columns
from safe_synthesizer.pii.column_territory_postcodes import territory_postcode_columns

ORIGINAL = detect_table.few_level_block_columns


def wired(frame, names, found):
    """The wiring: landmark addresses, then territory postcodes, then the original few-level block pass."""
    mine = dict(landmark_address_columns(frame, names, found))
    mine.update(territory_postcode_columns(frame, names, {**found, **mine}))
    return {**mine, **ORIGINAL(frame, names, {**found, **mine})}


def score(table, locale: str) -> dict[str, dict]:
    out = {}
    for mode in ("shown", "hidden"):
        s = scoring.score_columns(table.frame, table.labels, mode == "hidden", locale, table.notes_column)
        out[mode] = s
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="37")
    ap.add_argument("--locales", required=True)
    ap.add_argument("--seeds", required=True)
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    a, _, b = args.seeds.partition("-")
    tot = {k: Counter() for k in ("before", "after")}
    for locale in args.locales.split(","):
        for seed in range(int(a), int(b or a) + 1):
            try:
                table = build(locale, seed)
            except Exception as exc:
                print(f"{locale}/{seed}: no table ({exc})")
                continue
            detect_table.few_level_block_columns = ORIGINAL
            before = score(table, locale)
            detect_table.few_level_block_columns = wired
            after = score(table, locale)
            detect_table.few_level_block_columns = ORIGINAL
            for label, res in (("before", before), ("after", after)):
                for mode, s in res.items():
                    for k in ("hit", "pos", "found", "correct"):
                        tot[label][f"{mode}_{k}"] += s[k]
            for mode in ("shown", "hidden"):
                gained = sorted(set(before[mode]["miss"]) - set(after[mode]["miss"]))
                lost = sorted(set(after[mode]["miss"]) - set(before[mode]["miss"]))
                new_false = sorted(set(after[mode]["false"]) - set(before[mode]["false"]))
                gone_false = sorted(set(before[mode]["false"]) - set(after[mode]["false"]))
                if gained or lost or new_false or gone_false:
                    print(f"{locale}/{seed} {mode}: +{gained} -{lost} false+{new_false} false-{gone_false}", flush=True)
    for label, c in tot.items():
        print(label, " ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    sys.exit(main())
