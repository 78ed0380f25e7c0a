"""Hidden-name column misses and false columns of small held-out tables (helper TC, session 51).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tc_hidden.py --set 36 --locales en_VU --seeds 36001

Prints per table each miss / false column with the plan's method, the row count and a few values (dev only).
"""

from __future__ import annotations

import argparse
import importlib
import sys

import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def wire() -> None:
    """Hook :func:`few_level_block_columns` in after the rescued-town pass (the wiring requested of the lead)."""
    import safe_synthesizer.pii.detect_table as dt
    from safe_synthesizer.pii.column_block_few import few_level_block_columns

    orig = dt.towns_beside_rescued_streets

    def patched(frame, names, found, rescued):
        out = orig(frame, names, found, rescued)
        out.update(few_level_block_columns(frame, names, {**found, **out}))
        return out

    dt.towns_beside_rescued_streets = patched


def table(set_no: int, locale: str, seed: int):
    """Set ``set_no``'s table of ``locale`` / ``seed``."""
    mod = importlib.import_module(f"heldout{set_no}_shapes")
    return getattr(mod, f"heldout{set_no}_table")(locale, seed, 0)


def check(set_no: int, locale: str, seed: int, hidden: bool, show: bool) -> tuple[int, int, int, int]:
    """(hit, pos, found, correct) of one table; prints misses and false columns when ``show``."""
    t = table(set_no, locale, seed)
    df, labels = t.frame, t.labels
    notes = t.notes_column
    orig = list(df.columns)
    if hidden:
        notes = f"c{orig.index(notes):03d}"
        df, labels = scoring._hide(df, labels)
    plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    hit = pos = found = correct = 0
    for i, column in enumerate(df.columns):
        if column == notes:
            continue
        label = labels.get(column)
        p = plans.get(column)
        entity = p.entity if p and p.entity != "free_text" else None
        if label is not None and scoring._dont_care(df[column], label, hidden, locale):
            continue
        bad = False
        if label is not None:
            pos += 1
            hit += entity in label
            bad = entity not in label
        if entity is not None:
            found += 1
            correct += bool(label) and entity in label
            bad = bad or not label or entity not in label
        if bad and show:
            vals = df[column].dropna().astype(str).head(6).tolist()
            print(f"  {locale}/{seed} {t.shape} {'H' if hidden else 'S'} {column}={orig[i]!r} n={len(df)}: "
                  f"want {label[0] if label else None} got {entity} ({p.method if p else '-'}) {vals}")  # fmt: skip
    return hit, pos, found, correct


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=36)
    ap.add_argument("--locales", required=True)
    ap.add_argument("--seeds", default="36001")
    ap.add_argument("--shown", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--wired", action="store_true")
    a = ap.parse_args()
    if a.wired:
        wire()
    seeds = []
    for part in a.seeds.split(","):
        lo, _, hi = part.partition("-")
        seeds += range(int(lo), int(hi or lo) + 1)
    tot = [0, 0, 0, 0]
    for locale in a.locales.split(","):
        for seed in seeds:
            for hidden in (True, False) if a.shown else (True,):
                r = check(a.set, locale, seed, hidden, not a.quiet)
                tot = [x + y for x, y in zip(tot, r, strict=True)]
    hit, pos, found, correct = tot
    print(f"recall {hit}/{pos} = {hit / max(pos, 1):.3f}  precision {correct}/{found} = {correct / max(found, 1):.3f}")


if __name__ == "__main__":
    sys.exit(main())
