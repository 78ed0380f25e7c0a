"""Dev (helper TN, session 49): free-text person names left after ``replace_pii`` on set-34-shaped tables.

Prints, per locale and seed, each name the notes kept (the original note beside the replaced one) and the
recall of ``name``/``last_name`` text entities. Seeds other than set 34's (34501+) are dev tables. Flag ``old``:
the code before :mod:`text_name_table_people` was wired (its spans and the second list-mates pass switched off);
``quiet``: counts only.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_misses.py ss_SZ,st_LS 34501,34502
"""

from __future__ import annotations

import sys

import pandas as pd

import heldout34_shapes as set34
import pii_heldout_scoring as shared
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii import text_replace
from safe_synthesizer.pii.replace import replace_pii

_SPANS = text_replace.table_people_spans
ADDED: list[str] = []


def _recorded(text, people, spans=()):
    """table_people_spans, its spans recorded for the false-span check."""
    out = _SPANS(text, people, spans)
    ADDED.extend(text[s.start : s.end] for s in out)
    return out


def patch(old: bool) -> None:
    """``old``: the code before the table-people rule (no table people, no second list-mates pass)."""
    if old:
        text_replace.table_people_spans = lambda text, people, spans=(): []
        text_replace.with_list_mates = lambda text, spans: spans
    else:
        text_replace.table_people_spans = _recorded


def misses(locale: str, seed: int, quiet: bool = False) -> tuple[int, int]:
    """(caught, total) name entities of one table's notes; prints the misses unless ``quiet``."""
    table = set34.heldout34_table(locale, seed)
    df = table.frame
    ADDED.clear()
    result = replace_pii(df, shared.infer_schema(df), ReplacePiiParameters(), seed=0)
    after = result.data[table.notes_column].tolist()
    before = df[table.notes_column].tolist()
    ok = total = 0
    truth_words = {w.lower() for note in table.notes for e, v in note for w in v.split() if e in ("name", "last_name")}
    for orig, rep, truth in zip(before, after, table.notes, strict=True):
        rep = "" if rep is None or (isinstance(rep, float) and pd.isna(rep)) else str(rep)
        for entity, value in truth:
            if entity not in ("name", "last_name"):
                continue
            total += 1
            hit = shared.caught(entity, value, rep, locale)
            ok += hit
            if not hit and not quiet:
                print(f"  [{table.shape}] {value!r}\n     orig: {orig!r}\n     left: {rep!r}")
    false = [a for a in ADDED if not all(w.lower().strip(".") in truth_words or len(w) <= 2 for w in a.split())]
    if false:
        print(f"  FALSE? {sorted(set(false))}")
    return ok, total


if __name__ == "__main__":
    locales = sys.argv[1].split(",")
    seeds = [int(s) for s in sys.argv[2].split(",")]
    quiet = "quiet" in sys.argv[3:]
    patch("old" in sys.argv[3:])
    for loc in locales:
        for seed in seeds:
            ok, total = misses(loc, seed, quiet)
            print(f"{loc} {seed}: {ok}/{total}")
