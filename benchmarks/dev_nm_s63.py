"""Session 63, helper NM: person-name COLUMNS on held-out tables, column detection only (``plan_columns``), fast.

Prints, per set, the name columns found / labelled (shown and hidden headers), every miss, and every FALSE column
(any entity on a column labelled ``None``), so two trees can be compared by running this twice:
``PYTHONPATH=TREE/src:benchmarks python benchmarks/dev_nm_s63.py --sets 48 --seeds 48501,48502 --out FILE``.

Sets: ``48`` (seeds given, locales given or the first 7 + new 8), ``47``/``46``/``45``... (their builders
``heldoutNN_table(locale, seed)``; seed ``NN001`` by default).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_heldout_scoring as shared

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
NEW8 = ("fa_AF", "iu_CA", "ce_RU", "ta_LK", "so_DJ", "crs_SC", "hsb_DE", "tpi_PG")
OTHERS = ("te_IN", "ti_ET", "ee_GH", "tn_BW", "ty_PF", "kab_DZ", "haw_US", "co_FR", "sv_SE", "tr_TR", "ko_KR",
          "bn_BD", "sw_KE", "es_PE", "pt_BR", "ar_SY", "zh_MO", "fr_NE")  # fmt: skip
NAMES = ("name", "first_name", "last_name")


def _table(set_no: int, locale: str, seed: int):
    module = importlib.import_module(f"heldout{set_no}_shapes")
    return getattr(module, f"heldout{set_no}_table")(locale, seed)


def run(set_no: int, locales: list[str], seeds: list[int]) -> dict:
    out: dict = {"name_hit": [0, 0], "name_pos": [0, 0], "miss": [], "false": []}
    pairs = [(x.split("/")[0], int(x.split("/")[1])) if "/" in x else (x, s) for x in locales for s in seeds]
    for locale, seed in dict.fromkeys(pairs):
        if True:
            try:
                t = _table(set_no, locale, seed)
            except Exception as exc:  # a locale a builder does not know
                out.setdefault("skipped", []).append(f"{locale}/{seed}: {type(exc).__name__}")
                continue
            for k, hidden in enumerate((False, True)):
                s = shared.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
                cols = list(t.frame.columns)
                for column, label in t.labels.items():
                    if not label or label == "dont_care" or label[0] not in NAMES:
                        continue
                    key = f"c{cols.index(column):03d}" if hidden else column
                    if shared._dont_care(t.frame[column], label, False, locale):
                        continue
                    out["name_pos"][k] += 1
                    missed = any(m.startswith(f"{key}:") for m in s["miss"])
                    out["name_hit"][k] += not missed
                    if missed:
                        out["miss"].append(f"{'H' if hidden else 'S'} {locale}/{seed}/{column}")
                out["false"] += [f"{'H' if hidden else 'S'} {locale}/{seed}/{f}" for f in s["false"]]
            print(locale, seed, "misses", [m for m in out["miss"] if f" {locale}/{seed}/" in m],
                  "false", [f for f in out["false"] if f" {locale}/{seed}/" in f], flush=True)  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="48")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    report = {}
    for set_no in map(int, a.sets.split(",")):
        seeds = [int(s) for s in a.seeds.split(",")] if a.seeds else [set_no * 1000 + 1]
        locales = a.locales.split(",") if a.locales else [*FIRST7, *NEW8, *OTHERS]
        report[set_no] = run(set_no, locales, seeds)
        r = report[set_no]
        print(set_no, "name shown", r["name_hit"][0], "/", r["name_pos"][0], "hidden", r["name_hit"][1], "/",
              r["name_pos"][1], "false", len(r["false"]), flush=True)  # fmt: skip
    Path(a.out).write_text(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
