"""PII stage on held-out set 3 (``bench_pii_heldout3_tables.py``, seeds 9301-9302).

Set 3 was written before the issue-11 fixes of titled surnames, pt_BR postcodes/towns and IBAN
columns, and is not used to tune them: run it once on the code before the fixes
(``--out pii_heldout3_before``) and once after (``--out pii_heldout3``) and keep both. Scoring is
``bench_pii_heldout.py``'s (column recall/precision with names shown and hidden, free-text recall
per entity, template words kept, fake phone validity, postcode layout, originals left).

Run: ``.venv/bin/python benchmarks/bench_pii_heldout3.py [--out NAME] [--locales a,b] [--rows N]``
(``--merge a,b --out NAME`` joins locale subsets run in parallel) -> ``results/NAME.json|md``.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout3_tables as set3
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

SET_NAME = "held-out set 3 (`bench_pii_heldout3_tables.py`, written before the fixes, not tuned on)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="pii_heldout3")
    parser.add_argument("--locales", default=",".join(set3.LOCALES))
    parser.add_argument("--rows", type=int, default=set3.N_ROWS, help="rows per table")
    parser.add_argument("--merge", default="", help="comma-separated result names (locale subsets run apart) to join")
    args = parser.parse_args()
    scoring.use_set(set3, functools.partial(set3.heldout3_table, n=args.rows), SET_NAME)
    if args.merge:
        parts = [json.loads((scoring.RESULTS / f"{name}.json").read_text()) for name in args.merge.split(",")]
        results = {"locales": {k: v for r in parts for k, v in r["locales"].items()},
                   "seconds": sum(r["seconds"] for r in parts), "seeds": parts[0]["seeds"],
                   "rows": parts[0].get("rows")}  # fmt: skip
    else:
        results = scoring.run(tuple(args.locales.split(",")))
        results["rows"] = args.rows
    text = scoring.markdown(results).replace("300 rows each", f"{results.get('rows')} rows each")
    atomic_write_json(scoring.RESULTS / f"{args.out}.json", results)
    atomic_write_text(scoring.RESULTS / f"{args.out}.md", text)
    print(text)


if __name__ == "__main__":
    main()
