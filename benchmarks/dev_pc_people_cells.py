"""Dev measure for helper PC (session 46): person columns whose cells hold a person with extras (a relation, an age,
a phone) or several people in one cell, in set 31's prison / antenatal / electoral tables (seen) and in tables of the
same shapes at other seeds (31501-31520), names shown and hidden.

Prints, per group, the person columns found / all (shown, hidden) and every false column of those tables; misses are
listed with a few of their values so a rule can be judged on the kind, not the string.

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pc_people_cells.py [--seeds set31|dev]
[--locales a,b] [--runs before,after]``
"""

from __future__ import annotations

import argparse
import collections
import sys

import heldout31_shapes as shapes
from pii_heldout_scoring import score_columns

SHAPES = ("prison", "antenatal", "electoral")
PERSON = {"name", "first_name", "last_name"}


def _set31_seeds(locale: str) -> list[int]:
    if locale in shapes.FIRST7:
        return list(range(31001, 31007))
    if locale in shapes.NEW8_31:
        return [31001, 31002]
    return [31001]


def tables(which: str, locales: list[str]):
    """(locale, seed) of the tables of SHAPES in set 31 (``set31``) or at seeds 31501-31520 (``dev``)."""
    for locale in locales:
        seeds = _set31_seeds(locale) if which == "set31" else list(range(31501, 31521))
        for seed in seeds:
            if shapes.shape_of(locale, seed) in SHAPES:
                yield locale, seed


def _switch():
    """A switch for the wiring asked of the lead (``/work/s46docs/wiring_PC.md``): ``switch(True)`` runs the
    people-cells pass after the next-of-kin pass, ``switch(False)`` leaves it out (a no-op once the lead wired it)."""
    from safe_synthesizer.pii import table_passes
    from safe_synthesizer.pii.column_people_cells import people_cell_columns

    kin = table_passes.kin_contact_columns
    wired = getattr(table_passes, "people_cell_columns", None) is not None

    def kin_then_people(df, names, found):
        out = kin(df, names, found)
        return out | people_cell_columns(df, names, {**found, **out})

    def switch(on: bool) -> None:
        if not wired:
            table_passes.kin_contact_columns = kin_then_people if on else kin

    return switch


def _score(t, locale: str, seed: int, tag: str, count: collections.Counter, lines: list[str], show: int) -> None:
    for mode in ("shown", "hidden"):
        s = score_columns(t.frame, t.labels, mode == "hidden", locale, t.notes_column)
        cols = list(t.frame.columns)
        for column, label in t.labels.items():
            if not label or label[0] not in PERSON:
                continue
            values = t.frame[column].dropna()
            if values.empty:
                continue
            key = column if mode == "shown" else f"c{cols.index(column):03d}"
            m = [x for x in s["miss"] if x.split(":")[0] == key]
            count[(tag, t.shape, mode, "pos")] += 1
            count[(tag, t.shape, mode, "hit")] += not m
            if m:
                ex = " | ".join(values.astype(str).head(show))
                lines.append(f"{tag} MISS {mode} {locale}/{seed} {t.shape} {column!r} {m[0].split(':', 1)[1]} [{ex}]")
        for f in s["false"]:
            count[(tag, t.shape, mode, "false")] += 1
            lines.append(f"{tag} FALSE {mode} {locale}/{seed} {t.shape} {f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="set31", choices=("set31", "dev"))
    ap.add_argument("--locales", default="")
    ap.add_argument("--rows", type=int, default=0)
    ap.add_argument("--show", type=int, default=3, help="values shown per missed column")
    ap.add_argument("--runs", default="before,after", help="before (pass left out), after (pass in), or both")
    a = ap.parse_args()
    switch = _switch()
    locales = a.locales.split(",") if a.locales else list(shapes.LOCALES)
    if a.seeds == "dev" and not a.locales:
        locales = locales[::6]  # every sixth locale: 20 seeds x 31 locales is enough for a dev turn
    runs = a.runs.split(",")
    count: collections.Counter = collections.Counter()
    lines: list[str] = []
    for locale, seed in tables(a.seeds, locales):
        t = shapes.heldout31_table(locale, seed, a.rows)
        print(f"{locale}/{seed} {t.shape}", file=sys.stderr, flush=True)
        for tag in runs:
            switch(tag == "after")
            _score(t, locale, seed, tag, count, lines, a.show)
    for tag in runs:
        for shape in SHAPES:
            for mode in ("shown", "hidden"):
                c = [count[(tag, shape, mode, k)] for k in ("hit", "pos", "false")]
                print(f"{tag:6s} {shape:10s} {mode:6s} person {c[0]}/{c[1]}  false {c[2]}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
