"""Dev (helper NM, session 50): person columns missed or falsely found on set 35's shapes, any seeds.

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_nm_miss34.py --seeds 35501-35520 [--locales a,b]
[--shapes x,y] [--quiet]``; prints, per table, each person column missed (S shown / H hidden) and each false column
found, with the plan's method and three values, then totals (person recall misses, false columns)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout35_shapes as set34
import pii_heldout_scoring as shared
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

PERSON = {"name", "first_name", "last_name"}


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    return out


def _wire_lists() -> None:
    """The wiring asked for in /work/s50docs/wiring_NM.md, patched in for this run only."""
    import safe_synthesizer.pii.detect_table as dt
    from safe_synthesizer.pii.column_people_lists import people_list_columns

    original = dt.table_findings

    def findings(df, planned, detections, params, seed=0):
        out = original(df, planned, detections, params, seed)
        found = {**detections, **out}
        out.update(people_list_columns(df, [c.name for c in planned], found))
        return out

    dt.table_findings = findings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--shapes", default="")
    ap.add_argument("--all-false", action="store_true", help="print every false column, not only person ones")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--with-lists", action="store_true", help="as if people_list_columns were wired (wiring_NM.md)")
    a = ap.parse_args()
    if a.with_lists:
        _wire_lists()
    locales = a.locales.split(",") if a.locales else list(set34.LOCALES)
    shapes = set(a.shapes.split(",")) if a.shapes else set(set34.SHAPES)
    tot = {"pos": 0, "miss": 0, "false": 0}
    for loc in locales:
        seeds = _seeds(a.seeds) if a.seeds else list(set34.language.seeds_for(loc))
        for seed in seeds:
            if set34.shape_of(loc, seed) not in shapes:
                continue
            t = set34.heldout35_table(loc, seed)
            notes = next(c for c in t.frame.columns if c not in t.labels)
            for hidden in (False, True):
                df, labels = shared._hide(t.frame, t.labels) if hidden else (t.frame, t.labels)
                nn = f"c{list(t.frame.columns).index(notes):03d}" if hidden else notes
                plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
                names = list(t.frame.columns)
                for col, label in labels.items():
                    p = plans.get(col)
                    ent = None if p is None or (p.entity == "free_text" and col != nn) else p.entity
                    if label == "dont_care" or shared._dont_care(df[col], label, hidden, loc):
                        continue
                    real = names[int(col[1:])] if hidden else col
                    vals = t.frame[real].dropna().astype(str)
                    vals = vals[vals.str.strip() != ""].head(3).tolist()
                    person = label is not None and label[0] in PERSON
                    tot["pos"] += person
                    if person and ent not in label:
                        tot["miss"] += 1
                        if not a.quiet:
                            side = "H" if hidden else "S"
                            print(
                                f"{loc} {seed} {t.shape} {side} MISS {real}: {label[0]}->{ent} "
                                f"[{p and p.method}] {vals}"
                            )
                    elif ent is not None and (label is None or ent not in label) and (a.all_false or ent in PERSON):
                        tot["false"] += 1
                        if not a.quiet:
                            print(
                                f"{loc} {seed} {t.shape} {'H' if hidden else 'S'} FALSE {real}: "
                                f"{label and label[0]}->{ent} [{p.method}] {vals}"
                            )
    print("TOTAL", tot)


if __name__ == "__main__":
    main()
