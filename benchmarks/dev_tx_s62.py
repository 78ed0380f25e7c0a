"""Helper TX, session 62: every missed person name / surname in the notes of set 47 tables (seen or unseen
seeds), with the original and the replaced note, so each miss can be traced to the finder that refused it.

Usage: PYTHONPATH=<tree>/src:benchmarks python benchmarks/dev_tx_s62.py LOCALE[:SEED,...] ... --out FILE.json
A locale without seeds runs the set's own seeds for it; ``unseen`` seeds are 47501-47503.
"""

from __future__ import annotations

import argparse
import json
import time

import pandas as pd

import heldout47_shapes as set47
import pii_heldout_scoring as scoring
import safe_synthesizer.pii.replace_engine as engine
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def seeds_for(locale: str) -> list[int]:
    if locale in set47.FIRST7:
        return list(range(47001, 47007))
    if locale in set47.NEW8:
        return [47001, 47002]
    return [47001]


_SEEN: dict = {}


def _recording(fn):
    def wrapper(series, *args, **kwargs):
        cells = fn(series, *args, **kwargs)
        _SEEN[series.name] = cells
        return cells

    return wrapper


engine.detect_text = _recording(engine.detect_text)


def misses(locale: str, seed: int) -> tuple[list[dict], list[int]]:
    table = set47.heldout47_table(locale, seed)
    df = table.frame
    _SEEN.clear()
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    cells = _SEEN.get(table.notes_column)
    found = (
        [[(c[s.start : s.end], s.entity) for s in sp] for c, sp in zip(cells.texts, cells.spans, strict=True)]
        if cells
        else None
    )
    out, counts = [], [0, 0]
    for k, (before, after, truth) in enumerate(zip(df[table.notes_column], result.data[table.notes_column], table.notes,
                                    strict=True)):  # fmt: skip
        after = "" if after is None or (isinstance(after, float) and pd.isna(after)) else str(after)
        for entity, value in truth:
            if entity not in ("name", "last_name"):
                continue
            ok = scoring.caught(entity, value, after, locale, set47.CJK)
            counts[0] += ok
            counts[1] += 1
            if not ok:
                out.append(
                    {
                        "seed": seed,
                        "entity": entity,
                        "value": value,
                        "note": before,
                        "after": after,
                        "spans": found[k] if found else None,
                    }
                )
    return out, counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("specs", nargs="+")
    ap.add_argument("--unseen", action="store_true")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    res = {}
    for spec in a.specs:
        loc, _, seeds = spec.partition(":")
        seeds_l = (
            [int(s) for s in seeds.split(",")] if seeds else ([47501, 47502, 47503] if a.unseen else seeds_for(loc))
        )
        allm, tot = [], [0, 0]
        t0 = time.process_time()
        for s in seeds_l:
            m, c = misses(loc, s)
            allm += m
            tot = [tot[0] + c[0], tot[1] + c[1]]
        res[loc] = {"caught": tot[0], "total": tot[1], "misses": allm, "cpu": round(time.process_time() - t0, 1)}
        print(loc, tot, len(allm), res[loc]["cpu"], flush=True)
        with open(a.out, "w") as fh:
            json.dump(res, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
