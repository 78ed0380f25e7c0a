"""Session 61, helper PH: phones behind links and calling verbs in notes, phone columns of link cells.

``notes``: the spans of :mod:`text_phone_call_verbs` and :mod:`phone_links` over the notes of held-out sets 33-46
(first-7 locales, a few seeds, plus some other locales), counted as true (over a phone of the note's truth) or false
(printed for review). ``shared``: the same over every text cell of ``/work/shared/data``. ``columns``: phone column
recall, shown and hidden, of ``plan_columns`` on set 46 (seen seeds or ``--seeds`` unseen ones) and false phone
columns.

    PYTHONPATH=src:benchmarks python benchmarks/dev_ph_s61.py notes
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.locales import PHONE_REGIONS

PHONE = ("phone_number", "fax_number")
OTHERS = ("sv_SE", "tr_TR", "ko_KR", "sw_KE", "pt_BR", "pl_PL", "hi_IN", "ar_SY", "ht_HT", "pa_IN", "ru_RU", "el_GR")


def _spans(text: str, region: str) -> list[tuple[int, int, str]]:
    # Imported here: ``columns`` and ``replaced`` also run on the session's start tree, which has neither module.
    from safe_synthesizer.pii.phone_links import linked_phone_spans
    from safe_synthesizer.pii.text_phone_call_verbs import call_verb_phone_spans

    regions = (region, *(r for r in PHONE_REGIONS if r != region))
    links = linked_phone_spans(text)
    return links + call_verb_phone_spans(text, [(a, b) for a, b, _ in links], regions)


def _set(n: int):
    shapes = importlib.import_module(f"heldout{n}_shapes")
    return shapes, getattr(shapes, f"heldout{n}_table")


def notes(sets: list[int], seeds: int, show: int) -> None:
    for n in sets:
        shapes, build = _set(n)
        locales = [loc for loc in (*shapes.FIRST7, *OTHERS) if loc in shapes.LOCALES]
        true = false = truth = 0
        shown = 0
        for loc in locales:
            region = shapes.region(loc) if hasattr(shapes, "region") else loc.split("_")[1]
            for seed in shapes.SEEDS[: seeds if loc in shapes.FIRST7 else 1]:
                try:
                    t = build(loc, seed)
                except Exception as exc:
                    print(f"skip {n} {loc} {seed}: {type(exc).__name__}")
                    continue
                for text, labels in zip(t.frame[t.notes_column].tolist(), t.notes, strict=False):
                    if not isinstance(text, str):
                        continue
                    phones = [v for e, v in labels if e in PHONE]
                    truth += len(phones)
                    for a, b, _ in _spans(text, region):
                        got = text[a:b]
                        if any(got in v or v in got for v in phones):
                            true += 1
                        else:
                            false += 1
                            if shown < show:
                                shown += 1
                                print(f"  FALSE set{n} {loc} {seed}: {got!r} in {text[:140]!r} truth={labels}")
        print(f"set {n}: spans true {true}, false {false} (note phones in truth {truth})")


def shared() -> None:
    false = 0
    for path in sorted(Path("/work/shared/data").rglob("*.csv")):
        try:
            df = pd.read_csv(path, dtype=str, nrows=20000)
        except Exception:
            continue
        for col in df.columns:
            for text in df[col].dropna().unique().tolist()[:20000]:
                for a, b, _ in _spans(text, "US"):
                    false += 1
                    if false < 30:
                        print(f"  {path.name}:{col}: {text[a:b]!r} in {text[:100]!r}")
    print(f"shared data: spans {false} (every one is false: no phones there)")


def columns(locales: list[str], seeds: list[int] | None) -> None:
    from pii_heldout_scoring import _hide
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    shapes, build = _set(46)
    tally = {"shown": [0, 0, 0], "hidden": [0, 0, 0]}  # hit, positives, false
    for loc in locales:
        for seed in seeds or (shapes.SEEDS if loc in shapes.FIRST7 else shapes.SEEDS[:1]):
            t = build(loc, seed)
            for mode in ("shown", "hidden"):
                df, labels = (t.frame, t.labels) if mode == "shown" else _hide(t.frame, t.labels)
                plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
                for col, label in labels.items():
                    got = plans.get(col)
                    is_phone = isinstance(label, tuple) and label[0] in PHONE
                    if is_phone and not df[col].astype(str).str.strip().replace("", pd.NA).dropna().empty:
                        tally[mode][1] += 1
                        tally[mode][0] += got in label
                        if got not in label:
                            print(f"  MISS {mode} {loc} {seed} {col}: {list(df[col].dropna().astype(str)[:4])}")
                    elif got in PHONE and label != "dont_care":
                        tally[mode][2] += 1
                        print(f"  FALSE {mode} {loc} {seed} {col} ({label}): {list(df[col].dropna().astype(str)[:4])}")
    for mode, (hit, pos, false) in tally.items():
        print(f"{mode}: phone columns {hit}/{pos} found, {false} false")


def replaced(locales: list[str], seeds: list[int], n: int) -> None:
    """Phone recall in notes (no trace of the value left) and phone-column fakes valid in their region, after
    ``replace_pii`` on set ``n``'s tables of ``locales`` x ``seeds``."""
    import phonenumbers

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    shapes, build = _set(n)
    caught = total = valid = fakes = 0
    for loc in locales:
        region = shapes.region(loc)
        for seed in seeds:
            t = build(loc, seed)
            df = t.frame
            out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
            for text, labels in zip(out[t.notes_column].tolist(), t.notes, strict=False):
                for e, v in labels:
                    if e in PHONE:
                        total += 1
                        ok = not isinstance(text, str) or v not in text
                        caught += ok
                        if not ok:
                            print(f"  KEPT {loc} {seed}: {v!r} in {str(text)[:120]!r}")
            for col, label in t.labels.items():
                if isinstance(label, tuple) and label[0] in PHONE:
                    for before, after in zip(df[col].astype(str), out[col].astype(str), strict=True):
                        if before.strip() and before != after and any(ch.isdigit() for ch in after):
                            fakes += 1
                            probe = after.split("/")[-1] if "wa.me/" in after else after
                            probe = "+" + probe if "wa.me/" in after else probe
                            with contextlib.suppress(phonenumbers.NumberParseException):
                                valid += phonenumbers.is_valid_number(phonenumbers.parse(probe.split("\n")[0], region))
    print(f"set {n} {seeds}: note phones caught {caught}/{total}; column fakes valid {valid}/{fakes}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("notes", "shared", "columns", "replaced"))
    parser.add_argument("--set", type=int, default=46)
    parser.add_argument("--sets", default="33,34,35,36,37,38,39,40,41,42,43,44,45,46")
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--locales", default="en_US,en_GB,de_DE,fr_FR,es_ES,it_IT,nl_NL")
    parser.add_argument("--unseen", default="", help="seeds for columns, e.g. 46501,46502,46503")
    args = parser.parse_args()
    if args.what == "notes":
        notes([int(s) for s in args.sets.split(",")], args.seeds, args.show)
    elif args.what == "shared":
        shared()
    elif args.what == "replaced":
        replaced(args.locales.split(","), [int(s) for s in args.unseen.split(",")], args.set)
    else:
        columns(args.locales.split(","), [int(s) for s in args.unseen.split(",")] if args.unseen else None)


if __name__ == "__main__":
    sys.exit(main())
