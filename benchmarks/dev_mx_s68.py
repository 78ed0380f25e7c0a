"""Session 68, helper MX: what the typed-slot template learner (:mod:`typed_templates`) changes in the
column-template fallback, measured in ONE plan per table: the fallback is run with the constant learner (before)
and the typed one (after) on the same undecided columns, and every column whose answer differs is printed with its
label: ``FOUND`` (a missed PII column now found with its entity), ``LOST`` (a found one now lost), ``WRONG`` (a PII
column found as another entity), ``FALSE`` (a non-PII column now replaced), ``UNFALSE`` (a false one no more).

The fallback reads only the columns every other pass left undecided and runs last, so the other columns' plans do
not depend on it: the delta is the whole change. Shown and hidden headers; built tables are cached in
``/tmp/mx_cache``.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python benchmarks/dev_mx_s68.py --set 53
--locales en_US,de_DE --seeds own`` (``--locales all``/``first7``/``new8``; ``--seeds 53501,53502``).
Values printed are the builders' synthetic cells, never real data.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pickle
import sys
from collections import Counter

STATE: dict = {"rows": []}


def patch() -> None:
    """The fallback run both ways on the same undecided columns; the typed answer is the one kept."""
    import safe_synthesizer.pii.column_template_findings as ctf
    import safe_synthesizer.pii.detect_table as dt
    import safe_synthesizer.pii.template_value_cells as tvc
    from safe_synthesizer.pii.column_templates import learn_template
    from safe_synthesizer.pii.typed_templates import learn_typed_template

    original = ctf.template_columns

    def both(frame, columns, found, params, *, seed=0):
        ctf.learn_template = learn_template
        before = original(frame, columns, found, params, seed=seed)
        ctf.learn_template = learn_typed_template
        after = original(frame, columns, found, params, seed=seed)
        for c in columns:
            b, a = before.get(c.name), after.get(c.name)
            if (b and b.entity) != (a and a.entity):
                STATE["rows"].append((c.name, b and b.entity, a and a.entity))
        return after

    dt.template_columns = both
    tvc.learn_template = learn_typed_template


def _table(set_no: int, locale: str, seed: int):
    path = f"/tmp/mx_cache/{set_no}_{locale}_{seed}.pkl"
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return pickle.load(fh)
    build = getattr(importlib.import_module(f"heldout{set_no}_shapes"), f"heldout{set_no}_table")
    t = build(locale, seed)
    os.makedirs("/tmp/mx_cache", exist_ok=True)
    with open(path, "wb") as fh:
        pickle.dump(t, fh)
    return t


def _locales(lang, which: str, set_no: int) -> list[str]:
    if which == "all":
        return list(lang.LOCALES)
    first7 = list(getattr(lang, "FIRST7", ()))
    new8 = list(getattr(lang, f"NEW8_{set_no}", ()))
    if which == "first7":
        return first7
    if which == "new8":
        return new8
    if which == "both":
        return first7 + new8
    return which.split(",")


def cut_delta(t, hidden: bool) -> list[tuple[str, object, str | None, str | None]]:
    """``--cuts``: the columns whose typed cut differs from the constant one (plain or with names barred), each
    judged both ways as the fallback judges it, whatever the earlier passes decided (an upper bound: a column a
    pass decided never reaches the fallback). Rows (column, label, before, after) where the answers differ."""
    import pandas as pd

    import safe_synthesizer.pii.column_template_findings as ctf
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.column_templates import learn_template
    from safe_synthesizer.pii.typed_templates import learn_typed_template

    df, labels = t.frame, dict(t.labels)
    if hidden:
        rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
        df, labels = df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}
    params = ReplacePiiParameters()
    rows = []
    schema = None
    for col in df.columns:
        series = df[col]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        cells = [v for v in pd.unique(series.dropna()) if isinstance(v, str) and v.strip()][: ctf.SAMPLE_CELLS * 5]
        same = True
        for forbidden in (None, ctf.name_or_town):
            a = learn_template(cells, forbidden=forbidden) or {}
            b = learn_typed_template(cells, forbidden=forbidden) or {}
            if {k: (v.pre, v.slots, v.post) for k, v in a.items()} != {
                k: (v.pre, v.slots, v.post) for k, v in b.items()
            }:
                same = False
        if same:
            continue
        schema = schema or infer_schema(df)
        answers = []
        for learner in (learn_template, learn_typed_template):
            ctf.learn_template = learner
            got = ctf.template_columns(df, [schema[col]], {}, params, seed=0).get(col)
            answers.append(got and got.entity)
        ctf.learn_template = learn_template
        # The wiring: the typed template only where the constant one decides nothing.
        answers[1] = answers[0] or answers[1]
        if answers[0] != answers[1]:
            rows.append((col, labels.get(col), answers[0], answers[1]))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=53)
    ap.add_argument("--locales", default="en_GB")
    ap.add_argument("--seeds", default="own")
    ap.add_argument("--shown-only", action="store_true")
    ap.add_argument("--first-seed", action="store_true", help="only each locale's first own seed")
    ap.add_argument("--cuts", action="store_true", help="only columns whose cut differs, judged both ways")
    args = ap.parse_args()
    patch()
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    lang = importlib.import_module(f"heldout{args.set}_language")
    tally: Counter = Counter()
    for locale in _locales(lang, args.locales, args.set):
        seeds = lang.seeds_for(locale) if args.seeds == "own" else [int(s) for s in args.seeds.split(",")]
        if args.first_seed:
            seeds = seeds[:1]
        for seed in seeds:
            try:
                t = _table(args.set, locale, seed)
            except Exception as exc:  # a builder without this locale or seed
                print("SKIP", args.set, locale, seed, type(exc).__name__, file=sys.stderr)
                continue
            for hidden in (False,) if args.shown_only else (False, True):
                df, labels = t.frame, dict(t.labels)
                if hidden:
                    rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
                    df, labels = df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}
                if args.cuts:
                    rows = [(c, b, a) for c, _, b, a in cut_delta(t, hidden)]
                else:
                    STATE["rows"] = []
                    plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)
                    rows = STATE["rows"]
                for col, before, after in rows:
                    label = labels.get(col)
                    real = bool(label) and label != "dont_care"
                    ok_b = real and before is not None and before in label
                    ok_a = real and after is not None and after in label
                    if not real:
                        verdict = "FALSE" if after else "UNFALSE"
                    elif ok_a and not ok_b:
                        verdict = "FOUND"
                    elif ok_b and not ok_a:
                        verdict = "LOST"
                    else:
                        verdict = "WRONG"
                    mode = "H" if hidden else "S"
                    tally[(verdict, mode)] += 1
                    vals = [v for v in df[col].dropna().astype(str).unique()][:3]
                    print(verdict, args.set, locale, seed, mode, repr(col), label, before, "->", after, vals,
                          flush=True)  # fmt: skip
    for k, n in sorted(tally.items()):
        print("TALLY", *k, n)


if __name__ == "__main__":
    main()
