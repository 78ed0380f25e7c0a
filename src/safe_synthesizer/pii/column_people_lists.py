"""Columns whose cells list a few people: a tee sheet's ``Playing With``, a booking's ``Guests``, a crew list.

Why: a golf club's tee sheet writes the rest of the group in one cell, ``Paul De Smet / I. Vaes / N. Van den
Bergh``, ``Koffi Yao & A. Kouassi``, ``陳佩珊, Wong Chon Kit``, on half the rows or so. No cell is one name, so the
name checks do not take the column and the per-column check reads it as free text: its fakes then follow the text
rules (a span here and there) and the plan never calls it a name column. What tells such a column is each cell: one
to five parts apart by ``&``, ``/``, ``,``, ``;``, ``+`` or a word for *and*, every part a person (an initial and a
family name, ``L. Van Hove``; two to four name words, listed or of the table's own person columns; a Chinese name of
two to four characters; a lone listed name, the given half of ``Gomes da Silva, Isabel``), several cells with two
people or an initial, and no town, firm or room among them. A list of towns, products or skills (``Paris / Rome``,
``Python, Java``) has no such parts; a note has sentences.

Example::

    people_list_columns(df, ["c004", "c007"], {"c004": name_detection, "c007": free_text_detection})
    # {"c007": ColumnDetection("c007", "name", 0.8, ..., "values+people-list", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_name_recombine import name_cell
from safe_synthesizer.pii.name_venue_words import has_venue_word

# The detection method of this pass; the replace plan keeps such a column whole although its cells read as prose.
METHOD = "values+people-list"
MAX_ROWS = 1000
MIN_FILLED = 3
# Share of the filled cells whose every part is a person, and share of them listing two people or more or
# written with an initial (what a column of single full names never needs this pass for).
MIN_PEOPLE_CELLS = 0.9
MIN_LIST_CELLS = 0.25
# Share of the full-name parts' words that must be listed names or words of the table's person columns.
MIN_NAME_WORDS = 0.6
MAX_PARTS = 5
_PERSON = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
_SPLIT = re.compile(r"\s*(?:[&/;,+|]|\s(?:and|et|y|und|en|e|i|og|och|ja|és|и)\s)\s*")
# ``L. Van Hove``, ``C. Wong``, ``A. N'Guessan-Touré``: an initial (or two), then one to three name words.
_INITIAL = re.compile(r"^(?:\p{Lu}\.?-)?\p{Lu}\.\s*(?:\p{Lu}\.\s*)?(\S.{0,40})$".replace(r"\p{Lu}", "[^\\W\\d_a-z]"))
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_EMPTY = frozenset({"", "-", "--", "n/a", "na", "none", "nan", "null", "tbc", "tba", "?"})


def _text_values(series: pd.Series) -> list[str]:
    if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
        return []
    return [v.strip() for v in series.iloc[:MAX_ROWS].to_numpy()
            if isinstance(v, str) and v.strip().casefold() not in _EMPTY]  # fmt: skip


def _population(df: pd.DataFrame, people: Sequence[str]) -> frozenset[str]:
    return frozenset(w for c in people for v in _text_values(df[c]) for w in name_cell(v) or ())


def _part(part: str) -> tuple[str, list[str]] | None:
    """(kind, name words to check) of one listed person: ``initial``, ``han`` or ``full``; None if no person."""
    if any(ch.isdigit() for ch in part) or V.has_company_marker(part) or has_venue_word(part):
        return None
    if _HAN.match(part):
        return "han", []
    if (m := _INITIAL.match(part)) is not None:
        words = name_cell(part)
        return ("initial", []) if words and len(words) <= 3 and not m.group(1)[:1].islower() else None
    if part[:1].islower() or V.is_listed_city(part):
        return None
    if " " not in part and V.is_name_shaped_any_case(part):
        return "single", [part.casefold()]  # one half of ``Gomes da Silva, Isabel``
    words = name_cell(part)
    if not words or not 2 <= len(words) <= 4:
        return None
    return "full", list(words)


def _cell(value: str) -> list[tuple[str, list[str]]] | None:
    parts = [p for p in _SPLIT.split(value) if p]
    if not 1 <= len(parts) <= MAX_PARTS:
        return None
    read = [_part(p) for p in parts]
    if any(r is None for r in read):
        return None
    return [r for r in read if r is not None]


def _name_word(word: str, population: frozenset[str]) -> bool:
    return word in population or V.first_name_known(word) or V.last_name_known(word)


def _people_list(values: list[str], population: frozenset[str]) -> tuple[float, float, float] | None:
    """(share of cells of people, share of list cells, share of listed name words), or None at the first odd cell
    past the allowance."""
    cells = [_cell(v) for v in values]
    people = [c for c in cells if c is not None]
    if len(people) < MIN_PEOPLE_CELLS * len(values):
        return None
    lists = sum(sum(kind != "single" for kind, _ in c) >= 2 or any(kind == "initial" for kind, _ in c) for c in people)
    words = [w for c in people for kind, ws in c if kind in ("full", "single") for w in ws]
    if any(kind == "single" and not _name_word(ws[0], population) for c in people for kind, ws in c):
        return None  # a lone word must be a name
    named = sum(_name_word(w, population) for w in words) / len(words) if words else 0.0
    return len(people) / len(values), lists / len(values), named


def people_list_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Columns left undecided or read as free text whose cells list people, in a table whose people are found."""
    people = [c for c in columns if (d := found.get(c)) is not None and d.entity in _PERSON and c in df.columns]
    if not people:
        return {}
    population: frozenset[str] | None = None
    out: dict[str, ColumnDetection] = {}
    for column in columns:
        det = found.get(column)
        if column not in df.columns or (det is not None and det.entity != E.FREE_TEXT):
            continue
        values = _text_values(df[column])
        if len(values) < MIN_FILLED or sum(len(v) for v in values) > 80 * len(values):
            continue
        if population is None:
            population = _population(df, people)
        read = _people_list(values, population)
        if read is None or read[1] < MIN_LIST_CELLS or read[2] < MIN_NAME_WORDS:
            continue
        why = f"{read[0]:.0%} cells of people, {read[1]:.0%} two or more or by initial, {read[2]:.0%} name words"
        out[column] = ColumnDetection(column, E.NAME, 0.8, read[0], METHOD, len(values), None, why)
    return out
