"""Session 66, helper NM: person-name COLUMNS read from their values, with the wiring of
``/work/s66docs/wiring_NM.md`` (an element's accessible name, :mod:`cell_accessible_names`; a column's shared dress,
:mod:`person_cell_shared_dress`) or not, column detection only (``score_columns``), fast.

Prints, per table, the name columns missed (shown and hidden headers) and every FALSE column (any entity on a
column labelled ``None`` or of another entity), so the tree with and without the wiring can be compared:
``python benchmarks/dev_nm_s66.py --sets 51 --out A.json`` and the same with ``--patch``; ``--diff A.json,B.json``
lists what changed. ``--miss`` reads only the tables with a missed name column in
``results/pii_heldout51_after.json``.

Sets: ``51`` (seen seeds by default, ``--seeds 51501,51502,51503`` unseen), ``50``, ``49``... (their builders
``heldoutNN_table(locale, seed)``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_heldout_scoring as shared

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
NEW8 = {
    51: ("pa_PK", "ta_SG", "bua_RU", "ceb_PH", "mni_IN", "sm_AS", "nso_ZA", "nds_DE"),
    50: ("kn_IN", "ba_RU", "yue_HK", "ban_ID", "yua_MX", "ki_KE", "gv_IM", "fur_IT"),
    49: ("ur_PK", "ml_IN", "hy_IR", "sah_RU", "bm_ML", "ve_ZA", "ch_GU", "oc_FR"),
    48: ("fa_AF", "iu_CA", "ce_RU", "ta_LK", "so_DJ", "crs_SC", "hsb_DE", "tpi_PG"),
}
OTHERS = ("sv_SE", "pt_BR", "tr_TR", "ko_KR", "bn_BD", "sw_KE", "es_PE", "ar_SY", "zh_MO", "fr_NE", "te_IN", "haw_US")
NAMES = ("name", "first_name", "last_name")


def patch() -> None:
    """The wiring of ``/work/s66docs/wiring_NM.md``, monkeypatched."""
    import pandas as pd

    from safe_synthesizer.pii import cell_machine_encodings as cme
    from safe_synthesizer.pii import column_encoded_cells as cec
    from safe_synthesizer.pii.cell_accessible_names import accessible_name_layer
    from safe_synthesizer.pii.person_cell_shared_dress import shared_dress
    from safe_synthesizer.pii.value_cells import ValueCells

    if accessible_name_layer not in cme._DECODERS:
        cme._DECODERS = (accessible_name_layer, *cme._DECODERS)

    def _column_decoding(series: pd.Series) -> dict[str, str] | None:
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            return None
        head = series.iloc[: cec.SAMPLE_CELLS * 20].dropna()
        sample = [v for v in pd.unique(head) if isinstance(v, str) and v.strip()][: cec.SAMPLE_CELLS]
        if not sample:
            return None
        found = {cell: f.inner for cell, f in shared_dress(pd.unique(series.dropna())).items()}
        if not any(cme.may_be_dressed(v) for v in sample):
            return found or None
        dressed = sum(cec.person_encoding(v) is not None for v in sample)
        if not dressed or dressed < cec.MIN_DRESSED_SHARE * len(sample):
            return found or None
        decoded = dict(found)
        for v in pd.unique(series.dropna()):
            if isinstance(v, str) and (f := cec.person_encoding(v)) is not None:
                decoded[v] = f.inner
        return decoded or None

    original_of = cec.EncodedValueCells.of.__func__

    def of(cls, cells, entity, *, per_record=False):
        if entity not in cec._NAMES:
            return ValueCells.of(cells, entity, per_record=per_record)
        extra = shared_dress(cells)
        if not extra:
            return original_of(cls, cells, entity, per_record=per_record)
        dresses = dict(extra)
        if any(cme.may_be_dressed(c) for c in cells):
            dresses.update({c: f for c in cells if (f := cec.person_encoding(c)) is not None})
        import dataclasses

        plain = [c for c in cells if c not in dresses]
        spelled = cec.same_person_spellings({c: f.inner for c, f in dresses.items()}, plain)
        dresses = {c: dataclasses.replace(f, inner=spelled.get(c, f.inner)) for c, f in dresses.items()}
        inner = list(dict.fromkeys(dresses[c].inner if c in dresses else c for c in cells))
        return cls(ValueCells.of(inner, entity, per_record=per_record), dresses)

    cec._column_decoding = _column_decoding
    cec.EncodedValueCells.of = classmethod(of)


_SAVED: dict = {}


def _save() -> None:
    from safe_synthesizer.pii import cell_machine_encodings as cme
    from safe_synthesizer.pii import column_encoded_cells as cec

    _SAVED.update(dec=cme._DECODERS, col=cec._column_decoding, of=cec.EncodedValueCells.__dict__["of"])


def _unpatch() -> None:
    from safe_synthesizer.pii import cell_machine_encodings as cme
    from safe_synthesizer.pii import column_encoded_cells as cec

    cme._DECODERS, cec._column_decoding = _SAVED["dec"], _SAVED["col"]
    cec.EncodedValueCells.of = _SAVED["of"]


def delta(set_no: int, pairs: list[tuple[str, int]], changes_only: bool = False) -> dict:
    """The wiring's effect, cheaply: detection changes only through ``undressed_frame``, so only tables where the
    patched decoding changes a column are scored, before and after; every other table scores the same."""
    from safe_synthesizer.pii.column_encoded_cells import undressed_frame

    _save()
    out: dict = {"tables": 0, "changed": [], "found": [], "lost": [], "new_false": [], "gone_false": []}
    for locale, seed in pairs:
        try:
            t = _table(set_no, locale, seed)
        except Exception:  # a locale or seed a builder does not know
            continue
        out["tables"] += 1
        _unpatch()
        before_frame = undressed_frame(t.frame)
        patch()
        after_frame = undressed_frame(t.frame)
        changed = [c for c in t.frame.columns if not before_frame[c].equals(after_frame[c])]
        if not changed:
            continue
        tag = f"{locale}/{seed}"
        out["changed"] += [f"{tag}/{c} {t.labels.get(c)}" for c in changed]
        if changes_only:  # which columns the wiring reads otherwise, and their labels: no scoring
            print(tag, [(c, (t.labels.get(c) or [None])[0]) for c in changed], flush=True)
            continue
        after = run(set_no, [(locale, seed)], quiet=True)
        _unpatch()
        before = run(set_no, [(locale, seed)], quiet=True)
        out["found"] += [m for m in before["miss"] if m not in after["miss"]]
        out["lost"] += [m for m in after["miss"] if m not in before["miss"]]
        out["new_false"] += [f for f in after["false"] if f not in before["false"]]
        out["gone_false"] += [f for f in before["false"] if f not in after["false"]]
        print(tag, "changed", changed, "found", [m for m in before["miss"] if m not in after["miss"]],
              "lost", [m for m in after["miss"] if m not in before["miss"]],
              "new false", [f for f in after["false"] if f not in before["false"]], flush=True)  # fmt: skip
    _unpatch()
    return out


def _table(set_no: int, locale: str, seed: int):
    module = importlib.import_module(f"heldout{set_no}_shapes")
    return getattr(module, f"heldout{set_no}_table")(locale, seed)


def _pairs(set_no: int, locales: str, seeds: str, miss: bool) -> list[tuple[str, int]]:
    if miss:
        data = json.loads((Path(__file__).parent / "results" / f"pii_heldout{set_no}_after.json").read_text())
        out = []
        for loc, v in data["locales"].items():
            for m in v.get("hidden_miss", []) + v.get("shown_miss", []):
                seed, rest = m.split("/", 1)
                if rest.split(":")[1].split("->")[0] in NAMES:
                    out.append((loc, int(seed)))
        return list(dict.fromkeys(out))
    seed_list = [int(s) for s in seeds.split(",")] if seeds else []
    if locales:
        locs = locales.split(",")
        return [(x, s) for x in locs for s in (seed_list or [set_no * 1000 + 1])]
    if seed_list:
        return [(x, s) for x in (*FIRST7, *NEW8.get(set_no, ()), *OTHERS) for s in seed_list]
    if set_no in (50, 51):  # the seen draws
        out = [(x, s) for x in FIRST7 for s in range(set_no * 1000 + 1, set_no * 1000 + 7)]
        out += [(x, s) for x in NEW8[set_no] for s in (set_no * 1000 + 1, set_no * 1000 + 2)]
        return out + [(x, set_no * 1000 + 1) for x in OTHERS]
    return [(x, set_no * 1000 + 1) for x in (*FIRST7, *NEW8.get(set_no, ()), *OTHERS)]


def run(set_no: int, pairs: list[tuple[str, int]], quiet: bool = False) -> dict:
    out: dict = {"name_hit": [0, 0], "name_pos": [0, 0], "miss": [], "false": [], "tables": 0}
    for locale, seed in pairs:
        try:
            t = _table(set_no, locale, seed)
        except Exception as exc:  # a locale or seed a builder does not know
            out.setdefault("skipped", []).append(f"{locale}/{seed}: {type(exc).__name__}")
            continue
        out["tables"] += 1
        cols = list(t.frame.columns)
        for k, hidden in enumerate((False, True)):
            s = shared.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
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
                    out["miss"].append(f"{'H' if hidden else 'S'} {locale}/{seed}/{cols.index(column):03d}")
            out["false"] += [f"{'H' if hidden else 'S'} {locale}/{seed}/{f}" for f in s["false"]]
        if not quiet:
            print(locale, seed, "misses", [m for m in out["miss"] if f" {locale}/{seed}/" in m],
              "false", [f for f in out["false"] if f" {locale}/{seed}/" in f], flush=True)  # fmt: skip
    return out


def diff(a: str, b: str) -> None:
    before, after = json.loads(Path(a).read_text()), json.loads(Path(b).read_text())
    for set_no in before:
        x, y = before[set_no], after.get(set_no, {})
        print(set_no, "name shown", x["name_hit"][0], "->", y["name_hit"][0], "/", x["name_pos"][0], "hidden",
              x["name_hit"][1], "->", y["name_hit"][1], "/", x["name_pos"][1])  # fmt: skip
        print("  found:", sorted(set(x["miss"]) - set(y["miss"])))
        print("  lost:", sorted(set(y["miss"]) - set(x["miss"])))
        print("  new false:", sorted(set(y["false"]) - set(x["false"])))
        print("  gone false:", sorted(set(x["false"]) - set(y["false"])))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="51")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--miss", action="store_true", help="only tables with a missed name column (after.json)")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--delta", action="store_true", help="score only the tables the wiring changes, both ways")
    ap.add_argument("--changes", action="store_true", help="with --delta: list the changed columns, no scoring")
    ap.add_argument("--diff", default="", help="A.json,B.json")
    ap.add_argument("--out", default="")
    a = ap.parse_args()
    if a.diff:
        diff(*a.diff.split(","))
        return
    if a.patch and not a.delta:
        patch()
    report = {}
    for set_no in map(int, a.sets.split(",")):
        started = time.time()
        if a.delta:
            report[set_no] = r = delta(set_no, _pairs(set_no, a.locales, a.seeds, a.miss), a.changes)
            print(set_no, "tables", r["tables"], "changed", len(r["changed"]), "found", len(r["found"]), "lost",
                  len(r["lost"]), "new false", r["new_false"], f"{time.time() - started:.0f}s", flush=True)  # fmt: skip
            continue
        report[set_no] = r = run(set_no, _pairs(set_no, a.locales, a.seeds, a.miss))
        print(set_no, "tables", r["tables"], "name shown", r["name_hit"][0], "/", r["name_pos"][0], "hidden",
              r["name_hit"][1], "/", r["name_pos"][1], "false", len(r["false"]),
              f"{time.time() - started:.0f}s", flush=True)  # fmt: skip
    if a.out:
        Path(a.out).write_text(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
