"""PII stage on held-out sets 6 and 7 (``bench_pii_heldout6_tables.py``, pools A and B, 24 locales).

Set 6 (pool A, seeds 9601-9602) is run once on the code before session 21's free-text fixes
(``--out pii_heldout6_before``), diagnosed, and run again after (``--out pii_heldout6``). Set 7
(pool B, seeds 9611-9612) is run once at the very end (``--pool B --out pii_heldout7``): nothing
was tuned on it. Scoring is ``bench_pii_heldout.py``'s, as set 4 uses it (column recall/precision
with names shown and hidden, free-text recall per entity, template words kept, fake phone validity,
postcode layout, originals left; bare 4-6 digit postcodes are "don't care" with names hidden;
particles in capitals count as particles); the tables add ten locales (en_IN en_CA fr_CA pt_BR
es_MX cs_CZ fi_FI tr_TR ja_JP zh_CN), reported as their own group.

Run: ``.venv/bin/python benchmarks/bench_pii_heldout6.py [--pool A|B] [--out NAME] [--locales a,b]
[--rows N]`` (``--merge a,b --out NAME`` joins locale subsets run apart; ``--compare BEFORE,AFTER --out
NAME`` writes a before/after table) -> ``results/NAME.json|md``.
"""

from __future__ import annotations

import argparse
import functools  # noqa: F401  (kept importable)
import json
import os
import re  # noqa: F401
import resource  # noqa: F401
import sys
import time
import types  # noqa: F401
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_pii_heldout as scoring
import bench_pii_heldout6_tables as set6
from bench_pii_heldout4 import TEXT_ENTITIES, _cpu_seconds, locale_report, use_pool_of
from pii_heldout_cli import _commit  # the commit of the imported safe_synthesizer's tree, not of this checkout
from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

SET_NAMES = {
    "A": "held-out set 6 (`bench_pii_heldout6_tables.py` pool A, seeds 9601-9602; diagnosed and fixed on)",
    "B": "held-out set 7 (`bench_pii_heldout6_tables.py` pool B, seeds 9611-9612; run once, not tuned on)",
}
GROUPS = (("first 7", set6.SUPPORTED), ("set-4 other 7", set6.OTHERS), ("new 10", set6.NEW), ("all", set6.LOCALES))


def use_pool(pool: str, rows: int) -> None:
    """Point the shared scoring module at set 6 (pool A) or set 7 (pool B)."""
    use_pool_of(set6, set6.heldout6_table, pool, rows, SET_NAMES[pool])


def markdown(results: dict) -> str:
    """Per-locale table with national ids and dates of birth, pooled rows per locale group, then the misses."""
    return locale_report(results, GROUPS, commit=True)


def compare(before: dict, after: dict, pool: str = "A", names: tuple[str, str] = ("pii_heldout6_before",
            "pii_heldout6"), fixes: str = "the session-21 free-text fixes") -> str:  # fmt: skip
    """Before/after table per locale (columns shown/hidden, text recall, names, streets) and per entity."""
    pb, pa = before["locales"], after["locales"]
    lines = [f"# PII stage on {SET_NAMES[pool].split(' (')[0]}: before and after {fixes}", "",
             f"Before: commit {before.get('commit')} (`{names[0]}.md`, CPU {before.get('cpu_seconds')} s, load "
             f"{before.get('load')}); after: commit {after.get('commit')} (`{names[1]}.md`, CPU "
             f"{after.get('cpu_seconds')} s, load {after.get('load')}). Same tables (seeds {after['seeds']}, "
             f"{after.get('rows')} rows per locale).", "",
             "| locale | col recall shown | col recall hidden | col precision shown / hidden | text recall "
             "| full names | surnames | street lines | phones | dates of birth | national ids |",
             "|" + "---|" * 11]  # fmt: skip

    def pair(a, b) -> str:
        return "-" if a is None and b is None else f"{a if a is not None else '-'} -> {b if b is not None else '-'}"

    for locale in pa:
        b, a = pb.get(locale, {}), pa[locale]
        tb, ta = b.get("text_by_entity", {}), a["text_by_entity"]
        cells = [
            pair(b.get("recall_shown"), a["recall_shown"]),
            pair(b.get("recall_hidden"), a["recall_hidden"]),
            f"{a['precision_shown']} / {a['precision_hidden']}",
            pair(b.get("text_recall"), a["text_recall"]),
        ]
        cells += [pair(tb.get(e), ta.get(e)) for e in ("name", "last_name", "street_address", "phone_number",
                                                        "date_of_birth", "national_id")]  # fmt: skip
        lines.append(f"| {locale} | " + " | ".join(str(c) for c in cells) + " |")
    lines += ["", "| group | entity | before | after |", "|---|---|---|---|"]
    for title, group in GROUPS:
        group = tuple(x for x in group if x in pa and x in pb)
        if not group:
            continue
        gb, ga = scoring._pool(pb, group), scoring._pool(pa, group)
        for key in ("recall_shown", "precision_shown", "recall_hidden", "precision_hidden", "text_recall"):
            lines.append(f"| {title} | {key.replace('_', ' ')} | {gb[key]} | {ga[key]} |")
        for e in TEXT_ENTITIES:
            if ga["text_by_entity"].get(e) is not None:
                lines.append(f"| {title} | text {e.replace('_', ' ')} | {gb['text_by_entity'].get(e)} | "
                             f"{ga['text_by_entity'].get(e)} |")  # fmt: skip
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pool", choices=("A", "B"), default="A", help="A: set 6 (diagnosed), B: set 7 (run once)")
    parser.add_argument("--out", default="")
    parser.add_argument("--locales", default=",".join(set6.LOCALES))
    parser.add_argument("--rows", type=int, default=set6.N_ROWS, help="rows per table")
    parser.add_argument("--merge", default="", help="comma-separated result names (locale subsets run apart) to join")
    parser.add_argument("--compare", default="", help="BEFORE,AFTER result names: write --out as a before/after table")
    args = parser.parse_args()
    if args.compare:
        use_pool("A", args.rows)
        names = tuple(args.compare.split(","))
        before, after = (json.loads((scoring.RESULTS / f"{n}.json").read_text()) for n in names)
        fixes = "session 22's free-text fixes (set 7 seen: diagnostic)" if args.pool == "B" else None
        text = compare(before, after, args.pool, names, fixes) if fixes else compare(before, after, args.pool, names)
        atomic_write_text(scoring.RESULTS / f"{args.out or 'pii_heldout6_compare'}.md", text)
        print(text)
        return
    out = args.out or ("pii_heldout6" if args.pool == "A" else "pii_heldout7")
    use_pool(args.pool, args.rows)
    if args.merge:
        parts = [json.loads((scoring.RESULTS / f"{name}.json").read_text()) for name in args.merge.split(",")]
        results = {"locales": {k: v for r in parts for k, v in r["locales"].items()},
                   "seconds": sum(r["seconds"] for r in parts), "seeds": parts[0]["seeds"],
                   "rows": parts[0].get("rows"), "cpu_seconds": round(sum(r["cpu_seconds"] for r in parts), 1),
                   "load": [r.get("load") for r in parts], "commit": parts[0].get("commit")}  # fmt: skip
    else:
        load = round(os.getloadavg()[0], 1)
        cpu0 = _cpu_seconds()
        t0 = time.perf_counter()
        results = scoring.run(tuple(args.locales.split(",")))
        results.update(rows=args.rows, cpu_seconds=round(_cpu_seconds() - cpu0, 1), load=load,
                       seconds=round(time.perf_counter() - t0, 1), commit=_commit())  # fmt: skip
    text = markdown(results)
    atomic_write_json(scoring.RESULTS / f"{out}.json", results)
    atomic_write_text(scoring.RESULTS / f"{out}.md", text)
    print(text)


if __name__ == "__main__":
    main()
