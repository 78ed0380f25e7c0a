"""Dev scan (helper AD, session 52): every column of held-out sets 31-37 that the landmark-address or
territory-postcode evidence would take, with its label (values only: an over-count of what the wired passes take,
which also need found people or addresses beside them and a header that allows).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ad_s52_scan.py --sets 31,32 --seed-offset 1
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter

from safe_synthesizer.pii.column_landmark_addresses import _filled, landmark_evidence
from safe_synthesizer.pii.column_territory_postcodes import postcode_evidence

GOOD = {"street_address", "address", "postcode", "city"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="31,32,33,34,35,36,37")
    ap.add_argument("--seed-offset", type=int, default=1)
    ap.add_argument("--every", type=int, default=1)
    args = ap.parse_args()
    tally: Counter = Counter()
    for n in args.sets.split(","):
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        seed = int(n) * 1000 + args.seed_offset
        for locale in shapes.LOCALES[:: args.every]:
            try:
                table = build(locale, seed)
            except Exception:
                continue
            for column in table.frame.columns:
                if column == table.notes_column or table.frame[column].dtype.kind in "fbiu":
                    continue
                label = table.labels.get(column)
                kind = label[0] if isinstance(label, tuple) else label
                series = table.frame[column].astype("string")
                ev = landmark_evidence(_filled(table.frame[column]))
                pc = postcode_evidence(series, str(column))
                for what, hit in (("landmark", ev), ("territory", pc)):
                    if hit is None:
                        continue
                    ok = kind in GOOD
                    tally[(what, ok)] += 1
                    if not ok:
                        vals = list(dict.fromkeys(series.dropna()))[:5]
                        print(f"FALSE? set{n} {locale}/{seed} {column!r} label={kind} {what}: {hit} {vals}", flush=True)
    print(dict(tally))


if __name__ == "__main__":
    sys.exit(main())
