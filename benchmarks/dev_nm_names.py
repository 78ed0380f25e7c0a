"""Dev check for helper NM (session 44): person-name and title columns in export layouts.

Runs ``score_columns`` (names shown and hidden) on ``heldout29_table(locale, seed)`` for the given locales and
seeds and prints, per name-labelled or title column, whether it was found.  Use OTHER seeds than set 29's
(29501+) to check a rule generalises.

    .venv/bin/python benchmarks/dev_nm_names.py --locales en_GB de_DE --seeds 29501 29502
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import heldout29_shapes as shapes
from pii_heldout_scoring import score_columns

_NAMEY = ("name", "first_name", "last_name")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--locales", nargs="+", default=["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL"])
    ap.add_argument("--seeds", nargs="+", type=int, default=list(range(29501, 29507)))
    ap.add_argument("--shapes", nargs="*", default=[])
    args = ap.parse_args()
    tot = {"shown": [0, 0, 0], "hidden": [0, 0, 0]}
    for locale in args.locales:
        for seed in args.seeds:
            t = shapes.heldout29_table(locale, seed)
            if args.shapes and t.shape not in args.shapes:
                continue
            for mode in ("shown", "hidden"):
                out = score_columns(t.frame, t.labels, mode == "hidden", locale, t.notes_column)
                name_miss = [m for m in out["miss"] if m.split(":")[1].split("->")[0] in _NAMEY]
                npos = sum(1 for lab in t.labels.values() if lab and lab[0] in _NAMEY)
                false = [f for f in out["false"] if "->" in f and not f.endswith("->free_text")]
                tot[mode][0] += npos - len(name_miss)
                tot[mode][1] += npos
                tot[mode][2] += len(false)
                if name_miss or false:
                    print(f"{locale} {seed} {t.shape} {mode}: missed {name_miss} false {false}")
    for mode, (hit, pos, false) in tot.items():
        print(f"{mode}: name-column recall {hit}/{pos} = {hit / max(pos, 1):.3f}; false columns {false}")


if __name__ == "__main__":
    main()
