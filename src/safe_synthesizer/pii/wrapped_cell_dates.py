"""A cell that holds one date inside a container whose head says what it wraps: a markup element, a formula, a
key's label. Read by the container's general notation, the date inside by the date readers, not by a list of tags.

Why: a birth-date column copied out of a tool is written the way the tool wraps its values, and a column mixes
tools (one export's cells were SSML ``<say-as interpret-as="date" format="dmy">03-01-2018</say-as>``, an Elixir
sigil and Mongo's ``{"$date": ...}``). A reader per tool reads the tools it was made from. Three notations wrap a
value whatever the tool:

- a MARKUP element ``<name attr="...">inner</name>`` (SSML, XML, HTML, a namespace ``<xs:date>``): the inner text
  is the date. An attribute whose value names a field order (``format="dmy"``, ``pattern="dd/MM/yyyy"``) reads an
  ambiguous number only date as it says (``03-01-2018`` is 3 January), and a date written against it is refused;
  an attribute holding a date (``<time datetime="1980-05-02">2 May 1980</time>``) must be the same date and is
  rewritten with it;
- a FORMULA sign before what the readers read: ``=DATE(2015,11,17)``, ``=DATEVALUE("2015-11-17")``, ``+DATE(...)``;
- a LABEL ``KEY:value`` / ``KEY=value`` (vCard's ``BDAY:19480220``, ``BDAY;VALUE=date:1948-02-20``, ``DOB=...``):
  one key (a word, with ``;param=value`` parameters) and the date. The label is what says "a value": so the
  compact ``yyyymmdd`` run, which alone is an id or a phone as often as a date, reads as a date after it.

The inside may itself be any cell the date readers read (another container, a serialisation, a tagged literal).
Anything else in the cell (a second element, words around it) and the cell is not read. The fake is written back
into the same container: the inner date in its own layout, a date attribute with it, everything else as written.

Example::

    read_wrapped_date('<say-as interpret-as="date" format="dmy">03-01-2018</say-as>').date
    # datetime.date(2018, 1, 3)
    read_wrapped_date("BDAY:19480220").write(date(1950, 1, 2))  # 'BDAY:19500102'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from safe_synthesizer.pii.date_reader import MAX_YEAR, MIN_YEAR, DateReading, read_date
from safe_synthesizer.pii.dress_cell_dates import format_order

# The longest cell read: an SSML element with two attributes stays well under it.
MAX_CELL = 160
# How many containers may nest (a label inside an element); the readers of the inside recurse through this one.
MAX_DEPTH = 3
_ELEMENT = re.compile(
    r"<(?P<name>[A-Za-z_][\w.:-]{0,40})(?P<attrs>(?:\s+[A-Za-z_][\w.:-]{0,40}\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*)\s*>"
    r"(?P<inner>[^<>]{1,100})</(?P=name)\s*>"
)
_ATTR = re.compile(r"([A-Za-z_][\w.:-]{0,40})(\s*=\s*)([\"'])([^\"'<>]*)\3")
_FORMULA = re.compile(r"[=+@]\s*(?=[A-Za-z_])")
# A key, its parameters (vCard's ``;VALUE=date``), and the sign joining it to the value.
_LABEL = re.compile(r"(?P<key>[A-Za-z][\w.\-]{0,30}(?:;[A-Za-z][\w\-]{0,20}=[\w\-]{1,20})*)(?P<sign>\s*[:=]\s*)")
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)")
# A format attribute's field letters alone (``dmy``, ``ymd``, ``mdy``): SSML's ``say-as`` names its order so.
_ORDER_LETTERS = re.compile(r"[dmy]{3}|[DMY]{3}")
_depth = 0


@dataclass(frozen=True)
class WrappedReading(DateReading):
    """A :class:`DateReading` of a wrapped cell: ``parts`` are literal text (``str``), ``("D", reading)`` (a date a
    reader read: its own ``write``) or ``("K",)`` (a compact ``yyyymmdd`` run)."""

    parts: tuple = ()

    def write(self, new: date) -> str:
        """``new`` in this reading's container.

        Example::

            read_wrapped_date("=DATE(2015,11,17)").write(date(2016, 2, 3))  # '=DATE(2016,2,3)'
        """
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
            elif part[0] == "D":
                out.append(part[1].write(new))
            else:
                out.append(f"{new.year:04d}{new.month:02d}{new.day:02d}")
        return "".join(out)


def attribute_order(value: str) -> str | None:
    """The field order an attribute's value names (``dmy`` -> ``DMY``, ``dd/MM/yyyy`` -> ``DMY``), else None.

    Example::

        attribute_order("dmy")  # 'DMY'
    """
    text = value.strip()
    if _ORDER_LETTERS.fullmatch(text) and len(set(text.lower())) == 3:
        return text.upper()
    return format_order(text)


def _compact(text: str) -> date | None:
    m = _COMPACT.fullmatch(text)
    if m is None:
        return None
    try:
        found = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return found if MIN_YEAR <= found.year <= MAX_YEAR else None


def _inner(text: str, language: str | None, day_first: bool | None, compact: bool) -> tuple | None:
    """(date, part, reading) of the inside of a container; the compact run only when ``compact`` (after a label)."""
    if compact and (found := _compact(text.strip())) is not None:
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        return found, [lead, ("K",), trail], None
    reading = read_date(text, language, day_first)
    if reading is None:
        return None
    return reading.date, [("D", reading)], reading


def _element(text: str, language: str | None, day_first: bool | None) -> WrappedReading | None:
    m = _ELEMENT.fullmatch(text)
    if m is None:
        return None
    orders, dated = set(), []
    for attr in _ATTR.finditer(m.group("attrs")):
        value = attr.group(4)
        if (order := attribute_order(value)) is not None:
            orders.add(order)
        elif any(ch.isdigit() for ch in value) and (reading := read_date(value, language)) is not None:
            dated.append((attr, reading))
    if len(orders) > 1:
        return None
    order = orders.pop() if orders else None
    told = day_first if order is None else order.index("D") < order.index("M")
    inner = _inner(m.group("inner"), language, told, compact=False)
    if inner is None:
        return None
    found, core, reading = inner
    if order is not None and reading is not None and getattr(reading, "pieces", ()) and reading.order != order:
        return None  # the date written against the order its element names
    if any(r.date != found for _, r in dated):
        return None  # two dates in one element: not one date
    parts: list = [text[: m.start("attrs")]]
    attrs, pos = m.group("attrs"), 0
    for attr, r in dated:
        parts.append(attrs[pos : attr.start(4)])
        parts.append(("D", r))
        pos = attr.end(4)
    parts.append(attrs[pos:] + text[m.end("attrs") : m.start("inner")])
    parts.extend(core)
    parts.append(text[m.end("inner") :])
    return _reading(found, parts, len(text))


def _formula(text: str, language: str | None, day_first: bool | None) -> WrappedReading | None:
    m = _FORMULA.match(text)
    if m is None:
        return None
    inner = _inner(text[m.end() :], language, day_first, compact=False)
    if inner is None:
        return None
    return _reading(inner[0], [m.group(0), *inner[1]], len(text))


def _label(text: str, language: str | None, day_first: bool | None) -> WrappedReading | None:
    m = _LABEL.match(text)
    if m is None or m.end() >= len(text):
        return None
    value = text[m.end() :]
    # Quotes around the value (``dob="1948-02-20"``) are the label's dress, not the date's.
    quote = value[0] if value[0] in "\"'" and len(value) > 2 and value[-1] == value[0] else ""
    inner = _inner(value[1:-1] if quote else value, language, day_first, compact=True)
    if inner is None:
        return None
    return _reading(inner[0], [m.group(0) + quote, *inner[1], quote], len(text))


def _reading(found: date, parts: list, end: int) -> WrappedReading:
    merged: list = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif not (isinstance(part, str) and not part):
            merged.append(part)
    return WrappedReading(found, (), "YMD", False, end, parts=tuple(merged))


def read_wrapped_date(value: str, language: str | None = None, day_first: bool | None = None) -> WrappedReading | None:
    """The one date of a cell wrapped in a markup element, after a formula sign or after a key's label (see the
    module), else None.

    Example::

        read_wrapped_date("=DATE(1940,12,27)").date  # datetime.date(1940, 12, 27)
        read_wrapped_date("BDAY;VALUE=date:1948-02-20").date  # datetime.date(1948, 2, 20)
    """
    global _depth
    text = value.strip()
    if not text or len(text) > MAX_CELL or _depth >= MAX_DEPTH or not any(ch.isdigit() for ch in text):
        return None
    if text[0] not in "<=+@" and not _LABEL.match(text):
        return None  # none of the three heads: the common case, left at once
    _depth += 1
    try:
        if text[0] == "<":
            return _element(text, language, day_first)
        if text[0] in "=+@":
            return _formula(text, language, day_first)
        return _label(text, language, day_first)
    finally:
        _depth -= 1
