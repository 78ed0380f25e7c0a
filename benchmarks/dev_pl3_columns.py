"""Column plans of set 29's shapes (seen) for the new and other locales, shown and hidden, with each wrong plan's
method: a dev lens for places and precision (s44, PL). Seeds 29001/29002 are set 29's own tables; 29501+ are other
tables of the same generator never scored.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pl3_columns.py --locales so_SO,en_BW --seeds 29001,29501
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from heldout29_shapes import heldout29_table
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def _ok(label: object, entity: str | None) -> bool:
    if label == "dont_care":
        return True
    accepted = label if isinstance(label, (list, tuple, set)) else [label]
    return entity in accepted or (entity is None and not any(accepted))


def run(locales: list[str], seeds: list[int], show: bool) -> tuple[int, int]:
    params = ReplacePiiParameters()
    bad = total = 0
    for loc in locales:
        for seed in seeds:
            t = heldout29_table(loc, seed, 0)
            df = t.frame
            for hidden in (False, True):
                table = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)}) if hidden else df
                plans = {p.column: p for p in plan_columns(table, infer_schema(table), params, seed=0)}
                for i, col in enumerate(df.columns):
                    name = f"c{i:03d}" if hidden else col
                    p = plans.get(name)
                    ent = p.entity if p and p.entity not in ("free_text",) else None
                    if col == t.notes_column:
                        continue
                    total += 1
                    if not _ok(t.labels.get(col), ent):
                        bad += 1
                        if show:
                            vals = df[col].dropna().astype(str).head(4).tolist()
                            print(f"{loc} {seed} {t.shape} {'H' if hidden else 'S'} {col}: want {t.labels.get(col)} "
                                  f"got {ent} ({p.method if p else '-'}) {vals}")  # fmt: skip
    return bad, total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--locales", default="ar_KW,en_BW,fr_MG,rm_CH,pt_TL,en_BZ,so_SO,hu_RO")
    ap.add_argument("--seeds", default="29001,29002")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    bad, total = run(a.locales.split(","), [int(s) for s in a.seeds.split(",")], not a.quiet)
    print(f"wrong plans {bad} of {total}")


if __name__ == "__main__":
    main()
