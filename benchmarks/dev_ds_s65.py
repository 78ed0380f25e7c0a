"""Session 65, helper DS: birth-date columns and note birth dates written as a machine serialises them
(:mod:`serialised_dates`), with the proposed wiring (``/work/s65docs/wiring_DS.md``) patched in (``--patch``).

Run with the tree to measure on ``PYTHONPATH`` (``src:benchmarks``)::

    python benchmarks/dev_ds_s65.py --set 50 --seeds 50001,50002 --locales en_GB,fr_FR --patch --show
    python benchmarks/dev_ds_s65.py --false 33,34,35 --patch --dump /tmp/ds_after.json
    python benchmarks/dev_ds_s65.py --diff /tmp/ds_before.json,/tmp/ds_after.json

Per table: the birth-date columns found (shown and hidden headers), the false birth-date columns, and the birth
dates of the notes the text rules find. ``--false`` dumps every column's plan of the listed sets for ``--diff``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

DOB = "date_of_birth"


def patch() -> None:
    """The proposed wiring: :func:`serialised_dates.read_serialised_date_at` as the last fallback of
    ``date_reader.read_date_at`` and :func:`serialised_dates.read_serialised_date` under ``read_date``'s limits."""
    from safe_synthesizer.pii import date_reader
    from safe_synthesizer.pii.serialised_dates import read_serialised_date, read_serialised_date_at, with_serial_tail

    original, whole = date_reader.read_date_at, date_reader.read_date
    if getattr(original, "_ds_s65", False):
        return

    def read_date_at(text, start=0, language=None, day_first=None):
        reading = original(text, start, language, day_first)
        if reading is None:
            return read_serialised_date_at(text, start, language, day_first)
        return with_serial_tail(text, reading)

    def read_date(value, language=None, day_first=None):
        reading = whole(value, language, day_first)
        if reading is None:
            return read_serialised_date(value, language, day_first)
        return reading

    read_date_at._ds_s65 = True
    date_reader.read_date_at = read_date_at
    date_reader.read_date = read_date
    for mod in list(sys.modules.values()):
        if mod is date_reader or mod is None:
            continue
        if getattr(mod, "read_date_at", None) is original:
            mod.read_date_at = read_date_at
        if getattr(mod, "read_date", None) is whole:
            mod.read_date = read_date


def cell_diff(set_ids: list[int], locales: list[str], seeds_per: int, shared: bool) -> None:
    """Cells and note spans the wiring reads differently (a date where none was read, or a longer one): every
    column value of the listed sets' tables (and the shared data's text columns with ``shared``) read whole by
    ``read_date`` before and after the patch, every note read by ``read_date_at`` at each word start."""
    import re

    import pandas as pd

    from safe_synthesizer.pii import date_reader

    before_cell, before_at = date_reader.read_date, date_reader.read_date_at
    patch()
    after_cell, after_at = date_reader.read_date, date_reader.read_date_at
    starts = re.compile(r"(?<![\w])[\w/{\"'\\]")

    def compare(name: str, frame: pd.DataFrame, notes: str | None) -> None:
        for col in frame.columns:
            values = frame[col].dropna().astype(str).drop_duplicates().head(400).tolist()
            if col == notes:
                for note in values[:150]:
                    for m in starts.finditer(note):
                        a, b = before_at(note, m.start()), after_at(note, m.start())
                        if b is not None and (a is None or a.end != b.end):
                            print(f"NOTE {name} {col!r}: {note[m.start() : b.end]!r}")
                continue
            new = [v for v in values if before_cell(v) is None and after_cell(v) is not None]
            if new:
                print(f"CELL {name} {col!r}: {len(new)}/{len(values)} e.g. {new[:3]}")

    for set_id in set_ids:
        for locale in locales:
            for k in range(seeds_per):
                try:
                    t = _builder(set_id)(locale, set_id * 1000 + 1 + k)
                except Exception as exc:  # a locale the set does not have
                    print(f"skip {set_id}/{locale}: {type(exc).__name__}")
                    break
                compare(f"{set_id}/{locale}/{k}", t.frame, t.notes_column)
    if shared:
        from pathlib import Path

        data = Path(__file__).resolve().parents[2] / "shared" / "data"
        for path in sorted(data.glob("*.csv")):
            frame = pd.read_csv(path, dtype=str, nrows=3000, on_bad_lines="skip", encoding_errors="replace")
            text = "Review Text" if "Review Text" in frame.columns else None
            compare(path.name, frame, text)


def _bench(set_id: int):
    return importlib.import_module(f"bench_pii_heldout{set_id}")


def _builder(set_id: int):
    return getattr(importlib.import_module(f"heldout{set_id}_shapes"), f"heldout{set_id}_table")


def table_counts(set_id: int, locale: str, seed: int, show: bool) -> dict:
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.text_patterns import pattern_spans

    t = _builder(set_id)(locale, seed)
    bench = _bench(set_id)
    out = {"dob_pos": 0, "dob_hit": 0, "false_dob": 0, "text_pos": 0, "text_hit": 0}
    for hidden in (False, True):
        s = bench.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
        pos, hit = s["by_entity"].get(DOB, [0, 0])[::-1]
        out["dob_pos"] += pos
        out["dob_hit"] += hit
        for f in s["false"]:
            if f.endswith("->date_of_birth") or "date_of_birth->" in f:
                out["false_dob"] += 1
                if show:
                    print(f"  FALSE {locale}/{seed} {'hidden' if hidden else 'shown'} {f}")
        for m in s["miss"]:
            if show and DOB in m:
                print(f"  MISS {locale}/{seed} {'hidden' if hidden else 'shown'} {m}")
    notes = t.frame[t.notes_column].tolist() if t.notes_column else []
    for note, labels in zip(notes, t.notes or [], strict=False):
        births = [v for e, v in (labels or []) if e == DOB]
        if not births:
            continue
        spans = [note[a:b] for a, b, e in pattern_spans(note, (), frozenset({E.DATE_OF_BIRTH})) if e == DOB]
        for value in births:
            out["text_pos"] += 1
            ok = any(value.split(";")[0].strip() in s for s in spans)
            out["text_hit"] += ok
            if show and not ok:
                print(f"  TEXT-MISS {locale}/{seed} {value!r}")
    return out


def plans(set_ids: list[int], rows: int) -> dict:
    """Every column's plan (shown and hidden) of the first table of each locale of the listed sets."""
    out = {}
    for set_id in set_ids:
        bench = _bench(set_id)
        locales = getattr(bench, "LOCALES", None) or ["en_US"]
        for locale in locales:
            try:
                t = _builder(set_id)(locale, int(f"{set_id}001"))
            except Exception as exc:  # a set's builder with another seed rule
                out[f"{set_id}/{locale}"] = f"error {type(exc).__name__}"
                continue
            for hidden in (False, True):
                s = bench.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
                out[f"{set_id}/{locale}/{hidden}"] = sorted(s["false"]) + sorted(s["miss"])
    return out


def diff(before: str, after: str) -> None:
    with open(before) as fa, open(after) as fb:
        a, b = json.load(fa), json.load(fb)
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            print(key, "\n  before:", a.get(key), "\n  after: ", b.get(key))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=50)
    ap.add_argument("--locales", default="en_US")
    ap.add_argument("--seeds", default="50001")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--false", help="sets whose plans to dump (comma list)")
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--dump", default="/tmp/ds65_plans.json")
    ap.add_argument("--diff", help="two dumps: before,after")
    ap.add_argument("--cells", help="sets whose cells and notes to read before and after the patch (comma list)")
    ap.add_argument("--per", type=int, default=1, help="tables per locale for --cells")
    ap.add_argument("--shared", action="store_true", help="with --cells: the shared data's tables too")
    a = ap.parse_args()
    if a.diff:
        diff(*a.diff.split(","))
        return
    if a.cells is not None:
        sets = [int(x) for x in a.cells.split(",") if x]
        cell_diff(sets, a.locales.split(","), a.per, a.shared)
        return
    if a.patch:
        patch()
    if a.false:
        with open(a.dump, "w") as out:
            json.dump(plans([int(s) for s in a.false.split(",")], a.rows), out, indent=0)
        print("dumped", a.dump)
        return
    total: dict = {}
    for locale in a.locales.split(","):
        for seed in a.seeds.split(","):
            c = table_counts(a.set, locale, int(seed), a.show)
            print(locale, seed, c, flush=True)
            for k, v in c.items():
                total[k] = total.get(k, 0) + v
    print("TOTAL", total)


if __name__ == "__main__":
    main()
