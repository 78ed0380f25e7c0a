"""Helper AD, session 63: address and id columns of a held-out set's tables, shown and hidden (misses and false
findings of those families only), for before/after comparisons of one tree (put its ``src`` first on PYTHONPATH).

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ad_s63.py SET LOCALE:SEED[,SEED] ...
(SET: 48, 47, ...; ``heldoutNN_shapes.heldoutNN_table`` builds the tables).
"""

from __future__ import annotations

import importlib
import json
import sys

import pii_heldout_scoring as scoring

FAMILY = {"address", "street_address", "national_id", "ssn", "tax_id", "passport", "city", "postcode", "phone_number"}


def main(argv: list[str]) -> None:
    number, *specs = argv
    module = importlib.import_module(f"heldout{number}_shapes")
    build = getattr(module, f"heldout{number}_table")
    out = {"hit": 0, "pos": 0, "false": 0, "misses": [], "falses": []}
    for spec in specs:
        locale, _, seeds = spec.partition(":")
        for seed in map(int, seeds.split(",")):
            table = build(locale, seed)
            notes = table.notes_column
            for hidden in (False, True):
                res = scoring.score_columns(table.frame, table.labels, hidden, locale, notes)
                for m in res["miss"]:
                    truth = m.rsplit(":", 1)[1].split("->")[0]
                    if truth in FAMILY:
                        out["misses"].append(f"{locale}/{seed}/{'H' if hidden else 'S'}/{m}")
                for f in res["false"]:
                    found = f.rsplit("->", 1)[1]
                    if found in FAMILY:
                        out["falses"].append(f"{locale}/{seed}/{'H' if hidden else 'S'}/{f}")
                for label in table.labels.values():
                    if label and label[0] in FAMILY:
                        out["pos"] += 1
    out["miss_n"], out["false_n"] = len(out["misses"]), len(out["falses"])
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
