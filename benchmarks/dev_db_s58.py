"""Session 58, helper DB: the general date reader (``date_reader``) measured before and after, in one process.

The three hooks are switched off and on by replacing the hooked names in their modules (``column_birth_cells.
read_date``, ``text_patterns.read_dob_spans``, ``replace_engine.shift_any_date``), so the tree run must have the
hooks in (the private tree or main after wiring). Only tables and notes the reader can change are run twice.

    PYTHONPATH=/work/s58_DB/src:benchmarks python benchmarks/dev_db_s58.py columns --set 43 --seeds seen
    PYTHONPATH=/work/s58_DB/src:benchmarks python benchmarks/dev_db_s58.py text --set 42
    PYTHONPATH=/work/s58_DB/src:benchmarks python benchmarks/dev_db_s58.py fakes --set 43
    PYTHONPATH=/work/s58_DB/src:benchmarks python benchmarks/dev_db_s58.py shared
    PYTHONPATH=/work/s58_DB/src:benchmarks python benchmarks/dev_db_s58.py cost
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import time
from pathlib import Path

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import column_birth_cells, replace_engine, text_patterns
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.date_reader import read_date
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_HOOKS = (
    (column_birth_cells, "read_date", lambda *a, **k: None),
    (text_patterns, "read_dob_spans", lambda *a, **k: []),
    (replace_engine, "shift_any_date", lambda *a, **k: None),
)


@contextlib.contextmanager
def before():
    """The code without the reader's hooks."""
    kept = [(m, n, getattr(m, n)) for m, n, _ in _HOOKS]
    for m, n, off in _HOOKS:
        setattr(m, n, off)
    try:
        yield
    finally:
        for m, n, f in kept:
            setattr(m, n, f)


def tables(set_no: int, seeds: str, pairs: str = "", every: int = 1):
    """(locale, seed, table) of a set: its seen or unseen seeds, or the ``locale/seed`` pairs asked for; every
    ``every``-th locale."""
    lang = importlib.import_module(f"heldout{set_no}_language")
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    build = getattr(shapes, f"heldout{set_no}_table")
    first7 = set(lang.FIRST7)
    new8 = set(getattr(lang, f"NEW8_{set_no}", ()))
    base = set_no * 1000
    if pairs:
        for pair in pairs.split(","):
            locale, seed = pair.split("/")
            yield locale, int(seed), build(locale, int(seed))
        return
    for locale in lang.LOCALES[::every]:
        if seeds == "unseen":
            chosen = [base + 501, base + 502, base + 503] if locale in first7 else [base + 501]
        else:
            chosen = list(lang.SEEDS) if locale in first7 else list(lang.SEEDS[:2]) if locale in new8 else [base + 1]
        for seed in chosen:
            yield locale, seed, build(locale, seed)


def _touched(series: pd.Series) -> bool:
    cells = series.dropna().astype(str).str.strip()
    cells = cells[cells != ""].drop_duplicates().head(300)
    for v in cells:
        if read_date(v) is not None:
            with before():
                if column_birth_cells.written_date(v) is None:
                    return True
    return False


def _plans(df: pd.DataFrame) -> dict:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _label(label) -> tuple:
    return () if label in (None, "dont_care") else tuple(label)


def columns(set_no: int, seeds: str, pairs: str = "", every: int = 1) -> None:
    counts = {"dob_cols": 0, "touched_tables": 0}
    rec = {m: [0, 0] for m in ("shown", "hidden")}
    changes: list[str] = []
    t0 = time.time()
    for locale, seed, t in tables(set_no, seeds, pairs, every):
        df, labels = t.frame, t.labels
        dob = [c for c, lab in labels.items() if E.DATE_OF_BIRTH in _label(lab)]
        counts["dob_cols"] += len(dob)
        if not any(_touched(df[c]) for c in df.columns if c != t.notes_column):
            for mode in rec:
                rec[mode][1] += len(dob)  # unchanged: counted as before
                rec[mode][0] += 0
            if dob:
                changes.append(f"{locale}/{seed}: {len(dob)} birth column(s) not touched")
            continue
        counts["touched_tables"] += 1
        for mode in ("shown", "hidden"):
            frame = df if mode == "shown" else df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1)
            names = dict(zip(df.columns, frame.columns, strict=True))
            with before():
                old = _plans(frame)
            new = _plans(frame)
            for col, lab in labels.items():
                c = names[col]
                truth = _label(lab)
                o, n = old.get(c), new.get(c)
                if E.DATE_OF_BIRTH in truth:
                    rec[mode][0] += n in truth
                    rec[mode][1] += 1
                if o != n:
                    kind = "GAIN" if n in truth else "LOSS" if o in truth else "FALSE" if n else "drop"
                    changes.append(f"{kind} {mode} {locale}/{seed}/{col!r}: {truth[:1]} {o}->{n}")
                    print("  " + changes[-1], flush=True)
    print(f"set {set_no} {seeds}: {counts}, {time.time() - t0:.0f}s")
    for mode, (hit, pos) in rec.items():
        print(f"  birth columns {mode} after (touched tables read again): {hit}/{pos}")
    for line in changes:
        print("  " + line)


def scan(set_no: int, seeds: str, pairs: str = "", every: int = 1) -> None:
    """Fast look-out for new false birth columns: each column the reader changes a cell of (not a birth column) is
    scored by ``birth_date_score`` after, with its name's cue (shown) and without (hidden); the tables where one
    would pass are then planned before and after (``columns``)."""
    from safe_synthesizer.pii.column_sample import sample_values
    from safe_synthesizer.pii.cues import cue_hints

    flagged, touched, n = [], 0, 0
    t0 = time.time()
    for locale, seed, t in tables(set_no, seeds, pairs, every):
        n += 1
        for col, lab in t.labels.items():
            if E.DATE_OF_BIRTH in _label(lab) or col == t.notes_column or not _touched(t.frame[col]):
                continue
            touched += 1
            sample = sample_values(t.frame[col].astype("string"), 500, 0)
            for cued in (E.DATE_OF_BIRTH in cue_hints(col), False):
                score = column_birth_cells.birth_date_score(sample, cued)
                with before():
                    old = column_birth_cells.birth_date_score(sample, cued)
                if (score.values_decide and not old.values_decide) or (cued and score.share >= 0.6 > old.share):
                    flagged.append(f"{locale}/{seed}")
                    print(f"  FLAG {locale}/{seed}/{col!r} {_label(lab)[:1]} cued={cued}: {score.evidence}", flush=True)
    print(
        f"set {set_no} {seeds}: {n} tables, {touched} other columns touched, {len(flagged)} flagged, "
        f"{time.time() - t0:.0f}s"
    )
    print("flagged pairs:", ",".join(sorted(set(flagged))))


def _dob_values(truth) -> list[str]:
    return [v for e, v in truth if e == E.DATE_OF_BIRTH]


def text(set_no: int, seeds: str, pairs: str = "", every: int = 1) -> None:
    wanted = frozenset({E.DATE_OF_BIRTH})
    before_hit = after_hit = total = new_false = 0
    shown = []
    for locale, seed, t in tables(set_no, seeds, pairs, every):
        notes = t.frame[t.notes_column].tolist()
        for note, truth in zip(notes, t.notes, strict=True):
            if not isinstance(note, str) or not any(ch.isdigit() for ch in note):
                continue
            with before():
                old = {(a, b) for a, b, e in text_patterns.pattern_spans(note, ("US",), wanted) if e in wanted}
            new = {(a, b) for a, b, e in text_patterns.pattern_spans(note, ("US",), wanted) if e in wanted}
            values = _dob_values(truth)
            for v in values:
                total += 1
                before_hit += any(v in note[a:b] for a, b in old)
                after_hit += any(v in note[a:b] for a, b in new)
            for a, b in new - old:
                if not any(v in note[a:b] or note[a:b] in v for v in values):
                    new_false += 1
                    if len(shown) < 40:
                        shown.append(f"  FALSE {locale}/{seed}: {note[a:b]!r} in {note[:160]!r}")
    print(f"set {set_no} {seeds}: text birth dates {before_hit}/{total} -> {after_hit}/{total}, new false {new_false}")
    print("\n".join(shown))


def fakes(set_no: int, seeds: str, pairs: str = "", every: int = 1) -> None:
    """Replaced birth-date cells of the birth columns: still read as a date in the same layout (order, month word,
    separators), and not left as they were."""
    same = total = left = 0
    for _locale, _seed, t in tables(set_no, seeds, pairs, every):
        dob = [c for c, lab in t.labels.items() if E.DATE_OF_BIRTH in _label(lab)]
        if not dob:
            continue
        out = replace_pii(t.frame, infer_schema(t.frame), ReplacePiiParameters(), seed=0).data
        for c in dob:
            for b, a in zip(t.frame[c], out[c], strict=True):
                if not isinstance(b, str) or not b.strip():
                    continue
                total += 1
                left += b.strip() == str(a).strip()
                rb, ra = read_date(b), read_date(str(a))
                same += rb is not None and ra is not None and _shape(rb) == _shape(ra)
    print(f"set {set_no} {seeds}: birth cells {total}, left as they were {left}, faked in the same layout {same}")


def _shape(reading) -> tuple:
    return tuple(p if isinstance(p, str) else (p[0], getattr(p[-1], "language", p[-1])) for p in reading.pieces)


def shared() -> None:
    """Every column of the tables in /work/shared/data: plans before and after where the reader reads a cell."""
    for path in sorted(Path("/work/shared/data").rglob("*.csv")):
        df = pd.read_csv(path, nrows=5000, low_memory=False)
        if not any(_touched(df[c]) for c in df.columns if not pd.api.types.is_numeric_dtype(df[c])):
            print(f"{path.name}: not touched")
            continue
        with before():
            old = _plans(df)
        new = _plans(df)
        diff = {c: (old.get(c), new.get(c)) for c in set(old) | set(new) if old.get(c) != new.get(c)}
        print(f"{path.name}: touched, changed plans {diff}")


def cost() -> None:
    cells = ["1951-Nov-13", "05 / 10 / 1949", "27th of November 2019", "Oct 08 1976", "2020 01 30", "hello world",
             "12.5", "Smith", "2019-03-04 10:22:00", "+44 20 7946 0958"] * 1000  # fmt: skip
    t0 = time.process_time()
    for v in cells:
        read_date(v)
    t1 = time.process_time()
    notes = [
        "Mrs Parkes: renewal due, DOB 1992-Aug-19, passport LO 11 79 96 R",
        "Call back on 0161 496 0000 re order",
        "Herzlich willkommen, Alma Barth (Dehmelallee 9)! Geburtstag: 5.Sep.1996.",
        "no digits here",
    ] * 2500
    from safe_synthesizer.pii.text_dob_read import read_dob_spans

    t2 = time.process_time()
    for n in notes:
        read_dob_spans(n, text_patterns._DOB_CUE)
    t3 = time.process_time()
    print(f"read_date: {t1 - t0:.2f}s CPU per 10,000 cells; read_dob_spans: {t3 - t2:.2f}s CPU per 10,000 notes")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("columns", "scan", "text", "fakes", "shared", "cost"))
    ap.add_argument("--set", type=int, default=43)
    ap.add_argument("--seeds", choices=("seen", "unseen"), default="seen")
    ap.add_argument("--pairs", default="", help="locale/seed,... instead of the set's own")
    ap.add_argument("--every", type=int, default=1, help="every n-th locale")
    args = ap.parse_args()
    if args.what == "shared":
        shared()
    elif args.what == "cost":
        cost()
    else:
        globals()[args.what](args.set, args.seeds, args.pairs, args.every)


if __name__ == "__main__":
    main()
