"""A cell that holds ONE date among dress: the date read by the date readers wherever it stands, the rest read as
dress by its general notation, not a list of serialisations.

Why: exports write a birth date inside whatever their tool wraps it in, and every tool wraps it another way:
``TO_DATE('28-OCT-1949', 'DD-MON-YYYY')`` (Oracle), ``19521101000000.0Z`` (LDAP GeneralizedTime),
``1968-07-23 00:00:00 +0000 UTC`` (Go), ``Fri, 22 Jul 1938 00:00:00 +0000`` (RFC 2822). A reader per wrapper reads
the set it was made from and misses the next tool. All of them are one date plus dress made of a few kinds of
parts, and this reader reads the parts:

- the DATE: three fields any reader of :func:`date_reader.read_date_at` reads, at any word start of the cell, or a
  compact run ``yyyymmdd`` with a midnight glued after it (``hhmm``/``hhmmss``, zeros) or a zone right after it
  (not ``19821205.0``: a number written as a float, which the column readers judge);
- TIMES of day made only of zeros (a midnight: ``00:00:00.000``). A time that is not midnight makes the cell a
  moment (a booking, a log line), not a date: not read;
- ZONES: ``Z``, ``UTC``/``GMT``, an offset ``+hhmm``/``-hh:mm`` (a multiple of 15 minutes), a zone's capitals after
  a time or an offset (``CET``);
- CALLS: a (dotted) name with its opening bracket (``TO_DATE(``, ``as.Date(``, ``Timestamp(``), brackets, quotes,
  commas, spaces;
- a FORMAT STRING in quotes made of the letters formats use (``DD-MON-YYYY``, ``%Y-%m-%d``, ``dd/MM/yyyy``): it
  names the field order, so a number only date that could be read either way is read as it says, and a date read
  against it is refused;
- a WEEKDAY word of any language :data:`weekday_dates.WEEKDAYS` knows, only when it is the date's weekday.

Anything else in the cell (a word, a second number) and the cell is not read: a name, an id or a sentence with a
date in it is not a date. The fake goes back into the same dress: the date written in its own layout (the compact
run as a compact run), the weekday recomputed in its language and case, everything else as it was.

Example::

    read_date_in_dress("TO_DATE('28-OCT-1949', 'DD-MON-YYYY')").write(date(1950, 1, 2))
    # "TO_DATE('02-JAN-1950', 'DD-MON-YYYY')"
    read_date_in_dress("19521101000000.0Z").date  # datetime.date(1952, 11, 1)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from safe_synthesizer.pii.date_reader import MAX_YEAR, MIN_YEAR, DateReading, read_date_at
from safe_synthesizer.pii.weekday_dates import WEEKDAYS, Form, weekday_word

# The longest cell read: a call with a format string and a zone name stays well under it.
MAX_CELL = 96
# A compact run: the date, then a midnight glued to it (or nothing), then a fraction of a second.
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d\d)(?P<d>\d\d)(?P<time>\d{6}|\d{4})?(?P<frac>[.,]\d{1,9})?(?!\d)")
# A time of day, anywhere in the cell: only a midnight (all zeros) is dress.
_TIME_ANY = re.compile(r"\d{1,2}:\d\d(?::\d\d(?:[.,]\d{1,9})?)?")
_OFFSET = r"[+\-\u2212](?:0\d|1[0-4]):?(?:00|15|30|45)(?!\d)"
# The parts of dress, tried in this order at each position of the text around the date.
_DRESS = re.compile(
    r"(?P<space>[\s,;]+)"
    r"|(?P<time>T?\d{1,2}:\d\d(?::\d\d(?:[.,]\d{1,9})?)?(?!\d)|0000(?:00)?(?!\d))"
    r"|(?P<frac>[.,]0{1,9}(?!\d))"
    rf"|(?P<offset>(?:GMT|UTC)?{_OFFSET})"
    r"|(?P<zone>(?:Z|UTC|GMT)(?![^\W\d_]))"
    r"|(?P<call>(?:new\s+)?[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*){0,3}\s*\()"
    r"|(?P<caps>[A-Z]{2,5}(?![^\W\d_]))"
    r"|(?P<word>[^\W\d_]+\.?)"
    r"|(?P<mark>[()\[\]{}'\"`<>])"
)
# A quoted run that may be a format string (read by :func:`format_order`).
_QUOTED = re.compile(r"(['\"])([%A-Za-z0-9\-/.:, ]{2,30})\1")
# The letters of a format string: a day, a month (number or word), a year, and the time's letters.
_FORMAT_TOKEN = re.compile(
    r"%[A-Za-z]|HH24|HH12|MONTH|MON|MMMM|MMM|YYYY|yyyy|YY|yy|RRRR|DD|dd|MM|mm|MI|SS|ss|HH|hh|FF\d?"
    r"|D|d|M|Y|y|H|h|s|T|[-/.: ,]"
)
_STRFTIME = {"d": "D", "e": "D", "m": "M", "b": "M", "B": "M", "h": "M", "Y": "Y", "y": "Y", "F": "YMD", "D": "MDY"}


@dataclass(frozen=True)
class DressReading(DateReading):
    """A :class:`DateReading` of a dressed cell: ``parts`` are literal dress (``str``), ``("D", reading)`` (the date
    as its reader read it: its own ``write``), ``("K",)`` (a compact ``yyyymmdd`` run) or ``("W", Form, like)``
    (the weekday, recomputed)."""

    parts: tuple = ()

    def write(self, new: date) -> str:
        """``new`` in this reading's dress.

        Example::

            read_date_in_dress("19521101000000.0Z").write(date(1953, 2, 3))  # '19530203000000.0Z'
        """
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
            elif part[0] == "D":
                out.append(part[1].write(new))
            elif part[0] == "K":
                out.append(f"{new.year:04d}{new.month:02d}{new.day:02d}")
            else:
                out.append(weekday_word(new.weekday(), part[1], part[2]))
        return "".join(out)


def _key(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold().rstrip("."))


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, list[Form]]:
    """Weekday word (lower case) -> its readings (language, day, form, alternative), from ``WEEKDAYS``."""
    out: dict[str, list[Form]] = {}
    for lang, text in WEEKDAYS.items():
        for form, part in enumerate(text.split("|")):
            for day, alts in enumerate(part.split()):
                for alt, word in enumerate(alts.split("/")):
                    out.setdefault(_key(word.replace("_", " ")), []).append(Form(lang, day, form, alt))
    return out


def format_order(text: str) -> str | None:
    """The field order a format string names (``'DD-MON-YYYY'`` -> ``DMY``, ``%Y-%m-%d`` -> ``YMD``), or None when
    the text is not a date format (a word, a name, a number).

    Example::

        format_order("dd/MM/yyyy")  # 'DMY'
    """
    pos, order = 0, ""
    while pos < len(text):
        m = _FORMAT_TOKEN.match(text, pos)
        if m is None:
            return None
        token = m.group(0)
        pos = m.end()
        if token.startswith("%"):
            order += _STRFTIME.get(token[1], "")
        elif token[0] in "Dd":
            order += "D"
        elif token in ("MM", "MON", "MONTH", "MMM", "MMMM", "M"):
            order += "M"
        elif token[0] in "YyR":
            order += "Y"
    if sorted(order) != ["D", "M", "Y"]:
        return None
    return order


def _dress(text: str, after_date: bool, after_time: bool = False) -> tuple[list[tuple[str, str]], str | None] | None:
    """The parts of ``text`` (dress before or after the date) as (kind, text), and the order a format string among
    them names; None when a part is no dress. Weekday words are kept as ``word`` parts for the caller to check.
    ``after_time``: the date's reader read a time with it (a zone's capitals may follow it)."""
    parts: list[tuple[str, str]] = [("time", "")] if after_time else []
    order = None
    pos = 0
    while pos < len(text):
        quoted = _QUOTED.match(text, pos)
        if quoted is not None and (named := format_order(quoted.group(2))) is not None:
            if order is not None and named != order:
                return None
            order = named
            parts.append(("format", quoted.group(0)))
            pos = quoted.end()
            continue
        m = _DRESS.match(text, pos)
        if m is None:
            return None
        kind = m.lastgroup or ""
        piece = m.group(0)
        if kind == "caps" and _key(piece) in _weekdays():
            kind = "word"
        if kind == "time" and any(ch not in "0:.,T" for ch in piece):
            return None  # a time that is not midnight: a moment, not a date
        elif kind == "caps":
            # A zone's capitals only after a time or an offset (``00:00:00 CET``); a word in capitals is no dress.
            before = [k for k, _ in parts if k != "space"]
            if not before or before[-1] not in ("time", "offset", "zone"):
                return None
        elif kind == "word" and _key(piece) not in _weekdays():
            return None
        parts.append((kind, piece))
        pos = m.end()
    parts = [p for p in parts if p[1]]
    if not after_date and any(k in ("time", "frac", "offset", "zone") for k, _ in parts):
        return None  # a midnight or a zone before the date: not how a serialiser writes one
    return parts, order


def _compact_at(text: str, start: int) -> tuple[date, int] | None:
    """(date, end) of a compact ``yyyymmdd`` run at ``start`` glued to a midnight (``hhmm[ss]`` zeros) or followed
    right away by a zone or a fraction, else None (a bare eight digit number is an id as often as a date)."""
    m = _COMPACT.match(text, start)
    if m is None or (start > 0 and text[start - 1].isalnum()):
        return None
    if m.group("time") is not None and set(m.group("time")) != {"0"}:
        return None
    # ``19821205.0`` is a number written as a float (the column readers read those), not a serialised date: without
    # a midnight a zone must follow the run right away.
    if m.group("time") is None and not re.match(rf"Z|{_OFFSET}", text[start + 8 :]):
        return None
    try:
        found = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if not MIN_YEAR <= found.year <= MAX_YEAR:
        return None
    return found, start + 8


def _starts(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch.isalnum() and (i == 0 or not text[i - 1].isalnum())]


def read_date_in_dress(value: str, language: str | None = None, day_first: bool | None = None) -> DressReading | None:
    """The one date of a cell whose rest is dress (see the module), else None.

    Example::

        read_date_in_dress("1968-07-23 00:00:00 +0000 UTC").date  # datetime.date(1968, 7, 23)
        read_date_in_dress("Fri, 22 Jul 1938 00:00:00 +0000").write(date(1938, 7, 23))
        # 'Sat, 23 Jul 1938 00:00:00 +0000'
    """
    text = value.strip()
    if not text or len(text) > MAX_CELL or not re.search(r"\d{4}", text):
        return None
    if any(set(t) - set("0:.,") for t in _TIME_ANY.findall(text)):
        return None  # a time that is not midnight anywhere in the cell: a moment
    for start in _starts(text):
        compact = _compact_at(text, start)
        if compact is not None:
            found, end = compact
            core: tuple = ("K",)
        else:
            reading = read_date_at(text, start, language, day_first)
            if reading is None:
                continue
            found, end, core = reading.date, reading.end, ("D", reading)
        out = _dressed(text, start, end, found, core, language)
        if out is not None:
            return out
    return None


def _dressed(text: str, start: int, end: int, found: date, core: tuple, language: str | None) -> DressReading | None:
    after_time = re.search(r"\d:\d\d$", text[:end]) is not None
    before, after = _dress(text[:start], False), _dress(text[end:], True, after_time)
    if before is None or after is None:
        return None
    orders = {o for o in (before[1], after[1]) if o}
    if core[0] == "D" and orders:
        reading = core[1]
        if len(orders) > 1:
            return None
        order = orders.pop()
        if reading.ambiguous and reading.order != order:
            # Read again as the format names it (``'03-04-1949', 'MM-DD-YYYY'``).
            reading = read_date_at(text, start, language, order.index("D") < order.index("M"))
            if reading is None or reading.end != end:
                return None
            found, core = reading.date, ("D", reading)
        if reading.order != order:
            return None  # the date is written against its own format: not read
    parts: list = []
    for kind, piece in before[0]:
        parts.extend(_weekday_part(kind, piece, found))
    parts.append(core)
    for kind, piece in after[0]:
        parts.extend(_weekday_part(kind, piece, found))
    if any(p is None for p in parts):
        return None
    has_dress = any(k not in ("space", "mark") for k, _ in before[0] + after[0])
    if not has_dress and core[0] == "D":
        return None  # quotes and spaces only: the date readers' own cell
    merged: list = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        else:
            merged.append(part)
    return DressReading(found, (), "YMD", False, len(text), parts=tuple(merged))


def _weekday_part(kind: str, piece: str, found: date) -> list:
    """Dress as written, a weekday word as a part to recompute (its dot kept as written); [None] for a weekday
    that is not the date's (the cell's date would then be doubtful)."""
    if kind != "word":
        return [piece]
    forms = [f for f in _weekdays().get(_key(piece), ()) if f.day == found.weekday()]
    if not forms:
        return [None]
    word = piece.rstrip(".")
    return [("W", forms[0], word), piece[len(word) :]]
