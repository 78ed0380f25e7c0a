"""PII stage on held-out sets 4 and 5 (``bench_pii_heldout4_tables.py``, pools A and B).

Set 4 (pool A, seeds 9411-9412) is run once on the code before the issue-11 fixes of this
session (``--out pii_heldout4_before``), diagnosed, and run again after (``--out pii_heldout4``).
Set 5 (pool B, seeds 9421-9422) is run once at the very end (``--pool B --out pii_heldout5``):
nothing was tuned on it. Scoring is ``bench_pii_heldout.py``'s (column recall/precision with
names shown and hidden, free-text recall per entity, template words kept, fake phone validity,
postcode layout, originals left), with two additions: bare 4-digit postcodes (da_DK, en_AU, de_AT,
fr_CH) are "don't care" with the names hidden like bare 5/6-digit ones (no one can tell them from
other 4-digit numbers), surname particles written in capitals (``VAN DEN``) count as particles, and
the table adds national ids and dates of birth in text.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout4.py [--pool A|B] [--out NAME] [--locales a,b]
[--rows N]`` (``--merge a,b --out NAME`` joins locale subsets run apart) -> ``results/NAME.json|md``.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import resource
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout4_tables as set4
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

SET_NAMES = {
    "A": "held-out set 4 (`bench_pii_heldout4_tables.py` pool A, seeds 9411-9412; diagnosed and fixed on)",
    "B": "held-out set 5 (`bench_pii_heldout4_tables.py` pool B, seeds 9421-9422; run once, not tuned on)",
}
TEXT_ENTITIES = ("name", "last_name", "street_address", "email", "phone_number", "iban", "credit_debit_card",
                 "ssn", "national_id", "date_of_birth")  # fmt: skip


def use_pool(pool: str, rows: int) -> None:
    """Point the shared scoring module at set 4 (pool A) or set 5 (pool B)."""
    use_pool_of(set4, set4.heldout4_table, pool, rows, SET_NAMES[pool])


def use_pool_of(tables: types.ModuleType, build: Callable, pool: str, rows: int, set_name: str) -> None:
    """Point the shared scoring module at one pool of a two-pool tables module (sets 4/5 and 6/7)."""
    namespace = types.SimpleNamespace(
        LOCALES=tables.LOCALES, SEEDS=tables.SEEDS_BY_POOL[pool], SUPPORTED=tables.SUPPORTED, TITLES=tables.TITLES,
        NOTES_COLUMN=tables.NOTES_COLUMN, NOTES=tables.NOTES_BY_POOL[pool], NOTES_US=tables.NOTES_US,
    )  # fmt: skip
    scoring.use_set(namespace, functools.partial(build, n=rows, pool=pool), set_name)
    scoring._FIVE_DIGITS = re.compile(r"^\d{4,6}$")  # bare 4-digit postcodes cannot be told apart either
    # Particles identify no one in capitals either (``NORA VAN DEN HOEK`` -> ``EVA VAN DER BERG``).
    scoring.PARTICLES = scoring.PARTICLES | {p.upper() for p in scoring.PARTICLES}


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def markdown(results: dict) -> str:
    """Per-locale table with national ids and dates of birth, pooled rows, then the misses."""
    groups = (("supported 7", set4.SUPPORTED), ("other 7", set4.OTHERS), ("all", tuple(results["locales"])))
    return locale_report(results, groups)


def locale_report(results: dict, groups: tuple, commit: bool = False) -> str:
    """Per-locale table with national ids and dates of birth, a pooled row per group of locales, then the
    misses (sets 4-7; ``commit``: name the code measured in the header, as set 6's runner does)."""
    per = results["locales"]
    head = scoring.markdown(results).split("\n")
    measured = f", commit {results.get('commit')}" if commit else ""
    lines = [head[0], "", f"Tables (seeds {results['seeds']}, {len(per)} locales, {results.get('rows')} rows "
             "each; default config `locales: [en_US]`). Column scores from `plan_columns` (names shown, and hidden "
             "as `c000`...); free-text recall = no trace of the entity left after `replace_pii`; words kept = "
             "template words outside entities left unchanged. "
             f"CPU {results.get('cpu_seconds')} s, load average at start {results.get('load')}{measured}.",
             ""]  # fmt: skip
    cols = ["col recall shown", "col precision shown", "col recall hidden", "col precision hidden", "text recall"]
    cols += [e.replace("_", " ") for e in TEXT_ENTITIES] + ["words kept", "phone valid", "postcode layout"]
    lines += ["| locale | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 1)]
    for locale, r in per.items():
        t = r["text_by_entity"]
        cells = [r["recall_shown"], r["precision_shown"], r["recall_hidden"], r["precision_hidden"], r["text_recall"]]
        cells += [t.get(e) for e in TEXT_ENTITIES] + [r["text_words_kept"], r["phone_valid"], r["postcode_layout"]]
        lines.append(f"| {locale} | " + " | ".join("-" if c is None else f"{c:.3f}" for c in cells) + " |")
    for title, group in groups:
        group = tuple(x for x in group if x in per)
        if group:
            p = scoring._pool(per, group)
            cells = [p["recall_shown"], p["precision_shown"], p["recall_hidden"], p["precision_hidden"],
                     p["text_recall"]] + [p["text_by_entity"].get(e) for e in TEXT_ENTITIES]  # fmt: skip
            lines.append(f"| **{title}** | " + " | ".join("-" if c is None else f"{c:.3f}" for c in cells) + " | | | |")
    misses = head.index("## Misses per locale")
    lines += ["", "## Misses per locale", "", *head[misses + 2 :]]
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", choices=("A", "B"), default="A", help="A: set 4 (diagnosed), B: set 5 (run once)")
    parser.add_argument("--out", default="")
    parser.add_argument("--locales", default=",".join(set4.LOCALES))
    parser.add_argument("--rows", type=int, default=set4.N_ROWS, help="rows per table")
    parser.add_argument("--merge", default="", help="comma-separated result names (locale subsets run apart) to join")
    args = parser.parse_args()
    out = args.out or ("pii_heldout4" if args.pool == "A" else "pii_heldout5")
    use_pool(args.pool, args.rows)
    if args.merge:
        parts = [json.loads((scoring.RESULTS / f"{name}.json").read_text()) for name in args.merge.split(",")]
        results = {"locales": {k: v for r in parts for k, v in r["locales"].items()},
                   "seconds": sum(r["seconds"] for r in parts), "seeds": parts[0]["seeds"],
                   "rows": parts[0].get("rows"), "cpu_seconds": round(sum(r["cpu_seconds"] for r in parts), 1),
                   "load": [r.get("load") for r in parts]}  # fmt: skip
    else:
        load = round(os.getloadavg()[0], 1)
        cpu0 = _cpu_seconds()
        t0 = time.perf_counter()
        results = scoring.run(tuple(args.locales.split(",")))
        results.update(rows=args.rows, cpu_seconds=round(_cpu_seconds() - cpu0, 1), load=load,
                       seconds=round(time.perf_counter() - t0, 1))  # fmt: skip
    text = markdown(results)
    atomic_write_json(scoring.RESULTS / f"{out}.json", results)
    atomic_write_text(scoring.RESULTS / f"{out}.md", text)
    print(text)


if __name__ == "__main__":
    main()
