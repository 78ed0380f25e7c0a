"""Helper TX, session 61: person names in held-out notes (name / first_name / last_name spans), missed and false.

``misses``: every name a note of a held-out table holds (the builder's truth) and the replaced note still shows,
with the original note; per locale counts. ``spans``: the spans a name reader function finds in the notes of a
set's tables that no truth value of the note covers (false spans), for the false-positive check.

Run: ``cd /work/main && PYTHONPATH=SRC:benchmarks .venv/bin/python benchmarks/dev_tx_s61.py misses --set 46
--locales en_US,fr_FR --seeds 46001`` (no ``--seeds``: the set's own seeds).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter

import pandas as pd

NAME_ENTITIES = ("name", "first_name", "last_name")


def _runner(number: int):
    return importlib.import_module(f"bench_pii_heldout{number}")


def _table(number: int, locale: str, seed: int):
    shapes = importlib.import_module(f"heldout{number}_shapes")
    return getattr(shapes, f"heldout{number}_table")(locale, seed)


def _seeds(number: int, locale: str) -> list[int]:
    language = importlib.import_module(f"heldout{number}_language")
    if hasattr(language, "seeds_for"):
        return list(language.seeds_for(locale))
    return list(language.SEEDS[:1])


def _replace(table) -> list[str]:
    import pii_heldout_scoring as shared

    result = shared.replace_pii(table.frame, shared.infer_schema(table.frame), shared.ReplacePiiParameters(), seed=0)
    out = []
    for v in result.data[table.notes_column].tolist():
        out.append("" if v is None or (isinstance(v, float) and pd.isna(v)) else str(v))
    return out


def misses(number: int, locales: list[str], seeds: list[int] | None) -> dict:
    """Per locale: name spans caught / total by entity, and every miss with its original note."""
    runner = _runner(number)
    per: dict = {}
    for locale in locales:
        hit, total, rows = Counter(), Counter(), []
        for seed in seeds or _seeds(number, locale):
            table = _table(number, locale, seed)
            replaced = _replace(table)
            originals = table.frame[table.notes_column].tolist()
            for original, new, truth, form in zip(originals, replaced, table.notes, table.forms, strict=True):
                if not form:
                    continue
                for entity, value in truth:
                    if entity not in NAME_ENTITIES:
                        continue
                    ok = runner.caught(entity, value, new, locale)
                    hit[entity] += ok
                    total[entity] += 1
                    if not ok:
                        rows.append({"seed": seed, "entity": entity, "value": value, "note": str(original)})
        per[locale] = {"hit": dict(hit), "total": dict(total), "missed": rows}
        print(locale, dict(hit), dict(total), file=sys.stderr, flush=True)
    return per


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["misses"])
    ap.add_argument("--set", type=int, default=46)
    ap.add_argument("--locales", required=True)
    ap.add_argument("--seeds", default="")
    ap.add_argument("--out", default="")
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(",") if s] or None
    res = misses(args.set, args.locales.split(","), seeds)
    hit = sum(sum(v["hit"].values()) for v in res.values())
    total = sum(sum(v["total"].values()) for v in res.values())
    print(f"names caught {hit}/{total}", flush=True)
    if args.out:
        with open(args.out, "w") as f:
            json.dump(res, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
