"""Dev (helper TN, session 49): spans :mod:`text_name_table_people` would add that hold no labelled name.

For held-out sets 30-34 (seen sets: tables rebuilt from their generators), plan each table's columns, build the
table's people from its name columns and list every candidate span of the notes whose words are not all words of
a name the note's labels hold. No NER runs, so the count is an upper bound of what the rule could add wrongly.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_precision.py 34 ss_SZ,en_US 34001
"""

from __future__ import annotations

import importlib
import sys

import pii_heldout_scoring as shared
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.text_name_table_people import table_people, table_people_spans
from safe_synthesizer.pii.text_replace import row_names


def check(set_no: int, locale: str, seed: int) -> tuple[int, int, list[str]]:
    """(spans on labelled names, all spans, the others) of one table."""
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    table = getattr(shapes, f"heldout{set_no}_table")(locale, seed)
    df = table.frame
    plans = plan_columns(df, shared.infer_schema(df), ReplacePiiParameters())
    people = table_people(row_names(df, plans))
    good = total = 0
    bad = []
    for note, truth in zip(df[table.notes_column].tolist(), table.notes, strict=True):
        if not isinstance(note, str):
            continue
        words = {w.lower().strip(".") for e, v in truth if e in ("name", "last_name", "first_name") for w in v.split()}
        for s in table_people_spans(note, people):
            total += 1
            value = note[s.start : s.end]
            if all(w.lower().strip(".") in words or len(w.strip(".")) <= 1 for w in value.split()):
                good += 1
            else:
                bad.append(f"{value!r} in {note[max(0, s.start - 40) : s.end + 30]!r}")
    return good, total, bad


if __name__ == "__main__":
    set_no = int(sys.argv[1])
    seeds = [int(s) for s in sys.argv[3].split(",")]
    if sys.argv[2] == "all":
        locales = importlib.import_module(f"heldout{set_no}_language").LOCALES
    else:
        locales = sys.argv[2].split(",")
    G = T = 0
    for loc in locales:
        for seed in seeds:
            try:
                g, t, bad = check(set_no, loc, seed)
            except Exception as exc:
                print(f"{loc} {seed}: skipped ({type(exc).__name__}: {exc})")
                continue
            G, T = G + g, T + t
            for b in bad:
                print(f"{loc} {seed} FALSE {b}")
    print(f"set {set_no}: {G}/{T} spans on labelled names")
