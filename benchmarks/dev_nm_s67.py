"""Session 67, helper NM: person-name COLUMNS on held-out tables with the program prints
(:mod:`cell_program_prints`: XML CDATA, Go structs, record ids, line wraps) wired or not, column detection only
(``score_columns``), fast.

Prints, per table, the name columns missed (shown and hidden headers) and every FALSE column (any entity on a
column labelled ``None``), so the tree with and without the wiring can be compared:
``python benchmarks/dev_nm_s67.py --sets 52 --seeds 52501 --out A.json`` and the same with ``--patch``.
``--cells`` also writes the replaced cells of the missed-before name columns (a few per column) to check the fakes.

Sets: ``49`` / ``48`` / ``47``... (their builders ``heldoutNN_table(locale, seed)``; seed ``NN001`` by default).
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
NEW8_49 = ("ur_PK", "ml_IN", "hy_IR", "sah_RU", "bm_ML", "ve_ZA", "ch_GU", "oc_FR")
NEW8_48 = ("fa_AF", "iu_CA", "ce_RU", "ta_LK", "so_DJ", "crs_SC", "hsb_DE", "tpi_PG")
NEW8_52 = ("zh_MY", "ar_IL", "yi_US", "su_ID", "hu_RS", "as_IN", "so_KE", "vi_CZ")
OTHERS = ("te_IN", "ti_ET", "ee_GH", "tn_BW", "ty_PF", "kab_DZ", "haw_US", "co_FR", "sv_SE", "tr_TR", "ko_KR",
          "bn_BD", "sw_KE", "es_PE", "pt_BR", "ar_SY", "zh_MO", "fr_NE")  # fmt: skip
NAMES = ("name", "first_name", "last_name")


def patch() -> None:
    """The wiring of ``/work/s67docs/wiring_NM.md``, monkeypatched: the program prints are decoding layers (a CDATA
    section first, a Go struct and a record id before the formula and map readers, a line wrap before the runs), and
    a line break joins the decoding layer's cheap gate."""
    from safe_synthesizer.pii import cell_machine_encodings as cme
    from safe_synthesizer.pii import column_encoded_cells as cec
    from safe_synthesizer.pii.cell_program_prints import (
        cdata_layer,
        go_struct_layer,
        line_wrap_layer,
        may_be_printed,
        record_id_layer,
    )

    old_gate = cme.may_be_dressed

    def may_be_dressed(cell: str) -> bool:
        return old_gate(cell) or may_be_printed(cell)

    cme.may_be_dressed = may_be_dressed
    cec.may_be_dressed = may_be_dressed
    decoders = list(cme._DECODERS)
    at = decoders.index(cme.formula_layer)
    decoders[at:at] = [go_struct_layer, record_id_layer]
    decoders.insert(decoders.index(cme.runs_layer), line_wrap_layer)
    cme._DECODERS = (cdata_layer, *decoders)


def _unpatch(saved: tuple) -> None:
    from safe_synthesizer.pii import cell_machine_encodings as cme
    from safe_synthesizer.pii import column_encoded_cells as cec

    cme.may_be_dressed, cec.may_be_dressed, cme._DECODERS = saved


def _saved() -> tuple:
    from safe_synthesizer.pii import cell_machine_encodings as cme
    from safe_synthesizer.pii import column_encoded_cells as cec

    return cme.may_be_dressed, cec.may_be_dressed, cme._DECODERS


def _score(t, locale: str) -> dict:
    """Name columns missed and false columns of one table, shown and hidden headers."""
    out: dict = {"pos": 0, "miss": [], "false": []}
    cols = list(t.frame.columns)
    for hidden in (False, True):
        s = shared.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
        for column, label in t.labels.items():
            if not label or label == "dont_care" or label[0] not in NAMES:
                continue
            if shared._dont_care(t.frame[column], label, False, locale):
                continue
            key = f"c{cols.index(column):03d}" if hidden else column
            out["pos"] += 1
            if any(m.startswith(f"{key}:") for m in s["miss"]):
                out["miss"].append(f"{'H' if hidden else 'S'} {column}")
        out["false"] += [f"{'H' if hidden else 'S'} {f}" for f in s["false"]]
    return out


def delta(set_no: int, locales: list[str], seeds: list[int]) -> dict:
    """The wiring's effect, cheaply: detection changes only through ``undressed_frame``, so only tables where the
    patched decoding changes a column are scored, before and after; every other table scores the same."""
    from safe_synthesizer.pii.column_encoded_cells import undressed_frame

    saved = _saved()
    out: dict = {
        "tables": 0,
        "name_columns": 0,
        "changed": [],
        "found": [],
        "lost": [],
        "new_false": [],
        "gone_false": [],
    }
    for locale in locales:
        for seed in seeds:
            try:
                t = _table(set_no, locale, seed)
            except Exception:  # a locale or seed a builder does not know
                continue
            out["tables"] += 1
            out["name_columns"] += sum(1 for lab in t.labels.values() if lab and lab != "dont_care" and lab[0] in NAMES)
            _unpatch(saved)
            before_frame = undressed_frame(t.frame)
            patch()
            after_frame = undressed_frame(t.frame)
            changed = [c for c in t.frame.columns if not before_frame[c].equals(after_frame[c])]
            if not changed:
                continue
            out["changed"] += [f"{locale}/{seed}/{c} {t.labels.get(c)}" for c in changed]
            after = _score(t, locale)
            _unpatch(saved)
            before = _score(t, locale)
            tag = f"{locale}/{seed}"
            out["found"] += [f"{tag} {m}" for m in before["miss"] if m not in after["miss"]]
            out["lost"] += [f"{tag} {m}" for m in after["miss"] if m not in before["miss"]]
            out["new_false"] += [f"{tag} {f}" for f in after["false"] if f not in before["false"]]
            out["gone_false"] += [f"{tag} {f}" for f in before["false"] if f not in after["false"]]
            print(tag, "changed", changed, "found", [m for m in before["miss"] if m not in after["miss"]],
                  "lost", [m for m in after["miss"] if m not in before["miss"]],
                  "new false", [f for f in after["false"] if f not in before["false"]], flush=True)  # fmt: skip
    _unpatch(saved)
    return out


def _table(set_no: int, locale: str, seed: int):
    module = importlib.import_module(f"heldout{set_no}_shapes")
    return getattr(module, f"heldout{set_no}_table")(locale, seed)


def run(set_no: int, locales: list[str], seeds: list[int]) -> dict:
    out: dict = {"name_hit": [0, 0], "name_pos": [0, 0], "miss": [], "false": []}
    pairs = [(x.split("/")[0], int(x.split("/")[1])) if "/" in x else (x, s) for x in locales for s in seeds]
    for locale, seed in dict.fromkeys(pairs):
        try:
            t = _table(set_no, locale, seed)
        except Exception as exc:  # a locale or seed a builder does not know
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
    ap.add_argument("--sets", default="49")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--delta", action="store_true", help="score only the tables the wiring changes, both ways")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    if a.patch and not a.delta:
        patch()
    report = {}
    for set_no in map(int, a.sets.split(",")):
        seeds = [int(s) for s in a.seeds.split(",")] if a.seeds else [set_no * 1000 + 1]
        new8 = NEW8_49 if set_no == 49 else NEW8_52 if set_no == 52 else NEW8_48
        locales = a.locales.split(",") if a.locales else [*FIRST7, *new8, *OTHERS]
        if a.delta:
            report[set_no] = r = delta(set_no, locales, seeds)
            print(set_no, "tables", r["tables"], "name columns", r["name_columns"], "changed", len(r["changed"]),
                  "found", len(r["found"]), "lost", len(r["lost"]), "new false", len(r["new_false"]),
                  "gone false", len(r["gone_false"]), flush=True)  # fmt: skip
            continue
        report[set_no] = run(set_no, locales, seeds)
        r = report[set_no]
        print(set_no, "name shown", r["name_hit"][0], "/", r["name_pos"][0], "hidden", r["name_hit"][1], "/",
              r["name_pos"][1], "false", len(r["false"]), flush=True)  # fmt: skip
    Path(a.out).write_text(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
