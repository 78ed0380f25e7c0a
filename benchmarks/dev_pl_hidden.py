"""Column plans of set 30's shapes (seen) shown and hidden, restricted to ids, postcodes, towns, addresses and birth
dates, with each wrong plan's method and a few values: a dev lens for PL (s45). Seeds 30001/30002 are set 30's own
tables; 30501+ are other tables of the same generator never scored.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pl_hidden.py --locales rw_RW,en_ZM --seeds 30001,30501
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from heldout30_shapes import heldout30_table
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

KINDS = ("national_id", "ssn", "postcode", "city", "street_address", "address", "date_of_birth")


def _ok(label: object, entity: str | None) -> bool:
    if label == "dont_care":
        return True
    accepted = label if isinstance(label, (list, tuple, set)) else [label]
    return entity in accepted or (entity is None and not any(accepted))


def run(locales: list[str], seeds: list[int], show: bool, kinds: tuple[str, ...]) -> tuple[int, int, int]:
    params = ReplacePiiParameters()
    bad = total = false = 0
    for loc in locales:
        for seed in seeds:
            try:
                t = heldout30_table(loc, seed, 0)
            except Exception as exc:
                print(f"{loc} {seed}: {exc}")
                continue
            df = t.frame
            for hidden in (False, True):
                table = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)}) if hidden else df
                plans = {p.column: p for p in plan_columns(table, infer_schema(table), params, seed=0)}
                for i, col in enumerate(df.columns):
                    name = f"c{i:03d}" if hidden else col
                    p = plans.get(name)
                    ent = p.entity if p and p.entity not in ("free_text",) else None
                    label = t.labels.get(col)
                    if col == t.notes_column:
                        continue
                    accepted = label if isinstance(label, (list, tuple)) else [label]
                    mine = any(a in kinds for a in accepted) or ent in kinds
                    if not mine:
                        continue
                    total += 1
                    if not _ok(label, ent):
                        bad += 1
                        false += ent is not None and not any(a == ent for a in accepted)
                        if show:
                            vals = df[col].dropna().astype(str).head(5).tolist()
                            print(f"{loc} {seed} {t.shape} {'H' if hidden else 'S'} {col!r}: want {label} "
                                  f"got {ent} ({p.method if p else '-'}) n={len(df)} {vals}")  # fmt: skip
    return bad, total, false


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--locales", default="rw_RW,en_ZM,fr_HT,sr_BA,de_NA,fr_PF,ar_IQ,sm_WS")
    ap.add_argument("--seeds", default="30001,30002")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    seeds = [int(s) for s in a.seeds.split(",")]
    bad, total, false = run(a.locales.split(","), seeds, not a.quiet, tuple(a.kinds.split(",")))
    print(f"wrong plans {bad} of {total} (false {false})")


if __name__ == "__main__":
    main()
