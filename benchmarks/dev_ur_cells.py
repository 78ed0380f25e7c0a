"""Dev check for helper UR: the people-in-one-cell readers (``people_cells`` and the layouts of
``script_name_layouts``) on every text cell of set 31's and set 32's tables and of dev seeds, written to JSON so the
readings before and after a change can be compared cell by cell.

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ur_cells.py OUT.json [--compare OLD.json]``
"""

from __future__ import annotations

import json
import sys

import heldout31_language as l31
import heldout31_shapes as s31
import heldout32_shapes as s32
from safe_synthesizer.pii.people_cells import split_people_cell
from safe_synthesizer.pii.script_name_layouts import layout_name_fakes, name_mentions


def _stand_in(people: list[str]) -> dict[str, str]:
    return {p: "*" + " ".join(reversed(p.split())) for p in people}


def _columns() -> list[tuple[str, str, list[str]]]:
    out = []
    tables = [(s32.heldout32_table, loc, seed) for loc in s32.LOCALES for seed in (32001, 32501, 32502)]
    tables += [(s31.heldout31_table, loc, 31001) for loc in l31.LOCALES]
    for make, loc, seed in tables:
        try:
            t = make(loc, seed)
        except Exception as exc:
            print("skip", loc, seed, exc, file=sys.stderr)
            continue
        for col in t.frame.columns:
            if col == t.notes_column:
                continue
            vals = [v for v in dict.fromkeys(t.frame[col].tolist()) if isinstance(v, str)]
            if vals:
                out.append((f"{loc}/{seed}/{col}", str(t.labels.get(col)), vals))
    return out


def main() -> None:
    result = {}
    for key, label, vals in _columns():
        fakes = layout_name_fakes(vals, _stand_in)
        for v in vals:
            g = split_people_cell(v)
            m = name_mentions(v)
            rec = {
                "people": None
                if g is None
                else [list(g.names), list(g.phones), g.rebuild(_stand_in(list(g.names)), {})],
                "mentions": m,
                "layout": fakes.get(v),
            }
            if any(rec.values()):
                result[f"{key}\t{v}"] = [label, rec]
    with open(sys.argv[1], "w") as fh:
        json.dump(result, fh, ensure_ascii=False, indent=0)
    print(len(result), "cells read")
    if len(sys.argv) > 3 and sys.argv[2] == "--compare":
        with open(sys.argv[3]) as fh:
            old = json.load(fh)
        for k in sorted(set(old) | set(result)):
            a, b = old.get(k, [None, {}])[1], result.get(k, [None, {}])[1]
            for field in ("people", "mentions", "layout"):
                if a.get(field) != b.get(field):
                    print(
                        field,
                        (old.get(k) or result.get(k))[0],
                        k.replace("\t", " | "),
                        a.get(field),
                        "->",
                        b.get(field),
                    )


if __name__ == "__main__":
    main()
