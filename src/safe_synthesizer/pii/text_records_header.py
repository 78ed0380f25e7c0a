"""A delimited table pasted into a text cell with its header line: each header cell says what its column is.

Why: notes receive small exports copied with their header (``Name;DOB;Phone`` then ``Anna Koch;12.03.1980;
030 1234567``). The header cells are column names, read with the column-name lexicon as JSON keys are
(:mod:`safe_synthesizer.pii.text_structured`), so ``DOB`` makes the dates under it birth dates and
``Geburtsdatum``, ``fecha de nacimiento``, ``full_name`` mean what they mean as column names. A date under
``Date`` or ``created`` maps to nothing and stays.

Rule: a line split by ``;``, ``|``, a tab or a comma (quoted cells may hold the delimiter) into three or more
cells each opening with a letter, at least two of which name an entity, is a header; each following line with as many
cells is a row, and a row's cell is read under its header cell's key (the value must still look like its
entity: the caller's check).

Example::

    header_table_spans("Name;DOB\\nAnna Koch;12.03.1980", key_entity, cell_spans)  # the name and the date
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Cell delimiters of a table pasted as text, in the order they are tried.
DELIMITERS = (";", "|", "\t", ",")
_CELL = {sep: re.compile(rf'[ \t]*(?:"(?P<q>[^"\n]*)"|(?P<u>[^{re.escape(sep)}"\n]*))[ \t]*') for sep in DELIMITERS}


def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """(start, end) of the cells of ``text[start:end]`` split by ``sep``, quotes stripped; empty if the line is
    not cleanly delimited."""
    out, pos = [], start
    while True:
        m = _CELL[sep].match(text, pos, end)
        if m is None:
            return []
        group = "q" if m.group("q") is not None else "u"
        out.append((m.start(group), m.end(group)))
        pos = m.end()
        if pos >= end:
            return out
        if text[pos] != sep:
            return []
        pos += 1


def header_table_spans(
    text: str,
    key_entity: Callable[[str], str | None],
    cell_spans: Callable[[str, int, int], list[tuple[int, int, str]]],
) -> list[tuple[int, int, str]]:
    """Spans of the rows under a header line in ``text``: ``key_entity(key)`` is the entity a key names,
    ``cell_spans(key, start, end)`` the span(s) of a cell under ``key``."""
    if "\n" not in text:
        return []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line.rstrip("\r"))))
        pos += len(line) + 1
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lines) - 1:
        start, end = lines[i]
        header, sep = _header(text, start, end, lines[i + 1], key_entity)
        if not header:
            i += 1
            continue
        keys = [text[a:b].strip() for a, b in header]
        i += 1
        while i < len(lines):
            row = _cells(text, *lines[i], sep)
            if len(row) != len(header):
                break
            for key, (a, b) in zip(keys, row, strict=True):
                if text[a:b].strip():
                    out += cell_spans(key, a, b)
            i += 1
    return out


def _header(
    text: str, start: int, end: int, below: tuple[int, int], key_entity: Callable[[str], str | None]
) -> tuple[list[tuple[int, int]], str]:
    line, next_line = text[start:end], text[below[0] : below[1]]
    for sep in DELIMITERS:
        # cheap checks first: a row below with at least as many delimiters (quoted cells may add some)
        count = line.count(sep)
        if count < 2 or next_line.count(sep) < count or len(line) > 60 * (count + 1):
            continue
        cells = _cells(text, start, end, sep)
        # header cells are a few words (``phone2``, ``address_line_1`` too); a data row's may open with digits
        if any(not text[a:b].strip()[:1].isalpha() or len(text[a:b]) > 40 for a, b in cells):
            continue
        if len(cells) >= 3 and sum(key_entity(text[a:b].strip()) is not None for a, b in cells) >= 2:
            return cells, sep
    return [], ""
