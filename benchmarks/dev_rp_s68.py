"""Helper RP, session 68: the record-print grammar (:mod:`cell_record_prints`) wired into the decoding layers of
:mod:`cell_machine_encodings` (``--patch``, the proposal ``/work/s68docs/wiring_RP.md``), measured as a DELTA:
only tables where some cell decodes differently with the wiring are scored, both ways, shown and hidden; every
column whose plan changes is printed with its label (a new false column shows as ``None->name``).

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_rp_s68.py SET LOCALE:SEED[,SEED] ...
       PYTHONPATH=src:benchmarks python benchmarks/dev_rp_s68.py --sets 45,46 [--first7] [--unseen]
"""

from __future__ import annotations

import importlib
import os
import pickle
import sys

CACHE = "/tmp/rp_cache"
AFTER_ONLY = "--after-only" in sys.argv
SCAN = "--scan" in sys.argv


def patch() -> None:
    """The pending wiring, monkeypatched in (the proposal's ``_DECODERS`` edit)."""
    import safe_synthesizer.pii.cell_machine_encodings as M
    from safe_synthesizer.pii.cell_program_prints import go_struct_layer
    from safe_synthesizer.pii.cell_record_prints import byte_escape_layer, record_print_layer
    from safe_synthesizer.pii.cell_record_syntaxes import RECORD_LAYERS

    if getattr(M, "_rp_s68", False):
        return
    out = []
    for d in M._DECODERS:
        if d is RECORD_LAYERS[0]:
            out.append(byte_escape_layer)
        if d is go_struct_layer:
            out.append(record_print_layer)
        out.append(d)
    M._DECODERS = tuple(out)
    M._rp_s68 = True


def unpatch(saved) -> None:
    import safe_synthesizer.pii.cell_machine_encodings as M

    M._DECODERS = saved
    M._rp_s68 = False


def table(number: str, locale: str, seed: int):
    path = f"{CACHE}/{number}_{locale}_{seed}.pkl"
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return pickle.load(fh)
    module = importlib.import_module(f"heldout{number}_shapes")
    t = getattr(module, f"heldout{number}_table")(locale, seed)
    with open(path, "wb") as fh:
        pickle.dump(t, fh)
    return t


def touched(frame) -> set:
    """The columns where some cell decodes differently with the wiring."""
    import safe_synthesizer.pii.cell_machine_encodings as M

    saved = M._DECODERS
    cols = {c: {v for v in frame[c].head(400).tolist() if isinstance(v, str)} for c in frame.columns}
    cells = set().union(*cols.values())
    before = {v: (r.inner if (r := M.undress_encoded_cell(v)) else None) for v in cells}
    patch()
    after = {v: (r.inner if (r := M.undress_encoded_cell(v)) else None) for v in cells}
    unpatch(saved)
    return {c for c, vs in cols.items() if any(before[v] != after[v] for v in vs)}


def plans(t, hidden: bool) -> dict:
    import pii_heldout_scoring as scoring
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    df, labels = t.frame, t.labels
    if hidden:
        df, labels = scoring._hide(df, labels)
    got = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    # A label is a tuple of accepted entities in most sets, a bare entity in some.
    norm = {c: (lab,) if isinstance(lab, str) else lab for c, lab in labels.items()}
    return {c: (norm.get(c), got.get(c)) for c in df.columns}


def delta(number: str, locale: str, seed: int, tally: dict) -> None:
    import safe_synthesizer.pii.cell_machine_encodings as M

    t = table(number, locale, seed)
    cols = touched(t.frame)
    if not cols:
        return
    if SCAN:
        for c in cols:
            print(f"touch {number} {locale} {seed} {c}: {t.labels.get(c) and t.labels.get(c)[0]}")
        tally["tables"] += 1
        return
    saved = M._DECODERS
    if AFTER_ONLY:
        names = list(t.frame.columns)
        patch()
        for hidden in (False, True):
            after = plans(t, hidden)
            for c in cols:
                key = f"c{names.index(c):03d}" if hidden else c
                label, a = after[key]
                ok = bool(label) and a in label
                mark = "ok" if ok else "FALSE" if a else "miss" if label else "none"
                tally[mark] += 1
                print(f"{mark} {number} {locale} {seed} {'H' if hidden else 'S'} {c}: {label and label[0]} ->{a}")
        unpatch(saved)
        tally["tables"] += 1
        return
    for hidden in (False, True):
        before = plans(t, hidden)
        patch()
        after = plans(t, hidden)
        unpatch(saved)
        for c, (label, b) in before.items():
            a = after[c][1]
            ok_b = bool(label) and b in label
            ok_a = bool(label) and a in label
            if label and label[0] in ("name", "first_name", "last_name"):
                tally["name_cols"] += 1
                tally["name_hit_before"] += ok_b
                tally["name_hit_after"] += ok_a
            if a != b:
                mark = "WIN" if ok_a and not ok_b else "LOSS" if ok_b and not ok_a else "chg"
                mark = "FALSE" if mark == "chg" and a and not ok_a else mark
                tally[mark] += 1
                print(f"{mark} {number} {locale} {seed} {'H' if hidden else 'S'} {c}: {label and label[0]} {b}->{a}")
    tally["tables"] += 1


def main(argv: list[str]) -> None:
    from collections import Counter

    tally: Counter = Counter()
    argv = [a for a in argv if a not in ("--after-only", "--scan")]
    if argv[0] == "--sets":
        unseen = "--unseen" in argv
        first7_only = "--first7" in argv
        for number in argv[1].split(","):
            module = importlib.import_module(f"heldout{number}_shapes")
            first7 = list(getattr(module, "FIRST7", module.LOCALES[:7]))
            new8 = list(getattr(module, "NEW8", getattr(module, f"NEW8_{number}", ())))
            base = int(number) * 1000
            locales = first7 if first7_only else first7 + new8
            for locale in locales:
                seeds = [base + 501, base + 502, base + 503] if unseen else [base + 1]
                for seed in seeds:
                    delta(number, locale, seed, tally)
    else:
        number = argv[0]
        for spec in argv[1:]:
            locale, _, seeds = spec.partition(":")
            for seed in map(int, seeds.split(",")):
                delta(number, locale, seed, tally)
    print(dict(tally))


if __name__ == "__main__":
    main(sys.argv[1:])
