"""Dev check for helper NM (session 48): full-name columns of name stocks no list holds.

Builds set-33-shaped tables (``heldout33_table``; use OTHER seeds than set 33's, 33501+) or set 32's, runs
``score_columns`` with names shown and hidden, and prints name misses and every false column.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_nm_recombine.py --locales dz_BT fr_BJ --seeds 33501 33502
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from pii_heldout_scoring import score_columns

_NAMEY = ("name", "first_name", "last_name")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--locales", nargs="+", default=["dz_BT", "fr_BJ", "to_TO", "kk_KZ", "mn_MN", "en_LR"])
    ap.add_argument("--seeds", nargs="+", type=int, default=list(range(33501, 33505)))
    ap.add_argument("--set", default="33")
    ap.add_argument("--modes", nargs="+", default=["hidden", "shown"])
    ap.add_argument("--without", action="store_true", help="the recombination pass switched off (before)")
    args = ap.parse_args()
    if args.without:
        import safe_synthesizer.pii.column_name_pairs as pairs

        pairs.recombined_name_columns = lambda *a, **k: {}
        pairs.sparse_full_name_columns = lambda *a, **k: {}
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    tot = {m: [0, 0, 0] for m in args.modes}
    for locale in args.locales:
        for seed in args.seeds:
            t = build(locale, seed)
            notes = getattr(t, "notes_column", None) or getattr(t, "notes", None)
            for mode in args.modes:
                out = score_columns(t.frame, t.labels, mode == "hidden", locale, notes)
                name_miss = [m for m in out["miss"] if m.split(":")[1].split("->")[0] in _NAMEY]
                npos = sum(1 for lab in t.labels.values() if isinstance(lab, tuple) and lab[0] in _NAMEY)
                false = [f for f in out["false"] if "->" in f and not f.endswith("->free_text")]
                tot[mode][0] += npos - len(name_miss)
                tot[mode][1] += npos
                tot[mode][2] += len(false)
                if name_miss or false:
                    print(f"{locale} {seed} {t.shape} {mode}: missed {name_miss} false {false}", flush=True)
    for mode, (hit, pos, false) in tot.items():
        print(f"{mode}: name-column recall {hit}/{pos} = {hit / max(pos, 1):.3f}; false columns {false}")


if __name__ == "__main__":
    main()
