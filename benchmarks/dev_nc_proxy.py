"""Helper NC (session 52): a cheap proxy of the sparse role-people pass and the initials fix over many held-out
tables, with no detection run: the table's labelled person columns stand for the found ones.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_nc_proxy.py --set 36 --seeds 36501-36503

For every table, shown and hidden: the columns ``sparse_role_people`` would add (HIT: a person label; FALSE: none;
d: "don't care"), and the text columns whose ``organisations`` verdict the initials fix turns (a person label or not).
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections import Counter

import pii_heldout_scoring as scoring
from safe_synthesizer.pii import column_lookalikes
from safe_synthesizer.pii.column_lookalikes import value_counts
from safe_synthesizer.pii.column_sparse_role_people import sparse_role_people

_PERSON = ("name", "first_name", "last_name")
_OLD_FORM = column_lookalikes._FORM
_NEW_FORM = re.compile(r"^(?![^\W\d_]\.$)" + _OLD_FORM.pattern.lstrip("^"))


def _organisations(values: list[str], form: re.Pattern) -> bool:
    column_lookalikes._FORM = form
    try:
        return column_lookalikes.organisations(values) is not None
    finally:
        column_lookalikes._FORM = _OLD_FORM


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=37)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--locales", default="all")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    a, _, b = args.seeds.partition("-")
    seeds = range(int(a), int(b or a) + 1)
    locales = shapes.LOCALES if args.locales == "all" else tuple(args.locales.split(","))
    totals: Counter = Counter()
    for locale in locales:
        for seed in seeds:
            try:
                t = build(locale, seed)
            except Exception as exc:
                print(f"skip {locale}/{seed}: {exc}")
                continue
            totals["tables"] += 1
            for hidden in (False, True):
                df, labels = t.frame, t.labels
                if hidden:
                    df, labels = scoring._hide(df, labels)
                notes = list(df.columns)[list(t.frame.columns).index(t.notes_column)]
                # Dense person columns stand for the found ones; sparse ones are what the pass is to find.
                found = {
                    c: lab[0]
                    for c, lab in labels.items()
                    if lab not in (None, "dont_care")
                    and isinstance(lab, tuple)
                    and lab[0] in _PERSON
                    and (df[c].astype(str).str.strip() != "").mean() >= 0.7
                }
                found[notes] = "free_text"
                for column, d in sparse_role_people(df, list(df.columns), found).items():
                    label = labels.get(column)
                    kind = "d" if label == "dont_care" else "FALSE" if label is None else "HIT"
                    totals[f"sparse {kind}"] += 1
                    if kind != "d" or not args.quiet:
                        values = [str(v) for v in df[column] if str(v).strip()]
                        print(f"sparse {kind:5} {locale}/{seed} {'H' if hidden else 'S'} {column!r} {d.entity} "
                              f"label={label} {values[:6]}", flush=True)  # fmt: skip
                if hidden:
                    continue
                for column in df.columns:
                    if column == notes or df[column].dtype != object:
                        continue
                    values = [str(v) for v in value_counts(df[column]).index]
                    if _organisations(values, _OLD_FORM) and not _organisations(values, _NEW_FORM):
                        label = labels.get(column)
                        person = isinstance(label, tuple) and label[0] in _PERSON
                        totals[f"initials {'person' if person else label}"] += 1
                        print(f"initials {locale}/{seed} {column!r} label={label} {values[:5]}", flush=True)
    print(f"TOTAL set {args.set} seeds {args.seeds}: {dict(totals)}")


if __name__ == "__main__":
    sys.exit(main())
