"""Columns of Tibetan personal names (``ཚེ་རིང་བསོད་ནམས``, ``དབྱངས་ཅན་ལྷ་མོ``, ``སྒྲོལ་མ``), read by the syllable reader of
the notes.

Why: a Tibetan name has no capitals, no surname and no Faker list, so no column rule reads it: set 44's bo_CN
tables left their owner, keyholder, singer and guardian columns (recall shown 0.5) though their notes' names were
read. :func:`~safe_synthesizer.pii.text_name_tibetan.tibetan_name_spans` takes one or two given-name elements from a
closed table of the language's name elements; a column is a name column when most of its distinct filled cells are
Tibetan and nearly all of those are wholly one such name. A column of places, dates or things written in Tibetan
(``ལྷ་ས``, ``གཟའ་ཉི་མ``) has cells that are no name, and a mostly empty column needs its few cells to agree.

Example::

    df = pd.DataFrame({"Owner": ["ཚེ་རིང་བསོད་ནམས", "པད་མ་ཉི་མ", "དབྱངས་ཅན་ལྷ་མོ", ""]})
    tibetan_name_columns(df, ["Owner"], {})  # {"Owner": ColumnDetection("Owner", "name", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.text_name_tibetan import tibetan_name_spans

__all__ = ["tibetan_name_columns"]

MAX_DISTINCT = 200  # distinct cells read
MIN_DISTINCT = 2  # a mostly empty keyholder column: two people at least
MIN_TIBETAN = 0.6  # share of the distinct filled cells written in Tibetan
MIN_NAMED = 0.8  # share of the distinct filled cells that are wholly one Tibetan name
_TIBETAN = re.compile("[\u0f40-\u0f6c]")


def _whole_name(cell: str) -> bool:
    text = cell.strip().rstrip("\u0f0b\u0f0d ")
    spans = tibetan_name_spans(text)
    return len(spans) == 1 and spans[0][0] == 0 and spans[0][1] == len(text)


def tibetan_name_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, object]
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` whose distinct filled cells are mostly whole Tibetan names (module
    docstring); ``found``: the columns decided already (skipped)."""
    out: dict[str, ColumnDetection] = {}
    for column, series in undecided_text_columns(df, names, found):
        filled = (v for v in series.to_numpy() if isinstance(v, str) and v.strip())
        distinct = list(islice(dict.fromkeys(filled), MAX_DISTINCT))
        tibetan = [v for v in distinct if _TIBETAN.search(v)]
        if len(tibetan) < MIN_DISTINCT or len(tibetan) < MIN_TIBETAN * len(distinct):
            continue
        named = sum(map(_whole_name, tibetan))
        share = named / len(distinct)
        if share < MIN_NAMED:
            continue
        evidence = f"{named} of {len(distinct)} distinct cells one Tibetan name (1-2 given-name elements)"
        out[column] = ColumnDetection(
            column, E.NAME, 0.9, round(share, 4), "values+tibetan", len(distinct), None, evidence
        )
    return out
