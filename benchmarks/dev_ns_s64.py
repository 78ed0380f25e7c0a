"""Session 64, helper NS: person columns told without a name list (``column_unlisted_people``).

Two modes:

* ``scan`` (fast, no pipeline): every text column of each table is scored by ``unlisted_people_score`` alone;
  prints the person columns it reads (and those it does not, with ``--misses``) and every column it would take
  that is labelled as no person (FALSE). This is the precision check over sets 33-49 and their locales.
* ``plan`` (slow): ``plan_columns`` on shown and hidden headers, with ``--patch`` hooking the pass into
  ``table_passes`` after ``caseless_people_columns`` as ``/work/s64docs/wiring_NS.md`` proposes; prints the name
  columns missed and every false column.

Values printed are the builders' synthetic cells, never real data.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ns_s64.py scan --sets 49
--locales ur_PK,ml_IN --seeds 49001,49002``
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

NAMES = ("name", "first_name", "last_name")
FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
SCRIPTS = ("ur_PK", "ml_IN", "hy_IR", "sah_RU", "bm_ML", "ve_ZA", "ch_GU", "oc_FR", "fa_AF", "iu_CA", "ce_RU", "ta_LK",
           "so_DJ", "crs_SC", "hsb_DE", "tpi_PG", "te_IN", "ti_ET", "ee_GH", "tn_BW", "ty_PF", "kab_DZ", "haw_US",
           "ko_KR", "bn_BD", "sw_KE", "ar_SY", "zh_MO", "fr_NE", "ru_RU", "uk_UA", "el_GR", "he_IL", "ka_GE", "th_TH",
           "hi_IN", "ja_JP", "zh_CN", "am_ET", "my_MM", "km_KH", "si_LK", "ne_NP", "mn_MN", "kk_KZ",
           "sr_RS")  # fmt: skip


def _table(set_no: int, locale: str, seed: int):
    module = importlib.import_module(f"heldout{set_no}_shapes")
    return getattr(module, f"heldout{set_no}_table")(locale, seed)


def _label(labels, column) -> str | None:
    label = labels.get(column)
    if label == "dont_care":
        return "dont_care"
    return label[0] if label else None


def scan(set_no: int, pairs: list[tuple[str, int]], misses: bool) -> dict:
    from safe_synthesizer.pii.column_unlisted_people import unlisted_people_score

    out = {"hit": 0, "names": 0, "false": [], "miss": []}
    for locale, seed in pairs:
        try:
            t = _table(set_no, locale, seed)
        except Exception as exc:  # a locale a builder does not know
            print("skip", set_no, locale, seed, type(exc).__name__, file=sys.stderr)
            continue
        df = t.frame
        for column in df.columns:
            if column == t.notes_column:
                continue
            values = [v for v in df[column].to_numpy() if isinstance(v, str) and v.strip()]
            if not values:
                continue
            label = _label(t.labels, column)
            scored = unlisted_people_score(values)
            sample = list(dict.fromkeys(values))[:5]
            if label in NAMES:
                out["names"] += 1
                out["hit"] += scored is not None
                if scored is None:
                    out["miss"].append(f"{set_no} {locale}/{seed}/{column}")
                    if misses:
                        print("MISS", set_no, locale, seed, column, sample)
            elif scored is not None and label != "dont_care":
                out["false"].append(f"{set_no} {locale}/{seed}/{column}:{label}")
                print("FALSE", set_no, locale, seed, column, label, scored[1], sample)
    print(set_no, "names read", out["hit"], "/", out["names"], "false", len(out["false"]), flush=True)
    return out


def patch() -> None:
    """Hook the pass into ``table_passes`` after ``caseless_people_columns`` (the proposed wiring)."""
    import safe_synthesizer.pii.table_passes as tp
    from safe_synthesizer.pii.column_unlisted_people import unlisted_people_columns

    inner = tp.caseless_people_columns

    def both(df, names, found):
        out = dict(inner(df, names, found))
        out.update(unlisted_people_columns(df, names, {**found, **out}))
        return out

    tp.caseless_people_columns = both


def plan(set_no: int, pairs: list[tuple[str, int]]) -> dict:
    import pii_heldout_scoring as shared

    out: dict = {"name_hit": [0, 0], "name_pos": [0, 0], "miss": [], "false": []}
    for locale, seed in pairs:
        try:
            t = _table(set_no, locale, seed)
        except Exception as exc:
            print("skip", set_no, locale, seed, type(exc).__name__, file=sys.stderr)
            continue
        for k, hidden in enumerate((False, True)):
            s = shared.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
            cols = list(t.frame.columns)
            for column, label in t.labels.items():
                if not label or label == "dont_care" or label[0] not in NAMES:
                    continue
                if shared._dont_care(t.frame[column], label, False, locale):
                    continue
                key = f"c{cols.index(column):03d}" if hidden else column
                out["name_pos"][k] += 1
                missed = any(m.startswith(f"{key}:") for m in s["miss"])
                out["name_hit"][k] += not missed
                if missed:
                    out["miss"].append(f"{'H' if hidden else 'S'} {locale}/{seed}/{column}")
            out["false"] += [f"{'H' if hidden else 'S'} {locale}/{seed}/{f}" for f in s["false"]]
        print(locale, seed, [m for m in out["miss"] if f" {locale}/{seed}/" in m],
              "false", [f for f in out["false"] if f" {locale}/{seed}/" in f], flush=True)  # fmt: skip
    print(set_no, "name shown", out["name_hit"][0], "/", out["name_pos"][0], "hidden", out["name_hit"][1], "/",
          out["name_pos"][1], "false", len(out["false"]), flush=True)  # fmt: skip
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("scan", "plan"))
    ap.add_argument("--sets", default="49")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--misses", action="store_true")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--out", default="")
    a = ap.parse_args()
    if a.patch:
        patch()
    report = {}
    for set_no in map(int, a.sets.split(",")):
        seeds = [int(s) for s in a.seeds.split(",")] if a.seeds else [set_no * 1000 + 1]
        locales = a.locales.split(",") if a.locales else [*FIRST7, *SCRIPTS]
        # ``loc/seed`` pins one table; a bare locale takes every seed
        pairs = list(dict.fromkeys((x.split("/")[0], int(x.split("/")[1])) if "/" in x else (x, s)
                                   for x in locales for s in seeds))  # fmt: skip
        report[set_no] = scan(set_no, pairs, a.misses) if a.mode == "scan" else plan(set_no, pairs)
    if a.out:
        Path(a.out).write_text(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
