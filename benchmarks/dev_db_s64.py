"""Session 64, helper DB: birth-date columns and note birth dates on held-out tables, with the wiring of
:mod:`three_field_dates` under ``date_reader.read_date_at`` patched in (``--patch``).

Run with the tree to measure first on ``PYTHONPATH`` (``src:benchmarks`` or a private tree's ``src``)::

    python benchmarks/dev_db_s64.py --set 49 --seeds 49001,49002 --locales en_GB,fr_FR --patch

Per table: the birth-date columns found (shown and hidden headers), the false postcode and date columns, and the
birth dates of the notes the text rules find (``pattern_spans``). Prints counts and, with ``--show``, the misses.
"""

from __future__ import annotations

import argparse
import importlib

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import pattern_spans

DOB = "date_of_birth"


def patch() -> None:
    """The proposed wiring (``/work/s64docs/wiring_DB.md``): :func:`three_field_dates.read_field_date_at` as the
    last fallback of ``read_date_at`` and every reading extended over its time or bracketed age."""
    import sys

    from safe_synthesizer.pii import date_reader
    from safe_synthesizer.pii.three_field_dates import read_field_date_at, with_residue

    original = date_reader.read_date_at
    if getattr(original, "_db_s64", False):
        return

    def read_date_at(text, start=0, language=None, day_first=None):
        reading = original(text, start, language, day_first)
        if reading is None:
            return read_field_date_at(text, start, language, day_first)
        return with_residue(text, reading)

    _patch_marks()
    read_date_at._db_s64 = True
    for mod in list(sys.modules.values()):
        if getattr(mod, "read_date_at", None) is original:
            mod.read_date_at = read_date_at
    _patch_epochs()


def _patch_marks() -> None:
    """Edits 6-7 of the wiring: the age readers read an age word with marks (``[15 വയസ്സ്]``)."""
    from safe_synthesizer.pii import age_annotated_dates as aad
    from safe_synthesizer.pii import text_birth_age_tails as tat
    from safe_synthesizer.pii.script_marks import marks_as_letters

    class _Lettered:
        def __init__(self, pattern):
            self.pattern = pattern

        def match(self, text, pos=0):
            return self.pattern.match(marks_as_letters(text), pos)

        def __getattr__(self, name):
            return getattr(self.pattern, name)

    if not isinstance(aad._TAIL, _Lettered):
        aad._TAIL = _Lettered(aad._TAIL)
        tat._TAIL = _Lettered(tat._TAIL)
    # Edit 8: dates with their agreeing age in brackets, before the age tails (text_patterns).
    from safe_synthesizer.pii import text_patterns
    from safe_synthesizer.pii.text_aged_dates import aged_date_spans

    tails = text_patterns.with_age_tails
    if getattr(tails, "_db_s64", False):
        return

    def with_age_tails(text, spans, today=None):
        starts = {a for a, _, e in spans if e == E.DATE_OF_BIRTH}
        spans = list(spans) + [s for s in aged_date_spans(text) if s[0] not in starts]
        return tails(text, spans, today)

    with_age_tails._db_s64 = True
    text_patterns.with_age_tails = with_age_tails


def _patch_epochs() -> None:
    """Edits 2-4 of the wiring: Unix-time dates in text and integer columns, their fakes."""
    import sys

    import pandas as pd

    from safe_synthesizer.pii import column_birth_cells as cbc
    from safe_synthesizer.pii import replace_engine
    from safe_synthesizer.pii.column_dates import birth_date_evidence
    from safe_synthesizer.pii.epoch_dates import epoch_date, epoch_series_dates, epochs_as_dates, shift_epoch_date

    serials, numeric, shift = cbc.serials_as_dates, cbc.numeric_birth_dates, replace_engine.shift_serial_date

    def serials_as_dates(sample, cued, today=None, is_date=None):
        return epochs_as_dates(serials(sample, cued, today, is_date))

    def numeric_birth_dates(series, cued, today=None, min_distinct=cbc.MIN_DISTINCT):
        values = series.dropna()
        if len(values) and pd.api.types.is_numeric_dtype(values.dtype):
            whole = not pd.api.types.is_float_dtype(values.dtype) or bool((values == values.round()).all())
            numbers = values.astype("int64").drop_duplicates().tolist() if whole else []
            if numbers and (epochs := epoch_series_dates(numbers, today)) is not None:
                cells = pd.Series([d.isoformat() for d in epochs])
                born, why = birth_date_evidence(cells, today=today, min_distinct=min_distinct)
                return born or cued, f"Unix-time dates: {why}"
        return numeric(series, cued, today, min_distinct)

    def shift_serial_date(value, days, today=None):
        out = shift(value, days, today)
        return out if out is not None else shift_epoch_date(value, days)

    cbc.serials_as_dates = serials_as_dates
    cell, iso = cbc.birth_cell, cbc.as_iso

    def birth_cell(value):
        found = cell(value)
        return "date" if found is None and epoch_date(value) is not None else found

    def as_iso(value, years_first=False):
        out = iso(value, years_first)
        return d.isoformat() if out == value.strip() and (d := epoch_date(value)) is not None else out

    for mod in list(sys.modules.values()):
        if getattr(mod, "birth_cell", None) is cell:
            mod.birth_cell = birth_cell
        if getattr(mod, "as_iso", None) is iso:
            mod.as_iso = as_iso
    for mod in list(sys.modules.values()):
        if getattr(mod, "numeric_birth_dates", None) is numeric:
            mod.numeric_birth_dates = numeric_birth_dates
    replace_engine.shift_serial_date = shift_serial_date


def _builder(set_id: int):
    if set_id in (48, 49):
        return getattr(importlib.import_module(f"heldout{set_id}_shapes"), f"heldout{set_id}_table")
    mod = importlib.import_module(f"heldout{set_id}_shapes")
    return getattr(mod, f"heldout{set_id}_table")


def _bench(set_id: int):
    return importlib.import_module(f"bench_pii_heldout{set_id}")


def table_counts(set_id: int, locale: str, seed: int, show: bool) -> dict:
    t = _builder(set_id)(locale, seed)
    bench = _bench(set_id)
    out = {"dob_pos": 0, "dob_hit": 0, "false_postcode": 0, "false_dob": 0, "text_pos": 0, "text_hit": 0}
    for hidden in (False, True):
        s = bench.score_columns(t.frame, t.labels, hidden, locale, t.notes_column)
        pos, hit = s["by_entity"].get(DOB, [0, 0])[::-1]
        out["dob_pos"] += pos
        out["dob_hit"] += hit
        for f in s["false"]:
            if f.endswith("->postcode"):
                out["false_postcode"] += 1
            if f.endswith("->date_of_birth"):
                out["false_dob"] += 1
            if show and (f.endswith("->postcode") or "date_of_birth" in f):
                print(f"  FALSE {locale}/{seed} {'hidden' if hidden else 'shown'} {f}")
        for m in s["miss"]:
            if show and m.split(":")[-1].startswith(DOB):
                print(f"  MISS {locale}/{seed} {'hidden' if hidden else 'shown'} {m}")
    notes = t.frame[t.notes_column].tolist()
    for note, labels in zip(notes, t.notes, strict=True):
        births = [v for e, v in (labels or []) if e == DOB]
        if not births:
            continue
        spans = [note[a:b] for a, b, e in pattern_spans(note, (), frozenset({E.DATE_OF_BIRTH})) if e == DOB]
        for value in births:
            out["text_pos"] += 1
            ok = any(value.split(";")[0].strip() in s for s in spans)
            out["text_hit"] += ok
            if show and not ok:
                print(f"  TEXT-MISS {locale}/{seed} {value!r} in {note[:120]!r}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=48)
    ap.add_argument("--locales", default="en_US")
    ap.add_argument("--seeds", default="0")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--patch", action="store_true")
    ap.add_argument("--false", help="sets to scan for new false dates (comma list), e.g. 33,34,...,48")
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--dump", default="/tmp/db64_false.json")
    ap.add_argument("--diff", help="two dumps of --false: before,after")
    ap.add_argument("--tables", help="locale/seed pairs instead of --locales x --seeds")
    a = ap.parse_args()
    if a.diff:
        diff(*a.diff.split(","))
        return
    if a.false:
        if a.patch:
            import safe_synthesizer.pii.column_detector

            patch()
        seeds = tuple(int(x) for x in a.seeds.split(","))
        false_scan([int(x) for x in a.false.split(",")], a.locales.split(","), a.rows, a.dump, seeds)
        return
    if a.patch:
        import safe_synthesizer.pii.column_detector  # noqa: F401  (load the readers, then patch their names)

        patch()
    total: dict[str, int] = {}
    pairs = [(loc, int(seed)) for loc in a.locales.split(",") for seed in a.seeds.split(",")]
    if a.tables:
        pairs = [(p.split("/")[0], int(p.split("/")[1])) for p in a.tables.split(",")]
    for locale, seed in pairs:
        try:
            c = table_counts(a.set, locale, seed, a.show)
        except (KeyError, IndexError, ValueError) as exc:  # a seed the set has not for this locale
            print(f"skip {locale}/{seed}: {type(exc).__name__}")
            continue
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    print(total)


def false_scan(sets: list[int], locales: list[str], rows: int, dump: str, seeds: tuple[int, ...] = (0,)) -> None:
    """Cheap precision check, run once before and once after the patch (``--dump``), compared by ``--diff``: per
    column that is no birth date, the share of cells read as whole dates (``read_date``, and Unix-time dates after
    the patch); per note, the birth spans found that are no labelled birth date."""
    import json

    from safe_synthesizer.pii.column_birth_cells import birth_cell
    from safe_synthesizer.pii.epoch_dates import epoch_date

    out: dict[str, object] = {}
    for set_id in sets:
        for locale, seed in [(loc, sd or set_id * 1000 + 1) for loc in locales for sd in seeds]:
            try:
                t = _builder(set_id)(locale, seed, n=rows)
            except Exception as exc:
                print(f"skip {set_id}/{locale}: {type(exc).__name__}")
                continue
            labels = t.labels if isinstance(t.labels, dict) else dict(t.labels)
            for name in t.frame.columns:
                if name == t.notes_column:
                    continue
                cells = [str(v) for v in t.frame[name].tolist() if str(v).strip() and str(v) != "nan"]
                if cells:
                    read = sum(birth_cell(c) == "date" or epoch_date(c) is not None for c in cells)
                    kind = "dob" if DOB in str(labels.get(name)) else "col"
                    out[f"{kind} {set_id}/{seed} {locale} {name!r} ({labels.get(name)})"] = round(read / len(cells), 2)
            if not t.notes_column:
                continue
            for note, lab in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
                if not isinstance(note, str) or not note:
                    continue
                births = [v for e, v in (lab or []) if e == DOB]
                spans = [note[a_:b_] for a_, b_, e in pattern_spans(note, (), frozenset({E.DATE_OF_BIRTH})) if e == DOB]
                for span in spans:
                    if not any(v.split(";")[0].strip() in span or span in v for v in births):
                        out[f"span {set_id}/{seed} {locale} {span!r} in {note[:90]!r}"] = 1
                for v in births:
                    hit = any(v.split(";")[0].strip() in span for span in spans)
                    out[f"text {set_id}/{seed} {locale} {v!r} in {note[:90]!r}"] = int(hit)
    with open(dump, "w") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=0)
    print(f"{sum(k.startswith('col') for k in out)} columns, {sum(k.startswith('span') for k in out)} false spans")


def diff(before: str, after: str) -> None:
    """The columns whose share of dates grew by more than 0.05 and the false spans new after the patch."""
    import json

    with open(before) as fb, open(after) as fa:
        b, a = json.load(fb), json.load(fa)
    grown = [k for k, v in a.items() if k.startswith("col") and v > b.get(k, 0) + 0.05]
    spans = [k for k in a if k.startswith("span") and k not in b]
    lost = [k for k in b if k.startswith("span") and k not in a]
    for k in grown:
        print(f"  GROWN {k}: {b.get(k)} -> {a[k]}")
    for k in spans:
        print(f"  NEW {k}")
    dob_b = [b.get(k, 0) for k in a if k.startswith("dob")]
    dob_a = [a[k] for k in a if k.startswith("dob")]
    text_b = [b.get(k, 0) for k in a if k.startswith("text")]
    text_a = [a[k] for k in a if k.startswith("text")]
    for k in a:
        if k.startswith(("dob", "text")) and a[k] < b.get(k, 0):
            print(f"  LOST {k}: {b.get(k)} -> {a[k]}")
    if dob_a:
        full_b, full_a = sum(v >= 0.9 for v in dob_b), sum(v >= 0.9 for v in dob_a)
        print(f"birth columns read as dates (>= 90% of cells): {full_b} -> {full_a} of {len(dob_a)}")
    if text_a:
        print(f"note birth dates found: {sum(text_b)} -> {sum(text_a)} of {len(text_a)}")
    print({"columns": sum(k.startswith("col") for k in a), "grown": len(grown), "new_false_spans": len(spans),
           "false_spans_gone": len(lost)})  # fmt: skip


if __name__ == "__main__":
    main()
