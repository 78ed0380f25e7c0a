"""Session 57, helper PH: phone columns of the held-out sets, planned shown and hidden, and their fakes' validity.

Why: the phone column passes are measured table by table without the whole runner (an hour for set 42): every
column's planned entity (shown and hidden headers) is written to a JSON file, so two code trees (``PYTHONPATH``)
can be compared column by column (phone recall, and any column whose entity changed: new false columns), and with
``--fakes`` the phone columns are replaced and each fake number checked with ``phonenumbers``. Values are printed
only with ``--show`` (a developer's terminal; the files hold entities and counts).

Example::

    PYTHONPATH=src:benchmarks python benchmarks/dev_ph_s57.py plan --set 42 --seeds 42501 --locales en_GB,fr_FR \
        --out /tmp/before.json
    python benchmarks/dev_ph_s57.py compare /tmp/before.json /tmp/after.json
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

import pandas as pd
import phonenumbers

_PHONE = "phone_number"


def _table(set_no: int, locale: str, seed: int):
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    return getattr(shapes, f"heldout{set_no}_table")(locale, seed)


def _pairs(set_no: int, locales: str, seeds: str) -> list[tuple[str, int]]:
    """(locale, seed) pairs: ``en_GB:42003,fr_FR:42006`` as written, else every locale with every seed."""
    if ":" in locales and not locales.startswith("every:"):
        return [(p.split(":")[0], int(p.split(":")[1])) for p in locales.split(",")]
    return [(loc, int(s)) for loc in _locales(set_no, locales) for s in seeds.split(",")]


def _locales(set_no: int, spec: str) -> list[str]:
    lang = importlib.import_module(f"heldout{set_no}_language")
    if spec == "all":
        return list(lang.LOCALES)
    if spec.startswith("every:"):  # every k-th locale of the set
        return list(lang.LOCALES)[:: int(spec.split(":")[1])]
    return spec.split(",")


def plan(args: argparse.Namespace) -> None:
    import pii_heldout_scoring as scoring
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    out: dict = {}
    started = time.process_time()
    for locale, seed in _pairs(args.set, args.locales, args.seeds):
        if True:
            try:
                table = _table(args.set, locale, seed)
            except Exception as exc:  # a locale the set's builder has no seed for
                print(f"skip {locale} {seed}: {type(exc).__name__}", file=sys.stderr)
                continue
            for mode in ("shown", "hidden"):
                df, labels = table.frame, table.labels
                if mode == "hidden":
                    df, labels = scoring._hide(df, labels)
                plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
                for i, column in enumerate(df.columns):
                    label = labels.get(column)
                    truth = label if label in (None, "dont_care") else list(label)
                    out[f"{locale}/{seed}/{mode}/{i:03d}"] = {"truth": truth, "found": plans.get(column),
                                                               "header": str(table.frame.columns[i])}  # fmt: skip
    print(f"cpu {time.process_time() - started:.1f}s, {len(out)} columns", file=sys.stderr)
    with open(args.out, "w") as f:
        json.dump(out, f)


def screen(args: argparse.Namespace) -> None:
    """The tables where some column's sample is rewritten by ``labelled_phone_sample`` (the only columns the
    detection hook can change): their pairs, and how many such columns are not phones."""
    from safe_synthesizer.pii.column_phone_labelled import labelled_phone_sample
    from safe_synthesizer.pii.column_sample import sample_values

    pairs, other = [], 0
    for locale, seed in _pairs(args.set, args.locales, args.seeds):
        try:
            table = _table(args.set, locale, seed)
        except Exception:
            continue
        hit = False
        for column in table.frame.columns:
            series = table.frame[column]
            if (
                pd.api.types.is_numeric_dtype(series.dtype)
                or labelled_phone_sample(sample_values(series, 500, 0)) is None
            ):
                continue
            hit = True
            if not _is_phone(table.labels.get(column)):
                other += 1
                print(f"not a phone: {locale}:{seed} {column!r} truth {table.labels.get(column)}", file=sys.stderr)
        if hit:
            pairs.append(f"{locale}:{seed}")
    print(f"{len(pairs)} tables, {other} columns not phones", file=sys.stderr)
    print(",".join(pairs))


def notes(args: argparse.Namespace) -> None:
    """Spans of ``text_phone_called_on`` in the set's notes: how many are a labelled phone of the note, and the
    others (false spans; printed with ``--show``)."""
    from safe_synthesizer.pii.text_phone_called_on import called_on_phone_spans

    true = false = n_notes = 0
    started = time.process_time()
    for locale, seed in _pairs(args.set, args.locales, args.seeds):
        try:
            table = _table(args.set, locale, seed)
        except Exception:
            continue
        for text, labels in zip(table.frame[table.notes_column], table.notes, strict=True):
            if not isinstance(text, str) or not text:
                continue
            n_notes += 1
            phones = {v for e, v in labels if e == _PHONE}
            for a, b, _ in called_on_phone_spans(text):
                if any(text[a:b] in p or p in text[a:b] for p in phones):
                    true += 1
                else:
                    false += 1
                    if args.show:
                        print(f"  false {locale} {seed}: {text[a:b]!r} in {text!r}")
    cpu = time.process_time() - started
    print(f"set {args.set}: {n_notes} notes, called-on phone spans true {true}, false {false} (cpu {cpu:.1f}s)")


def _is_phone(truth) -> bool:
    return isinstance(truth, (list, tuple)) and _PHONE in truth


def compare(args: argparse.Namespace) -> None:
    before, after = (json.loads(Path(p).read_text()) for p in (args.before, args.after))
    for mode in ("shown", "hidden"):
        keys = [k for k in after if k.split("/")[2] == mode]
        pos = [k for k in keys if _is_phone(after[k]["truth"])]
        for name, run in (("before", before), ("after", after)):
            hit = sum(run.get(k, {}).get("found") == _PHONE for k in pos)
            false = sum(run.get(k, {}).get("found") == _PHONE and not _is_phone(run[k]["truth"]) for k in keys
                        if k in run)  # fmt: skip
            print(f"{mode:6s} {name:6s} phone recall {hit}/{len(pos)} = {hit / max(1, len(pos)):.3f}, "
                  f"false phone columns {false}")  # fmt: skip
    changed = [k for k in after if k in before and after[k]["found"] != before[k]["found"]]
    for k in changed:
        t = after[k]["truth"]
        good = t == "dont_care" or (isinstance(t, list) and after[k]["found"] in t)
        was = t == "dont_care" or (isinstance(t, list) and before[k]["found"] in t)
        mark = "FIXED" if good and not was else "BROKEN" if was and not good else "changed"
        print(f"{mark:7s} {k} {after[k]['header']!r}: truth {t} {before[k]['found']} -> {after[k]['found']}")


def fakes(args: argparse.Namespace) -> None:
    """Replace whole tables; per phone column, the share of changed cells whose every number is valid."""
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.phone_cell_grammar import read_phone_cell
    from safe_synthesizer.pii.replace import replace_pii

    lang = importlib.import_module(f"heldout{args.set}_language")
    total = valid = 0
    for locale, seed in _pairs(args.set, args.locales, args.seeds):
        region = lang.region(locale)
        if True:
            table = _table(args.set, locale, seed)
            df = table.frame
            data = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
            for column, label in table.labels.items():
                if not _is_phone(label):
                    continue
                for old, new in zip(df[column].astype(str), data[column].astype(str), strict=True):
                    if old == new or not any(ch.isdigit() for ch in old):
                        continue
                    cell = read_phone_cell(new)
                    numbers = cell.bare if cell is not None else (new,)
                    ok = all(_valid(n, region) for n in numbers)
                    total += 1
                    valid += ok
                    if args.show and not ok:
                        print(f"  {locale} {seed} {column!r}: {old!r} -> {new!r}")
    print(f"phone cells faked {total}, all numbers valid {valid} ({valid / max(1, total):.3f})")


def _valid(number: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("plan")
    p.add_argument("--set", type=int, default=42)
    p.add_argument("--seeds", default="42001")
    p.add_argument("--locales", default="en_GB")
    p.add_argument("--out", required=True)
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    f = sub.add_parser("fakes")
    f.add_argument("--set", type=int, default=42)
    f.add_argument("--seeds", default="42001")
    f.add_argument("--locales", default="en_GB")
    f.add_argument("--show", action="store_true")
    s = sub.add_parser("screen")
    s.add_argument("--set", type=int, default=42)
    s.add_argument("--seeds", default="42001")
    s.add_argument("--locales", default="all")
    n = sub.add_parser("notes")
    n.add_argument("--set", type=int, default=42)
    n.add_argument("--seeds", default="42001")
    n.add_argument("--locales", default="all")
    n.add_argument("--show", action="store_true")
    args = parser.parse_args()
    {"plan": plan, "compare": compare, "fakes": fakes, "screen": screen, "notes": notes}[args.cmd](args)


if __name__ == "__main__":
    main()
