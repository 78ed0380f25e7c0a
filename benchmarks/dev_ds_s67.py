"""Session 67, helper DS: birth dates among dress (:mod:`dress_cell_dates`: calls, midnights, zones, format
strings, weekdays), measured with the
proposed wiring (``/work/s67docs/wiring_DS.md``) applied to a scratch copy of ``src`` (``--patch``).

Run from the repository (``benchmarks`` is put on the path)::

    python benchmarks/dev_ds_s66.py --set 51 --seeds 51001,51002 --locales en_GB,fr_FR --patch --show
    python benchmarks/dev_ds_s66.py --false 33,34,35 --patch --dump /tmp/ds67_after.json
    python benchmarks/dev_ds_s66.py --diff /tmp/ds67_before.json,/tmp/ds67_after.json
    python benchmarks/dev_ds_s66.py --cells 49,50 --locales en_US,de_DE --patch  # readings new with the wiring

Per table: the birth-date columns found (shown and hidden headers), the false birth-date columns, and the birth
dates of the notes the text rules find. ``--false`` dumps every column's plan of the listed sets for ``--diff``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOB = "date_of_birth"
ROOT = Path(__file__).resolve().parents[1]
EDITS = Path("/tmp/ds67_work/edits.py")  # the wiring's (file, old, new) edits, as in the proposal


def patch() -> None:
    """The proposed wiring: ``src`` copied to a scratch directory, the proposal's edits applied there, and that copy
    put first on the path (before anything of the package is imported)."""
    scratch = Path(tempfile.mkdtemp(prefix="ds67_src_"))
    shutil.copytree(ROOT / "src", scratch / "src")
    subprocess.run([sys.executable, str(EDITS), str(scratch / "src")], check=True, stdout=subprocess.DEVNULL)
    sys.path.insert(0, str(scratch / "src"))


def _bench(set_id: int):
    return importlib.import_module(f"bench_pii_heldout{set_id}")


def _builder(set_id: int):
    return getattr(importlib.import_module(f"heldout{set_id}_shapes"), f"heldout{set_id}_table")


def table_counts(set_id: int, locale: str, seed: int, show: bool) -> dict:
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.text_patterns import pattern_spans

    t = _builder(set_id)(locale, seed)
    bench = _bench(set_id)
    out = {"dob_pos": 0, "dob_hit": 0, "false_dob": 0, "text_pos": 0, "text_hit": 0, "text_false": 0}
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
        if not isinstance(note, str):
            continue
        births = [v for e, v in (labels or []) if e == DOB]
        spans = [note[a:b] for a, b, e in pattern_spans(note, (), frozenset({E.DATE_OF_BIRTH})) if e == DOB]
        for span in spans:
            if not any(v.split(";")[0].strip() in span or span in v for v in births):
                out["text_false"] += 1
                if show:
                    print(f"  TEXT-FALSE {locale}/{seed} {span!r}")
        for value in births:
            out["text_pos"] += 1
            ok = any(value.split(";")[0].strip() in s for s in spans)
            out["text_hit"] += ok
            if show and not ok:
                print(f"  TEXT-MISS {locale}/{seed} {value!r}")
    return out


def plans(set_ids: list[int], seed_suffix: str) -> dict:
    """Every column's misses and false answers (shown and hidden) of the first table of each locale of the sets."""
    out = {}
    for set_id in set_ids:
        bench = _bench(set_id)
        locales = getattr(bench, "LOCALES", None) or getattr(_shapes(set_id), "LOCALES", None) or ["en_US"]
        for locale in locales:
            try:
                t = _builder(set_id)(locale, int(f"{set_id}{seed_suffix}"))
            except Exception as exc:  # a set's builder with another seed rule
                out[f"{set_id}/{locale}"] = f"error {type(exc).__name__}"
                continue
            for hidden in (False, True):
                s = bench.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
                out[f"{set_id}/{locale}/{hidden}"] = sorted(s["false"]) + sorted(s["miss"])
    return out


def _shapes(set_id: int):
    return importlib.import_module(f"heldout{set_id}_shapes")


def note_scan(set_ids: list[int], locales: list[str], per: int, shared: bool) -> None:
    """Every birth-date span of the notes of the listed sets (and the shared data's text columns with ``shared``)
    the text rules give, printed with the label it matches or ``FALSE``: run before and after the patch and diff."""
    import pandas as pd

    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.text_patterns import pattern_spans

    def scan(name: str, texts: list[str]) -> None:
        for note in texts:
            if not isinstance(note, str):
                continue
            for a, b, e in pattern_spans(note, (), frozenset({E.DATE_OF_BIRTH})):
                if e == DOB:
                    print(f"{name}\t{note[a:b]!r}")

    for set_id in set_ids:
        for locale in locales:
            for k in range(per):
                try:
                    t = _builder(set_id)(locale, set_id * 1000 + 1 + k)
                except Exception:  # a locale the set does not have
                    break
                if t.notes_column:
                    scan(f"{set_id}/{locale}/{k}", t.frame[t.notes_column].tolist())
    if shared:
        data = ROOT.parents[0] / "shared" / "data"
        for path in sorted(data.glob("*.csv")):
            frame = pd.read_csv(path, dtype=str, nrows=5000, on_bad_lines="skip", encoding_errors="replace")
            for col in frame.columns:
                if frame[col].astype(str).str.len().mean() > 40:
                    scan(f"{path.name}/{col}", frame[col].tolist())


def readings(set_ids: list[int], locales: list[str], shared: bool) -> dict:
    """What ``read_date`` reads in every distinct cell (up to 300 a column) and ``read_date_at`` at every word start
    of the notes (up to 150 a table) of the first table of each listed locale of the sets, and of the shared data's
    long text columns with ``shared``: dump before and after the patch and ``--diff`` (the registry must read the
    same; new readings are the new readers')."""
    import re

    import pandas as pd

    from safe_synthesizer.pii.date_reader import read_date, read_date_at

    starts = re.compile(r"(?<![\w])[\w#~<]")
    out: dict = {}

    def one(name: str, frame: pd.DataFrame, notes: str | None) -> None:
        for col in frame.columns:
            values = frame[col].dropna().astype(str).drop_duplicates().head(300).tolist()
            if col == notes or (notes is None and sum(len(v) for v in values) > 60 * max(len(values), 1)):
                for k, note in enumerate(values[:150]):
                    for m in starts.finditer(note):
                        r = read_date_at(note, m.start())
                        if r is not None:
                            out[f"{name}|{col}|{k}|{m.start()}"] = [str(r.date), r.end, note[m.start() : r.end]]
                continue
            for v in values:
                r = read_date(v)
                if r is not None:
                    out[f"{name}|{col}|{v}"] = str(r.date)

    for set_id in set_ids:
        for locale in locales:
            try:
                t = _builder(set_id)(locale, set_id * 1000 + 1)
            except Exception:  # a locale the set does not have
                continue
            one(f"{set_id}/{locale}", t.frame, t.notes_column)
    if shared:
        data = ROOT.parents[0] / "shared" / "data"
        for path in sorted(data.glob("*.csv")):
            frame = pd.read_csv(path, dtype=str, nrows=3000, on_bad_lines="skip", encoding_errors="replace")
            one(path.name, frame, "Review Text" if "Review Text" in frame.columns else None)
    return out


def new_readings(set_ids: list[int], shared: bool) -> None:
    """Every distinct cell (up to 400 a column) of the first table of every locale of the sets (and of the shared
    data with ``shared``) that ``read_date`` does not read and :func:`read_date_in_dress` does: the dressed-cell
    reader's new readings, printed per column (for a look at what would newly read as a date)."""
    import pandas as pd

    from safe_synthesizer.pii.date_reader import read_date
    from safe_synthesizer.pii.dress_cell_dates import read_date_in_dress

    def one(name: str, frame: pd.DataFrame) -> None:
        for col in frame.columns:
            values = frame[col].dropna().astype(str).drop_duplicates().head(400).tolist()
            new = [v for v in values if read_date(v) is None and read_date_in_dress(v) is not None]
            if new:
                print(f"NEW {name} | {col} | {len(new)}/{len(values)} | {new[:3]}")

    for set_id in set_ids:
        locales = getattr(_bench(set_id), "LOCALES", None) or getattr(_shapes(set_id), "LOCALES", None) or ["en_US"]
        for locale in locales:
            try:
                t = _builder(set_id)(locale, set_id * 1000 + 1)
            except Exception:  # a locale the set does not have
                continue
            one(f"{set_id}/{locale}", t.frame)
    if shared:
        data = ROOT.parents[0] / "shared" / "data"
        for path in sorted(data.glob("*.csv")):
            frame = pd.read_csv(path, dtype=str, nrows=3000, on_bad_lines="skip", encoding_errors="replace")
            one(path.name, frame)


def diff(before: str, after: str) -> None:
    with open(before) as fa, open(after) as fb:
        a, b = json.load(fa), json.load(fb)
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            print(key, "\n  before:", a.get(key), "\n  after: ", b.get(key))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=51)
    ap.add_argument("--locales", default="en_US")
    ap.add_argument("--seeds", default="51001")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--false", help="sets whose plans to dump (comma list)")
    ap.add_argument("--suffix", default="001", help="--false: the seed is the set number and this")
    ap.add_argument("--dump", default="/tmp/ds67_plans.json")
    ap.add_argument("--diff", help="two dumps: before,after")
    ap.add_argument("--notes", help="sets whose note birth spans to print (comma list)")
    ap.add_argument("--per", type=int, default=1)
    ap.add_argument("--shared", action="store_true")
    ap.add_argument("--readings", help="sets whose cell and note date readings to dump (comma list)")
    ap.add_argument("--new", help="sets whose cells new to the dressed-cell reader to print (comma list)")
    ap.add_argument("--tables", help="locale:seed pairs (comma list), instead of --locales x --seeds")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    if a.diff:
        diff(*a.diff.split(","))
        return
    if a.patch:
        patch()
    else:
        sys.path.insert(0, str(ROOT / "src"))
    if a.readings is not None:
        with open(a.dump, "w") as out:
            sets = [int(x) for x in a.readings.split(",") if x]
            json.dump(readings(sets, a.locales.split(","), a.shared), out, indent=0, ensure_ascii=False)
        print("dumped", a.dump)
        return
    if a.new is not None:
        new_readings([int(x) for x in a.new.split(",") if x], a.shared)
        return
    if a.notes is not None:
        note_scan([int(x) for x in a.notes.split(",") if x], a.locales.split(","), a.per, a.shared)
        return
    if a.false:
        with open(a.dump, "w") as out:
            json.dump(plans([int(s) for s in a.false.split(",")], a.suffix), out, indent=0)
        print("dumped", a.dump)
        return
    total: dict = {}
    pairs = (
        [p.split(":") for p in a.tables.split(",")]
        if a.tables
        else [(locale, seed) for locale in a.locales.split(",") for seed in a.seeds.split(",")]
    )
    for locale, seed in pairs:
        if True:
            try:
                c = table_counts(a.set, locale, int(seed), a.show)
            except Exception as exc:  # a locale/seed the set does not build
                print(locale, seed, "error", type(exc).__name__)
                continue
            print(locale, seed, c, flush=True)
            for k, v in c.items():
                total[k] = total.get(k, 0) + v
    print("TOTAL", total)


if __name__ == "__main__":
    main()
