"""Dev (helper NM, session 45): person columns the plan leaves None, on set 30's tables or other seeds.

Run: ``.venv/bin/python benchmarks/dev_nm_miss.py [--seeds 30501-30520] [--locales a,b] [--shapes x,y]``; prints,
per table, each person column missed (shown / hidden) with three values, and each false column found."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout30_shapes as set30
import pii_heldout_scoring as shared

PERSON = {"name", "first_name", "last_name"}


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--shapes", default="")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    locales = a.locales.split(",") if a.locales else list(set30.LOCALES)
    shapes = set(a.shapes.split(",")) if a.shapes else set(set30.SHAPES)
    tot = {"pos": 0, "hit": 0, "false": 0}
    for loc in locales:
        seeds = _seeds(a.seeds) if a.seeds else list(set30.language.seeds_for(loc))
        for seed in seeds:
            if set30.shape_of(loc, seed) not in shapes:
                continue
            t = set30.heldout30_table(loc, seed)
            for hidden in (False, True):
                labels = {k: ("dont_care" if hidden and k in t.branch else v) for k, v in t.labels.items()}
                out = shared.score_columns(t.frame, labels, hidden, loc, t.notes_column)
                names = list(t.frame.columns)
                for m in out["miss"] + [f"FALSE {x}" for x in out["false"]]:
                    col, _, what = m.replace("FALSE ", "").rpartition(":")
                    if what.split("->")[0] not in PERSON and "FALSE" not in m:
                        continue
                    real = names[int(col[1:])] if hidden else col
                    vals = t.frame[real].dropna().astype(str).head(3).tolist()
                    if not a.quiet:
                        print(
                            f"{loc} {seed} {t.shape} {'H' if hidden else 'S'} {'FALSE ' if 'FALSE' in m else ''}"
                            f"{real}: {what} {vals}"
                        )
                person = [x for x in out["miss"] if x.rpartition(":")[2].split("->")[0] in PERSON]
                tot["pos"] += sum(v[1] for k, v in out["by_entity"].items() if k in PERSON)
                tot["hit"] += sum(v[0] for k, v in out["by_entity"].items() if k in PERSON)
                tot["missed"] = tot.get("missed", 0) + len(person)
                tot["false"] += len(out["false"])
    print(tot)


if __name__ == "__main__":
    main()
