"""Address cells written inside a CONTAINER (a program's tuple of strings, markup with line breaks, lines of a
multi-line cell), opened by the container's grammar, the address inside read by the address part reader and the
fake written back into the same container.

Why: an export that stored an address as its parts writes the parts in the syntax it was stored in:
``('23757 Stevens Fort', 'Michaelshire', '39728')`` (an SQL or Python tuple, ``''`` for a quote inside),
``<address>25, chemin de Blanchard<br/>Gillet<br/>50719</address>`` (web markup), ``#150, Koppikar Road\\r\\nHubballi
\\r\\n580020`` (a form's text box). The part reader (:func:`~safe_synthesizer.pii.address_cell_reader.read_address`)
reads the quotes and brackets, the tags, as parts of no address, so such columns were left as written or read as
phones (the postcodes and house numbers are the only digits), names shown and hidden (set 51: en_US, nds_DE, fr_FR).
No layout is listed: a container is told by its grammar alone (a bracketed list of quoted strings, tags around
text, line breaks), what is inside is the parts, joined by commas, and the address reader judges them as it
judges any cell; the container itself proves nothing.

Example::

    box = open_container("('Bi de Möhl 16', 'Ollnborg', '26122')")
    box.text                                     # "Bi de Möhl 16, Ollnborg, 26122"
    box.rebuild("Lütt Moor 4, Leer, 26789")      # "('Lütt Moor 4', 'Leer', '26789')"
    contained_address_columns(df, ["c004"], {"c004": None})["c004"].entity  # "address"
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_read_addresses import read_address_evidence

__all__ = ["Container", "contained_address_columns", "open_container", "recontained_addresses"]

MAX_CELL_CHARS = 400
MAX_PARTS = 8
# Written distinct cells that must open as containers for the column to be read through them.
MIN_CONTAINED = 0.5
CONFIDENCE = 0.75
_PHONES = (E.PHONE_NUMBER, E.FAX_NUMBER)
# Containers a fake is written back into; a multi-line cell is left to the address fakers as before (no change there).
REBUILT_KINDS = ("tuple", "markup")

# A quoted string of a program's or SQL's syntax: the quote doubled or backslashed inside.
_QUOTED = r"""'(?:[^'\\]|''|\\.)*'|"(?:[^"\\]|""|\\.)*\""""
_TUPLE = re.compile(rf"^\s*([(\[])\s*((?:{_QUOTED}|NULL|None|\d+)(?:\s*,\s*(?:{_QUOTED}|NULL|None|\d+))+)\s*[)\]]\s*$")
_ITEM = re.compile(rf"{_QUOTED}|NULL|None|\d+")
# A line break of markup (``<br>``, ``<br/>``, a block's end) and any tag; a line break of text.
_MARK_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li|span|line)>", re.IGNORECASE)
_TAG = re.compile(r"<[A-Za-z/][^<>]{0,80}>")
_LINE = re.compile(r"\r\n|\r|\n|\u2028|\\r\\n|\\n")


@dataclass(frozen=True)
class Container:
    """An address cell's parts and how to write parts back: ``rebuild(text)`` puts a fake address's comma parts
    into the container's slots (the last slot takes what is left when the fake has more parts)."""

    parts: tuple[str, ...]
    slots: Callable[[list[str]], str]
    kind: str  # "tuple", "markup" or "lines"

    @property
    def text(self) -> str:
        """The parts joined as one address line."""
        return ", ".join(self.parts)

    def rebuild(self, fake: str) -> str:
        """The container with ``fake`` (an address line) written into its slots."""
        pieces = [p.strip() for p in fake.split(",") if p.strip()] or [fake]
        n = len(self.parts)
        if len(pieces) > n:
            pieces = [*pieces[: n - 1], ", ".join(pieces[n - 1 :])]
        return self.slots(pieces)


def _unquote(item: str) -> tuple[str, str]:
    quote = item[:1]
    if quote not in "'\"":
        return item, ""
    inner = item[1:-1].replace(quote * 2, quote)
    return re.sub(r"\\(.)", r"\1", inner), quote


def _requote(text: str, quote: str, doubled: bool) -> str:
    if not quote:
        return text
    escaped = text.replace(quote, quote * 2) if doubled else text.replace("\\", "\\\\").replace(quote, "\\" + quote)
    return f"{quote}{escaped}{quote}"


def _tuple(cell: str) -> Container | None:
    m = _TUPLE.match(cell)
    if m is None:
        return None
    items = _ITEM.findall(m.group(2))
    read = [_unquote(i) for i in items]
    texts = [t for t, q in read if q]
    if len(texts) < 2:
        return None
    quote = next(q for _, q in read if q)
    doubled = any(quote * 2 in i[1:-1] for i in items if i[:1] == quote) or "\\" not in m.group(2)
    opener, closer = m.group(1), ")" if m.group(1) == "(" else "]"
    lead, trail = cell[: cell.index(opener)], cell[cell.rindex(closer) + 1 :]

    def slots(pieces: list[str]) -> str:
        # Each quoted slot takes a piece in order; numbers and NULLs are kept; the pieces left go to the last slot.
        out, it = [], iter(pieces)
        for text, q in read:
            out.append(_requote(next(it, ""), q, doubled) if q else text)
        return f"{lead}{opener}{', '.join(out)}{closer}{trail}"

    return Container(tuple(t.strip() for t in texts if t.strip()), slots, "tuple")


def _markup(cell: str) -> Container | None:
    if "<" not in cell or not _TAG.search(cell):
        return None
    pieces = [html.unescape(_TAG.sub("", p)).strip() for p in _MARK_BREAK.split(cell)]
    parts = [p for p in pieces if p]
    if len(parts) < 2:
        return None
    opening = m.group() if (m := re.match(r"^\s*(?:<[^<>]+>\s*)+", cell)) else ""
    closing = m.group() if (m := re.search(r"(?:\s*<[^<>]+>)+\s*$", cell)) else ""
    brk = m.group() if (m := _MARK_BREAK.search(cell)) else "<br/>"

    def slots(new: list[str]) -> str:
        return opening + brk.join(html.escape(p, quote=False) for p in new) + closing

    return Container(tuple(parts), slots, "markup")


def _lines(cell: str) -> Container | None:
    found = _LINE.search(cell)
    if found is None:
        return None
    parts = [p.strip() for p in _LINE.split(cell) if p.strip()]
    if len(parts) < 2:
        return None
    brk = found.group()
    return Container(tuple(parts), lambda new: brk.join(new), "lines")


def open_container(cell: str) -> Container | None:
    """The container ``cell`` is written in and the parts inside, or ``None`` (a cell in no container's grammar).

    Example::

        open_container("<address>4, avenue Gay<br/>Bouchet<br/>22995</address>").parts
        # ("4, avenue Gay", "Bouchet", "22995")
    """
    if not isinstance(cell, str) or not cell.strip() or len(cell) > MAX_CELL_CHARS:
        return None
    for read in (_tuple, _markup, _lines):
        box = read(cell)
        if box is not None and len(box.parts) <= MAX_PARTS:
            return box
    return None


def _opened(series: pd.Series) -> tuple[pd.Series, float] | None:
    """The column with each container cell replaced by its address line, and the share of written distinct cells
    that were containers; ``None`` when none was."""
    values = series.dropna().astype(str)
    distinct = [v for v in dict.fromkeys(values.str.strip().tolist()) if v]
    if not distinct:
        return None
    lines = {v: box.text for v in distinct if (box := open_container(v)) is not None}
    if not lines:
        return None
    return values.str.strip().map(lambda v: lines.get(v, v)), len(lines) / len(distinct)


def contained_address_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Address findings for the columns of ``names`` left undecided, read as free text or read as phones (the
    house numbers and postcodes are a container's only digits) whose cells are mostly containers whose address
    lines the part reader reads as addresses (:func:`column_read_addresses.read_address_evidence`, every guard of
    that pass). Only new findings are returned; ``found`` is not modified.

    Example::

        contained_address_columns(df, list(df.columns), found)  # {"c008": ColumnDetection(..., "address", ...)}
    """
    out: dict[str, ColumnDetection] = {}
    for name in names:
        det = found.get(name)
        if (det is not None and det.entity not in (E.FREE_TEXT, *_PHONES)) or name not in df.columns:
            continue
        series = df[name]
        if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_datetime64_any_dtype(series.dtype):
            continue
        opened = _opened(series)
        if opened is None or opened[1] < MIN_CONTAINED:
            continue
        evidence = read_address_evidence(opened[0])
        if evidence is None:
            continue
        entity, why = evidence
        n = int(series.notna().sum())
        why = f"{opened[1]:.0%} of the cells in a container (tuple, markup, lines); inside: {why}"
        out[name] = ColumnDetection(name, entity, CONFIDENCE, CONFIDENCE, "values+parts", n, None, why)
    return out


def recontained_addresses(
    originals: Sequence[str], fake: Callable[[str], str], kinds: tuple[str, ...] = REBUILT_KINDS
) -> list[str | None]:
    """Per original: its container with the address inside faked by ``fake(address_line)``, or ``None`` when the
    original is in no container of ``kinds``.

    Example::

        recontained_addresses(["-", "('Oll Dörp 28a', 'Ollnborg', '26122')"], fake)  # [None, "('...', ...)"]
    """
    out: list[str | None] = []
    for original in originals:
        box = open_container(original) if isinstance(original, str) else None
        out.append(None if box is None or box.kind not in kinds else box.rebuild(fake(box.text)))
    return out
