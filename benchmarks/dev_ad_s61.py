"""Session 61, helper AD: the dressed-id column pass and the address/street readers measured on their own, fast.

Modes (run with ``PYTHONPATH=src:benchmarks``):

- ``ids``: every column of the tables of held-out sets 33-46 (first-7 locales at their seeds, a few others at their
  first seed, set 46's unseen seeds 46501-46503) read by :func:`column_id_dressed.dressed_id_columns` as if no rule
  had decided it; a finding on a column whose truth is not an id is a false one; and the csv files of
  ``/work/shared/data``.

Only counts and column names are printed, never cell values of the shared data.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.address_labelled_cells import labelled_address_columns
from safe_synthesizer.pii.column_id_dressed import dressed_id_columns

_IDS = {"national_id", "ssn", "tax_id"}
_ADDRESSES = {"address", "street_address"}
SETS = tuple(range(33, 47))
OTHERS = ("sv_SE", "tr_TR", "ko_KR", "es_PE", "fr_NE", "pt_BR", "pl_PL", "en_IN", "nl_BE", "fi_FI", "cs_CZ")


def _tables(n: int, unseen: bool = False):
    shapes = importlib.import_module(f"heldout{n}_shapes")
    build = getattr(shapes, f"heldout{n}_table")
    seeds = list(shapes.SEEDS)
    if unseen:
        seeds = [46501, 46502, 46503]
    for locale in (*shapes.FIRST7, *OTHERS):
        if locale not in shapes.LOCALES and locale not in shapes.FIRST7:
            continue
        for seed in seeds if (locale in shapes.FIRST7 or unseen) else seeds[:1]:
            try:
                yield locale, seed, build(locale, seed)
            except Exception as exc:  # a builder without that locale
                print(f"  skip {n} {locale} {seed}: {type(exc).__name__}")


def _labels_of(table) -> dict:
    return getattr(table, "labels", {}) or {}


def ids(sets=SETS, unseen: bool = False) -> tuple[int, int, int, int, int, int]:
    """Print found / true / false per set for the dressed-id pass and the labelled-address pass; return totals."""
    tot = [0] * 6
    spent = [0.0]
    for n in sets:
        counts = [0] * 6  # id columns, read, false; address columns, read, false
        for locale, seed, table in _tables(n, unseen):
            df, labels = table.frame, _labels_of(table)
            started = time.process_time()
            blank = dict.fromkeys(df.columns)
            found = {"id": dressed_id_columns(df, list(df.columns), blank),
                     "addr": labelled_address_columns(df, list(df.columns), blank)}  # fmt: skip
            spent[0] += time.process_time() - started
            for column in df.columns:
                label = labels.get(column)
                real = label if label and label != "dont_care" else ()
                for k, (kind, kinds) in enumerate((("id", _IDS), ("addr", _ADDRESSES))):
                    truth = bool(set(real) & kinds)
                    counts[3 * k] += truth
                    if column in found[kind]:
                        if truth:
                            counts[3 * k + 1] += 1
                        elif label != "dont_care":
                            counts[3 * k + 2] += 1
                            print(f"  FALSE {kind} set {n} {locale} {seed} {column!r} truth={label}")
        print(
            f"set {n}{' unseen' if unseen else ''}: id columns {counts[0]}, read {counts[1]}, false {counts[2]}; "
            f"address columns {counts[3]}, read {counts[4]}, false {counts[5]}; {spent[0]:.1f} s CPU",
            flush=True,
        )
        tot = [a + b for a, b in zip(tot, counts, strict=True)]
    return tuple(tot)


def homes(sets=SETS, unseen: bool = False) -> None:
    """Every column the part reader reads as addresses (``read_address_evidence``), one line each with its truth:
    run with two trees and compare (the box-word and long-landmark reading of hook 6 changes only these)."""
    from safe_synthesizer.pii.column_read_addresses import read_address_evidence

    for n in sets:
        for locale, seed, table in _tables(n, unseen):
            labels = _labels_of(table)
            for column in table.frame.columns:
                if (evidence := read_address_evidence(table.frame[column])) is not None:
                    print(
                        f"READ {n} {locale} {seed} {column!r} truth={labels.get(column)} -> {evidence[0]}", flush=True
                    )


def shared_data(root: str = "/work/shared/data") -> int:
    """Findings on the ordinary tables (all false)."""
    false = 0
    for path in sorted(Path(root).glob("*.csv")):
        df = pd.read_csv(path, nrows=5000, dtype=str, keep_default_na=False)
        blank = dict.fromkeys(df.columns)
        found = {
            **dressed_id_columns(df, list(df.columns), blank),
            **labelled_address_columns(df, list(df.columns), blank),
        }
        false += len(found)
        print(f"{path.name}: {len(found)} findings {sorted(found)}")
    return false


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "ids"
    if mode == "homes":
        homes(tuple(int(x) for x in sys.argv[2].split(",")) if len(sys.argv) > 2 else SETS, "unseen" in sys.argv)
    if mode == "ids":
        print("shared data false", shared_data())
        print("unseen 46", ids((46,), unseen=True))
        print("totals", ids(tuple(int(x) for x in sys.argv[2].split(",")) if len(sys.argv) > 2 else SETS))
