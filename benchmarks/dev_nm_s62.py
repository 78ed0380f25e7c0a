"""Helper NM, session 62: person columns read through machine encodings (``column_encoded_cells``), measured.

``scan SET LOCALES SEEDS``: the tables of a held-out set whose columns the decoding layer changes (column, label,
share decoded). ``score SET LOCALES SEEDS``: per such table, the entity planned for each changed column and every
labelled person column, headers shown and hidden (run it under the tree to measure: ``PYTHONPATH=<tree>/src:
benchmarks``). Prints no cell values unless ``--show``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

import pandas as pd

try:
    from safe_synthesizer.pii.column_encoded_cells import undressed_frame
except ImportError:  # a tree before the layer (the session's start): nothing is decoded
    undressed_frame = None  # type: ignore[assignment]

_PEOPLE = {"name", "first_name", "last_name"}


def _table(set_no: int, locale: str, seed: int):
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    return getattr(shapes, f"heldout{set_no}_table")(locale, seed)


def changed_columns(frame: pd.DataFrame) -> list[str]:
    """The columns :func:`undressed_frame` decodes."""
    if undressed_frame is None:
        return []
    out = undressed_frame(frame)
    return [c for c in frame.columns if out is not frame and not out[c].equals(frame[c])]


def _label(labels: dict, column: str):
    label = labels.get(column)
    return None if label is None else label if isinstance(label, str) else label[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("scan", "score"))
    ap.add_argument("set_no", type=int)
    ap.add_argument("locales")
    ap.add_argument("seeds")
    ap.add_argument("--people", action="store_true", help="score every labelled person column, not only changed")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--tables", help="a file of 'locale seed' lines (a scan's output): score only those tables")
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    totals: dict = {"shown": [0, 0], "hidden": [0, 0], "false": []}
    only = None
    if args.tables:
        with open(args.tables) as fh:
            only = {(ln.split()[0], int(ln.split()[1])) for ln in fh if ln.strip()}
    for locale in args.locales.split(","):
        for seed in seeds:
            if only is not None and (locale, seed) not in only:
                continue
            try:
                t = _table(args.set_no, locale, seed)
            except Exception as exc:
                print(locale, seed, "no table:", type(exc).__name__, file=sys.stderr)
                continue
            changed = changed_columns(t.frame)
            if args.mode == "scan":
                for c in changed:
                    ex = t.frame[c].dropna().astype(str).head(3).tolist() if args.show else ""
                    print(locale, seed, repr(c), _label(t.labels, c), ex)
                continue
            people = [c for c in t.frame.columns if _label(t.labels, c) in _PEOPLE]
            wanted = set(changed) | (set(people) if args.people else set())
            if not wanted:
                continue
            from pii_heldout_scoring import score_columns

            for mode in ("shown", "hidden"):
                s = score_columns(t.frame, t.labels, mode == "hidden", locale, t.notes_column)
                cols = list(t.frame.columns)
                key = {c: (f"c{cols.index(c):03d}" if mode == "hidden" else c) for c in cols}
                wanted_keys = {key[c] for c in wanted}
                miss = [m for m in s["miss"] if m.rsplit(":", 1)[0] in wanted_keys]
                false = [f for f in s["false"] if f.rsplit(":", 1)[0] in wanted_keys]
                n_people = sum(1 for c in wanted if _label(t.labels, c) in _PEOPLE)
                n_missed = sum(1 for m in miss if m.rsplit(":", 1)[1].split("->")[0] in _PEOPLE)
                totals[mode][0] += n_people - n_missed
                totals[mode][1] += n_people
                totals["false"] += [f"{locale}/{seed}/{f}" for f in false]
                print(locale, seed, mode, "miss", miss, "false", false)
    if args.mode == "score":
        print(json.dumps(totals))


if __name__ == "__main__":
    main()
