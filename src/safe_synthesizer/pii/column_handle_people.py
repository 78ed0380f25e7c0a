"""Handles among a column's cells read as people, and columns of logins that hold their rows' own names.

Why: a register's person column mixes handles into its names (``nobantu56.sompisi``, ``e97romney``, ``dlodlo59d``
beside ``Nobantu Sompisi``), and a table may keep its people's logins in a column of their own beside the name
(``jgarcia84`` beside ``Julia Garcia``). The column judges read a person's words in every other form; a handle's
words are glued and mixed with digits, so they need :func:`handle_reader.read_handle`, with the column's own name
words as its strongest lexicon. Two uses:

* :func:`handle_person_cells`: which of a column's cells are handles of people, read by the column's other cells'
  words (a handle agreeing with the names beside it) or by two long listed names; a judge of mixed forms counts
  them as person cells (a handle's words agreeing with another form's are the across-form agreement it asks for);
* :func:`login_columns`: a column of handles alone is a person column (a login names its holder: personal data)
  when most of its handles hold a name word of THEIR OWN ROW's person columns (the same person written twice), or,
  with no person column to agree with, when nearly every handle is two long listed names and no ordinary word.
  Product codes, SKUs, file names and tags hold no name of their row and split into no two long names.

Example::

    handle_person_cells(["Nobantu Sompisi", "n19sompisi", "sompisi63.nobantu", "pending"])
    # {"n19sompisi": HandleReading(...), "sompisi63.nobantu": HandleReading(...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.handle_reader import HandleReading, fold_letters, handle_pieces, read_handle

__all__ = ["column_words", "handle_person_cells", "is_handle_cell", "login_columns", "row_agreement"]

_WORD_SPLIT = re.compile(r"[^\w]+|_|\d+")
# A login column: most distinct filled cells handles, read as people; agreeing with their own row's names.
MIN_HANDLE_CELLS = 0.85
MIN_ROW_AGREEMENT = 0.5
MIN_LISTED_HANDLES = 0.8
MIN_DISTINCT = 5
MAX_ROWS = 2000
_PERSON_ENTITIES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def is_handle_cell(cell: str) -> bool:
    """A cell written as a handle: one token of letters, digits and ``. _ - +``, in lower case or with a digit
    (``Boyer-sur-Gosselin``, ``Hans-Erich``, ``Brownbury`` are a town's or a person's name as written, no handle).

    >>> is_handle_cell("e97romney"), is_handle_cell("Boyer-sur-Gosselin")
    (True, False)
    """
    text = cell.strip()
    if " " in text or handle_pieces(text) is None:
        return False
    return text.islower() or any(ch.isdigit() for ch in text)


def column_words(cells: Sequence[str]) -> frozenset[str]:
    """The folded words (two letters or more) of the cells that are not handles: what the column's handles may hold.

    >>> sorted(column_words(["Nobantu Sompisi", "n19sompisi"]))
    ['nobantu', 'sompisi']
    """
    words: set[str] = set()
    for cell in cells:
        if is_handle_cell(cell):
            continue
        words |= {f for w in _WORD_SPLIT.split(cell) if len(f := fold_letters(w)) >= 2 and f.isalpha()}
    return frozenset(words)


def handle_person_cells(cells: Sequence[str], known: frozenset[str] = frozenset()) -> dict[str, HandleReading]:
    """The distinct cells of ``cells`` that are handles of people: read by the words of the column's other cells
    and ``known`` (the table's name words), or by two long listed names (:class:`HandleReading`); then once more
    with the words the handles read so far lend (``nobantu56.sompisi`` lends ``sompisi`` to ``s41sompisi``).

    >>> sorted(handle_person_cells(["Tadeo Wirihana", "t51wirihana", "wirihana08t", "blue_widget"]))
    ['t51wirihana', 'wirihana08t']
    """
    distinct = [c.strip() for c in dict.fromkeys(cells) if isinstance(c, str) and c.strip()]
    handles = [c for c in distinct if is_handle_cell(c)]
    if not handles:
        return {}
    vocabulary = column_words(distinct) | known
    out: dict[str, HandleReading] = {}
    for _ in range(2):
        for cell in handles:
            if cell in out:
                continue
            reading = read_handle(cell, vocabulary)
            if reading is not None and (reading.by_table or reading.by_lists):
                out[cell] = reading
        vocabulary = vocabulary | {w for r in out.values() for w in r.names}
    return {c: out[c] for c in handles if c in out}


def row_agreement(handles: Sequence[str | None], row_words: Sequence[frozenset[str]]) -> tuple[int, int]:
    """(handles holding a name word of their own row, handles read): a login and the row's name, one person.

    >>> row_agreement(["jgarcia84", "mlopez"], [frozenset({"julia", "garcia"}), frozenset({"ana", "ruiz"})])
    (1, 2)
    """
    agree = read = 0
    for handle, words in zip(handles, row_words, strict=True):
        if handle is None:
            continue
        reading = read_handle(handle, words)
        read += is_handle_cell(handle)
        agree += reading is not None and reading.by_table
    return agree, read


def _cells(series: pd.Series) -> list[str | None]:
    return [v.strip() if isinstance(v, str) and v.strip() else None for v in series.iloc[:MAX_ROWS].to_numpy()]


def _row_words(df: pd.DataFrame, people: Sequence[str]) -> list[frozenset[str]]:
    rows: list[frozenset[str]] = []
    columns = [_cells(df[c]) for c in people]
    for k in range(min(len(df), MAX_ROWS)):
        words: set[str] = set()
        for col in columns:
            if (v := col[k]) is not None:
                words |= {f for w in _WORD_SPLIT.split(v) if len(f := fold_letters(w)) >= 2 and f.isalpha()}
        rows.append(frozenset(words))
    return rows


def login_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Undecided columns of ``names`` whose cells are handles of their rows' people (module docstring), as name
    columns (faked as handles of the same layout)."""
    people = [c for c, d in found.items() if d is not None and d.entity in _PERSON_ENTITIES and c in df.columns]
    row_words = _row_words(df, people) if people else []
    out: dict[str, ColumnDetection] = {}
    for name in names:
        if found.get(name) is not None or name not in df.columns or name in people:
            continue
        series = df[name]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        cells = _cells(series)
        filled = [c for c in cells if c is not None]
        distinct = list(dict.fromkeys(filled))
        if len(distinct) < MIN_DISTINCT or len(filled) <= 0.5 * len(cells):
            continue
        handles = [c for c in distinct if is_handle_cell(c)]
        if len(handles) < MIN_HANDLE_CELLS * len(distinct):
            continue
        evidence = _login_evidence(cells, handles, row_words)
        if evidence is None:
            continue
        share, said = evidence
        out[name] = ColumnDetection(name, E.NAME, round(share, 4), round(share, 4), "values+login_handles",
                                    len(filled), None, said)  # fmt: skip
    return out


def _login_evidence(
    cells: Sequence[str | None], handles: Sequence[str], row_words: Sequence[frozenset[str]]
) -> tuple[float, str] | None:
    """(share, evidence) when the handles are their rows' people, else None."""
    if row_words:
        agree, read = row_agreement(cells, row_words)
        if read and agree >= MIN_ROW_AGREEMENT * read:
            return agree / read, f"{round(100 * agree / read)}% of {read} handles hold their own row's name words"
        return None
    listed = [h for h in handles if (r := read_handle(h)) is not None and r.by_lists]
    if len(listed) >= MIN_LISTED_HANDLES * len(handles):
        share = len(listed) / len(handles)
        return share, f"{round(100 * share)}% of {len(handles)} distinct handles are two listed names"
    return None
