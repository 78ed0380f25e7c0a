"""Address columns whose cells are COMPONENT-SEPARATED (an HL7 ``XAD``: ``12 Elm Road^^Leeds^^LS1 4AB``; a
pipe- or tilde-joined export: ``12 Elm Road|Leeds|LS1 4AB``), read by the separator's grammar, and their fakes
written back with the same separator and the same empty components.

Why: the part readers split an address at commas and line breaks; a machine's component separator is neither, so
``759 Flores Villages^^Williamsshire^^58141`` read as one unknown token run and the column was left as written
with its header hidden (set 53: en_US, en_GB, nl_NL). No separator is listed: a column's separator is the one
character, not a letter, digit, space or a mark an address writes inside its own parts (``, . - ' / # ( ) &``),
that every separated cell holds the SAME NUMBER of times (a record's layout repeats; a sentence's punctuation does
not). Empty components (HL7's ``^^``: an unused field between two used ones) are kept empty. What the components
are is judged by the address column reader on the joined line (``759 Flores Villages, Williamsshire, 58141``) or,
failing that, by the table rules reading the components as a small table with hidden headers (a street or address
component, or a town beside a postcode); a person's or a phone's component makes it a contact record, left to
other readers. The separator itself proves nothing.

Example::

    separated_address_columns(df, ["c007"], {"c007": None})["c007"].entity   # "address"
    reseparated_addresses(["12 Elm Road^^Leeds^^LS1 4AB"], fake)            # ["4 Oak Lane^^York^^YO1 7HH"]
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_open_text import open_text_columns
from safe_synthesizer.pii.column_read_addresses import read_address_evidence
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS

__all__ = [
    "cell_separator",
    "components_evidence",
    "reseparated_addresses",
    "separated_address_columns",
    "separated_evidence",
]

MAX_ROWS = 400
MAX_CELL_CHARS = 300
MAX_COMPONENTS = 10
MIN_SHARE = 0.5  # of the distinct written cells (missing-cell words aside) separated alike
MIN_CELLS = 2
CONFIDENCE = 0.8
# Marks an address writes inside its own parts (``12-14``, ``St. John's``, ``Apt #4``, ``c/o``, ``(rear)``).
_PART_MARKS = frozenset(",.-'’/#()&\"“”«»:@")  # ``@``: an e-mail's mark, never between components
MAX_COMPONENT_WORDS = 8  # an address component is a line's part; a longer run is a sentence (a note's ``;``)
_REPLACEABLE = frozenset({E.FREE_TEXT, E.URL, E.PHONE_NUMBER, E.FAX_NUMBER})
_FIELD_PLACES = frozenset({E.CITY, E.POSTCODE, E.STATE})
_reading_fields = False  # the components' own table is read once, never its components' components


def _is_separator(ch: str) -> bool:
    if ch in _PART_MARKS or ch.isspace() or ch.isalnum():
        return False
    return unicodedata.category(ch)[0] in "PS"


def cell_separator(cell: str) -> tuple[str, int] | None:
    """The cell's component separator and how often it stands, or ``None``: the separator character the cell holds
    most often (ties: none), with at least two components holding letters or digits.

    >>> cell_separator("12 Elm Road^^Leeds^^LS1 4AB")
    ('^', 4)
    """
    text = cell.strip() if isinstance(cell, str) else ""
    if not text or len(text) > MAX_CELL_CHARS:
        return None
    counts = Counter(ch for ch in text if _is_separator(ch)).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    sep, n = counts[0]
    parts = text.split(sep)
    if len(parts) > MAX_COMPONENTS or sum(any(ch.isalnum() for ch in p) for p in parts) < 2:
        return None
    if any(len(p.split()) > MAX_COMPONENT_WORDS for p in parts):
        return None
    if text.startswith(sep) or (text.endswith(sep) and not text.endswith(sep * 2)):
        return None  # a list's bullets or a trailing mark, not components between components
    return sep, n


def _components(cell: str, sep: str) -> list[str]:
    return [p.strip() for p in cell.strip().split(sep)]


def _separated(values: list[str]) -> tuple[str, list[str]] | None:
    """The column's separator and its separated distinct cells, or ``None``: the one separator most separated cells
    hold, the same number of times in each."""
    layouts = {v: s for v in values if (s := cell_separator(v)) is not None}
    if not layouts:
        return None
    (layout, _), *_ = Counter(layouts.values()).most_common(1)
    cells = [v for v, s in layouts.items() if s == layout]
    if len(cells) < min(MIN_CELLS, len(values)) or len(cells) < MIN_SHARE * len(values):
        return None
    return layout[0], cells


def components_evidence(rows: list[list[str]]) -> tuple[str, str] | None:
    """The components (one list per cell) read as a small table of their own by the table rules (headers hidden, no
    learned classifier): an address if a street or address component, or a town beside a postcode, and no other
    kind (a person's or a phone's component: a contact record, left to other readers)."""
    global _reading_fields
    if _reading_fields or len({tuple(r) for r in rows}) < 2:
        return None
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.detect_table import detect_table  # the table pass calls this module: a late import

    width = max(len(r) for r in rows)
    table = pd.DataFrame(
        [[(r[i] or None) if i < len(r) else None for i in range(width)] for r in rows],
        columns=[f"c{i:03d}" for i in range(width)],
    )
    table = table.dropna(axis=1, how="all")
    _reading_fields = True
    try:
        found = detect_table(table, list(infer_schema(table).columns), ReplacePiiParameters(column_classifier=False))
    finally:
        _reading_fields = False
    kinds = {d.entity for d in found.values() if d is not None}
    home = bool(kinds & {E.STREET_ADDRESS, E.ADDRESS})
    if not home and not {E.CITY, E.POSTCODE} <= kinds:
        return None
    if kinds - _FIELD_PLACES - {E.STREET_ADDRESS, E.ADDRESS}:
        return None
    return E.ADDRESS, f"the components read as a table: {', '.join(sorted(kinds))}"


def separated_evidence(values: Sequence[str]) -> tuple[str, str] | None:
    """The entity and evidence of a column's written cells read as component-separated addresses, or ``None``."""
    distinct = [v for v in dict.fromkeys(v.strip() for v in values if isinstance(v, str)) if v]
    distinct = [v for v in distinct if v.casefold() not in NOT_KNOWN_WORDS]
    opened = _separated(distinct)
    if opened is None:
        return None
    sep, cells = opened
    rows = [_components(v, sep) for v in cells]
    lines = pd.Series([", ".join(p for p in r if p) for r in rows])
    found = read_address_evidence(lines)
    if found is not None and found[0] != E.ADDRESS and len(rows[0]) > 1:
        found = None  # several components joined are a whole address or none
    found = found or components_evidence(rows)
    if found is None:
        return None
    return E.ADDRESS, f"{len(cells)} of {len(distinct)} distinct cells separated by {sep!r} alike; {found[1]}"


def separated_address_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Address findings for the columns of ``columns`` left undecided (or read as free text, URLs, phones or ids)
    whose written cells are component-separated addresses; only new findings, ``found`` is not modified."""
    out: dict[str, ColumnDetection] = {}
    for column, series, written in open_text_columns(df, columns, found, _REPLACEABLE, MAX_ROWS):
        evidence = separated_evidence(written)
        if evidence is None:
            continue
        n = int(series.notna().sum())
        out[column] = ColumnDetection(
            column, evidence[0], CONFIDENCE, CONFIDENCE, "values+separated", n, None, evidence[1]
        )
    return out


def reseparated_addresses(originals: Sequence[str], fake: Callable[[str], str]) -> list[str | None]:
    """Per original: the fake of its joined components spread back over the components that held something, with
    the same separator and the same empty components (the last used component takes what is left), or ``None`` for
    a cell with no separator."""
    out: list[str | None] = []
    for original in originals:
        layout = cell_separator(original) if isinstance(original, str) else None
        if layout is None:
            out.append(None)
            continue
        parts = _components(original, layout[0])
        used = [i for i, p in enumerate(parts) if p]
        pieces = [p.strip() for p in fake(", ".join(parts[i] for i in used)).replace("\n", ", ").split(",")]
        pieces = [p for p in pieces if p]
        if len(pieces) > len(used):
            pieces = [*pieces[: len(used) - 1], ", ".join(pieces[len(used) - 1 :])]
        for k, i in enumerate(used):
            parts[i] = pieces[k] if k < len(pieces) else ""
        out.append(layout[0].join(parts))
    return out
