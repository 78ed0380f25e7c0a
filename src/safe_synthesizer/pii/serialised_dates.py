"""A date inside a literal or a machine serialisation, read by the serialisation's SHAPE, not a list of forms.

Why: a birth-date column or a note copied out of code, a log or an API is written as the machine serialised the
date, and every serialiser writes another notation: ``datetime.date(1936, 6, 16)`` (a code literal),
``/Date(1425769200000)/`` (.NET JSON: milliseconds at LOCAL midnight, so not a whole number of UTC days),
``2000-12-07+00:00`` (an XML Schema date with its zone), ``Thu Apr 02 1998 00:00:00 GMT+0100 (...)``
(JavaScript's ``Date.toString()``), ``{"$date": ...}`` (Mongo's extended JSON). A reader per notation reads the
set it was made from and misses the next serialiser. Every one of them is built from the same few parts, and this
reader reads the parts:

- a CALL: a name (dotted, ``new`` before it or not) and brackets, whose arguments are the date: three integers and
  any number of zeros after them (the midnight's hours, minutes, seconds: ``datetime.datetime(1998, 4, 2, 0, 0)``),
  year first or last; months counted from 0 after ``new`` (JavaScript's constructor) or when a month 0 is written;
  one quoted date (``as.Date("1998-04-02")``, ``ISODate("...")``); or one number, a count since 1970;
- a word before a quoted date (SQL's ``DATE '1998-04-02'``), a one-key JSON object (``{"$date": ...}``), and
  quotes or slashes around any of these (``/Date(...)/``, ``\\/Date(...)\\/``);
- a COUNT since 1970 (seconds or milliseconds, the unit whose count is a life-span date) read as a date when it is a
  local midnight in a UTC offset that is a multiple of 15 minutes (any zone of the world), or at the offset written
  after it (``/Date(ms+0100)/``). A bare number is not read here (:mod:`epoch_dates` reads whole UTC days only): an
  id or a booking's time is a number too; the wrapper is what says "a date";
- a date any reader of :func:`date_reader.read_date_at` reads, followed by what a serialiser appends: a MIDNIGHT in
  any clock (``00:00``, ``T00:00:00.000``, ``12:00:00 AM``, ``:00:00:00`` after SAS's ``02APR1998``) and a ZONE
  (``Z``, ``+hh:mm``, ``-hhmm``, ``GMT+0100``, ``UTC``, a zone's letters after the time), a zone's name in brackets
  after it. A time that is not midnight with a zone is a moment (a booking, a log line), not a date: not read.

:func:`read_serialised_date_at` is the last fallback of :func:`date_reader.read_date_at` (and
:func:`read_serialised_date` of ``read_date``'s whole cells longer than its limit), so the column readers, the
shifter of fakes and the note readers read these notations; a reading's ``write`` writes a fake date back in the
same notation (same call, argument widths and month base; the count at the same local midnight in the same unit;
the zone, time and weekday as written, the weekday recomputed by the reader of the date inside).

Example::

    read_serialised_date_at("datetime.date(1936, 6, 16)").write(date(1940, 1, 2))  # 'datetime.date(1940, 1, 2)'
    read_serialised_date_at("/Date(872809200000)/").date  # datetime.date(1997, 8, 29) (midnight at UTC+1)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from safe_synthesizer.pii.date_reader import MAX_YEAR, MIN_YEAR, DateReading

EPOCH = date(1970, 1, 1)
DAY_MS = 86_400_000
QUARTER_HOUR_MS = 900_000
# The widest a UTC offset reaches (UTC-12 .. UTC+14): a local midnight lies this close to a UTC one.
MAX_OFFSET_MS = 14 * 3_600_000
# How far from its start a serialised date may reach (JavaScript's zone name makes it long).
MAX_SPAN = 96
# How deep serialisations nest (``{"$date": {"$numberLong": "..."}}``, ``"/Date(...)/"``).
MAX_DEPTH = 4

# A call's name: dotted identifiers, ``new`` before it or not; its opening bracket.
_CALL = re.compile(r"(?P<new>new\s+)?[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*){0,3}\s*\(\s*")
# Integer arguments: three to seven, separated by commas (a space or not).
_INT_ARGS = re.compile(r"(?P<args>\d{1,4}(?:\s*,\s*\d{1,4}){2,6})(?P<close>\s*\))")
# One count since 1970 (8 to 14 digits, a sign), the UTC offset .NET writes after it, the bracket.
_COUNT = re.compile(r"(?P<num>-?\d{8,14})(?P<off>[+-]\d{4})?")
# A word before a quoted date (SQL's ``DATE '1998-04-02'``, ``TIMESTAMP '...'``).
_TYPED = re.compile(r"[A-Za-z_]\w{1,15}\s+(?=['\"])")
# A one-key JSON object's opening: ``{"$date":``.
_OBJECT = re.compile(r"\{\s*(?P<q>[\"']?)\$?[A-Za-z_]\w{0,20}(?P=q)\s*:\s*")
# Quotes or slashes around a serialisation (``/Date(...)/``, JSON's escaped ``\/Date(...)\/``).
_WRAPS = (("\\/", "\\/"), ("/", "/"), ('"', '"'), ("'", "'"), ("`", "`"))

# What a serialiser appends to a date: a gap, a midnight in any clock, a zone, the zone's name in brackets.
_MIDNIGHT = (
    r"(?:(?:T|\s+|:)(?:(?:00?|24):00(?::00(?:[.,]0{1,9})?)?|12:00(?::00(?:[.,]0{1,9})?)?\s?[Aa]\.?[Mm]\.?"
    r"|000000(?:\.0+)?))"
)
_OFFSET = r"[+\-\u2212](?:0\d|1[0-4])(?P<colon>:?)(?:00|15|30|45)"
_WORLD_ZONE = r"Z|\s?(?:GMT|UTC)(?:[+\-\u2212](?:0?\d|1[0-4])(?::?(?:00|15|30|45))?)?"
# After a midnight: any zone, also its letters (``00:00:00 CET``); after the date itself only a zone that cannot be
# a number's next group: ``Z``, ``GMT``/``UTC``, an offset with its colon (XML Schema's ``1961-08-31-05:00``).
_TAIL = re.compile(
    rf"(?:(?P<time>{_MIDNIGHT})(?P<zone>{_OFFSET}|{_WORLD_ZONE}|\s[A-Z]{{3,4}})?"
    rf"|(?P<bare>{_OFFSET.replace('(?P<colon>:?)', ':')}|{_WORLD_ZONE}))"
    r"(?P<name>(?<=[\dTCZ])\s*\([^()\d]{2,60}\))?(?![\w:+\-])"
)
# Where a serialiser's tail may begin: a cheap look before trying the date readers on the text before it.
_TAIL_HINT = re.compile(r"(?:[T\s:]\d{1,2}:00|\d[Z+\-\u2212](?:\d\d:?\d\d)?|GMT|UTC)")

_depth = 0


@dataclass(frozen=True)
class SerialisedReading(DateReading):
    """A :class:`DateReading` of a serialisation: ``parts`` are literal text (``str``) and one ``("D", reading)``
    (a date another reader read: its own ``write``), ``("I", widths, year_first, base)`` (a call's three integer
    arguments and their glue in ``glues``), or ``("C", unit_ms, offset_ms, width)`` (a count since 1970)."""

    parts: tuple = ()
    glues: tuple = ()

    def write(self, new: date) -> str:
        """``new`` in this reading's notation.

        Example::

            read_serialised_date_at("/Date(872809200000)/").write(date(1997, 8, 30))  # '/Date(872895600000)/'
        """
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
            elif part[0] == "D":
                out.append(part[1].write(new))
            elif part[0] == "I":
                _, order, widths, base = part
                value = {"Y": new.year, "M": new.month - 1 + base, "D": new.day}
                fields = [_pad(value[f], w) for f, w in zip(order, widths, strict=True)]
                out.append(fields[0] + self.glues[0] + fields[1] + self.glues[1] + fields[2])
            else:
                _, unit, offset, _ = part
                out.append(str(((new - EPOCH).days * DAY_MS - offset) // unit))
        return "".join(out)


def _pad(value: int, width: int) -> str:
    return f"{value:0{width}d}" if width > 1 else str(value)


def _int_call(text: str, pos: int, new: bool, day_first: bool | None) -> tuple[tuple, tuple, date, int] | None:
    """(part, glues, date, end of the three date arguments) of a call's integer arguments at ``pos``, else None."""
    m = _INT_ARGS.match(text, pos)
    if m is None:
        return None
    numbers = re.findall(r"\d+", m.group("args"))
    glues = tuple(re.findall(r"\s*,\s*", m.group("args")))
    if any(int(n) for n in numbers[3:]):
        return None  # a time of day after the date: a moment, not a date
    lengths = [len(n) for n in numbers[:3]]
    if lengths[0] == 4 and max(lengths[1:]) <= 2:
        order = ("Y", "M", "D")
    elif lengths[2] == 4 and max(lengths[:2]) <= 2:
        a, b = int(numbers[0]), int(numbers[1])
        order = ("D", "M", "Y") if a > 12 or (b <= 12 and day_first is not False) else ("M", "D", "Y")
    else:
        return None
    value = dict(zip(order, (int(n) for n in numbers[:3]), strict=True))
    # Months from 0: JavaScript's constructor (``new Date(1998, 3, 2)``), or any call that writes a month 0.
    base = 0 if new or value["M"] == 0 else 1  # the number the first month is written as
    if not MIN_YEAR <= value["Y"] <= MAX_YEAR:
        return None
    try:
        found = date(value["Y"], value["M"] + 1 - base, value["D"])
    except ValueError:
        return None
    widths = tuple(len(n) if n.startswith("0") or len(n) == 4 else 1 for n in numbers[:3])
    three = re.compile(r"\d+\s*,\s*\d+\s*,\s*\d+").match(text, pos)
    assert three is not None  # _INT_ARGS matched them
    return ("I", order, widths, base), glues[:2], found, three.end()


def _count_date(number: int, offset_ms: int | None) -> tuple[date, int, int] | None:
    """(date, unit in ms, offset in ms) of a count since 1970 at a local midnight, else None: milliseconds first
    (JavaScript, .NET, Mongo), then seconds; the written offset, else the one a multiple of 15 minutes gives."""
    for unit in (1, 1000):
        ms = number * unit
        if offset_ms is not None and (ms + offset_ms) % DAY_MS == 0:
            offset = offset_ms
        elif ms % QUARTER_HOUR_MS == 0:
            rest = ms % DAY_MS
            offset = -rest if rest <= DAY_MS // 2 else DAY_MS - rest  # UTC-12 .. UTC+12 (UTC+14 reads as -10)
        else:
            continue
        try:
            found = EPOCH + timedelta(days=(ms + offset) // DAY_MS)
        except OverflowError:
            continue
        if MIN_YEAR <= found.year <= min(MAX_YEAR, date.today().year + 1):
            return found, unit, offset
    return None


def _count(text: str, pos: int) -> tuple[tuple, date, int] | None:
    """(parts, date, end) of a count since 1970 at ``pos`` (with .NET's offset after it), else None."""
    m = _COUNT.match(text, pos)
    if m is None or (m.end() < len(text) and text[m.end()].isalnum()):
        return None
    offset = None
    if m.group("off"):
        sign = -1 if m.group("off")[0] == "-" else 1
        hours, minutes = int(m.group("off")[1:3]), int(m.group("off")[3:])
        offset = sign * (hours * 60 + minutes) * 60_000
    found = _count_date(int(m.group("num")), offset)
    if found is None:
        return None
    day, unit, off = found
    parts: list = [("C", unit, off, len(m.group("num")))]
    if m.group("off"):
        parts.append(m.group("off"))
    return tuple(parts), day, m.end()


def _core_with_tail(text: str, start: int, language: str | None, day_first: bool | None):
    """(reading, tail end) of a date another reader reads followed by a serialiser's tail (a midnight, a zone),
    else None."""
    from safe_synthesizer.pii.date_reader import read_date_at

    window = text[: start + MAX_SPAN]
    if not _TAIL_HINT.search(window, start):
        return None
    for m in re.finditer(r"(?=[T\s:+\-\u2212ZGU])", window[start:]):
        cut = start + m.start()
        if cut <= start or ":" in window[start:cut]:
            continue  # a time already inside the date: a moment (``T14:35:00Z``) is not read
        tail = _TAIL.match(window, cut)
        if tail is None or tail.end() == cut:
            continue
        reading = read_date_at(window[:cut], start, language, day_first)
        if reading is not None and reading.end == cut:
            return reading, tail.end()
    return None


def read_serialised_date_at(
    text: str, start: int = 0, language: str | None = None, day_first: bool | None = None
) -> SerialisedReading | None:
    """The date serialised at ``text[start:]`` (see the module), or None; the reading's ``end`` is where the
    serialisation stops.

    Example::

        read_serialised_date_at("born datetime.date(1936, 6, 16) in Ulm", 5).end  # 31
        read_serialised_date_at("1961-08-31-05:00").date  # datetime.date(1961, 8, 31)
    """
    global _depth
    if start >= len(text) or _depth >= MAX_DEPTH or (start > 0 and text[start - 1].isalnum()):
        return None
    _depth += 1
    try:
        return _read(text, start, language, day_first)
    finally:
        _depth -= 1


def _reading(found: date, parts: list, glues: tuple, end: int) -> SerialisedReading:
    return SerialisedReading(found, (), "YMD", False, end, parts=tuple(parts), glues=glues)


def _read(text: str, start: int, language: str | None, day_first: bool | None) -> SerialisedReading | None:
    ch = text[start]
    for opening, closing in _WRAPS:
        if text.startswith(opening, start):
            inner = read_serialised_date_at(text, start + len(opening), language, day_first)
            if inner is None and opening in ('"', "'", "`"):
                inner = _plain_date(text, start + len(opening), language, day_first)
            if inner is None and opening == '"' and _depth > 1:  # ``{"$numberLong": "891475200000"}``
                found = _count(text, start + 1)
                inner = _reading(found[1], list(found[0]), (), found[2]) if found else None
            if inner is not None and text.startswith(closing, inner.end):
                parts = [opening, *_parts_of(inner), closing]
                return _reading(inner.date, parts, _glues_of(inner), inner.end + len(closing))
            return None
    if ch == "{":
        m = _OBJECT.match(text, start)
        if m is None:
            return None
        inner = read_serialised_date_at(text, m.end(), language, day_first)
        if inner is None:
            found = _count(text, m.end())  # ``{"$date": -502329600000}``
            inner = _reading(found[1], list(found[0]), (), found[2]) if found else None
        close = re.compile(r"\s*\}").match(text, inner.end) if inner is not None else None
        if inner is None or close is None:
            return None
        parts = [text[start : m.end()], *_parts_of(inner), close.group(0)]
        return _reading(inner.date, parts, _glues_of(inner), close.end())
    if ch.isalpha() or ch in "_$":
        call = _CALL.match(text, start)
        if call is not None:
            return _call(text, start, call, language, day_first)
        typed = _TYPED.match(text, start)
        if typed is not None:  # ``DATE '1998-04-02'``
            inner = read_serialised_date_at(text, typed.end(), language, day_first)
            if inner is not None:
                parts = [typed.group(0), *_parts_of(inner)]
                return _reading(inner.date, parts, _glues_of(inner), inner.end)
    if ch.isalnum():
        core = _core_with_tail(text, start, language, day_first)
        if core is not None:
            reading, end = core
            return _reading(reading.date, [("D", reading), text[reading.end : end]], (), end)
    return None


def _call(text, start, call, language, day_first) -> SerialisedReading | None:
    pos = call.end()
    head = text[start:pos]
    ints = _int_call(text, pos, bool(call.group("new")), day_first)
    if ints is not None:
        part, glues, found, end = ints
        # The zeros after the date (``0, 0``: the midnight) are written back as they were.
        close = re.compile(r"(?:\s*,\s*0+)*\s*\)").match(text, end)
        if close is None:
            return None
        return _reading(found, [head, part, close.group(0)], glues, close.end())
    found = _count(text, pos)  # ``Date(1425769200000)``, ``Date(1425769200000+0100)``
    if found is not None:
        parts, day, end = found
        close = re.compile(r"\s*\)").match(text, end)
        if close is None:
            return None
        return _reading(day, [head, *parts, close.group(0)], (), close.end())
    inner = read_serialised_date_at(text, pos, language, day_first)  # ``as.Date("1998-04-02")``
    if inner is None or text[pos : pos + 1] not in ('"', "'"):
        return None
    close = re.compile(r"\s*\)").match(text, inner.end)
    if close is None:
        return None
    return _reading(inner.date, [head, *_parts_of(inner), close.group(0)], _glues_of(inner), close.end())


def _plain_date(text: str, start: int, language: str | None, day_first: bool | None) -> SerialisedReading | None:
    """A date any reader reads inside quotes (``"1998-04-02"``), as one part."""
    from safe_synthesizer.pii.date_reader import read_date_at

    reading = read_date_at(text[: start + MAX_SPAN], start, language, day_first)
    if reading is None:
        return None
    return _reading(reading.date, [("D", reading)], (), reading.end)


def _parts_of(reading: SerialisedReading) -> list:
    return list(reading.parts)


def _glues_of(reading: SerialisedReading) -> tuple:
    return reading.glues


def read_serialised_date(value: str, language: str | None = None, day_first: bool | None = None):
    """The serialised date a whole cell holds (spaces around it allowed), else None.

    Example::

        read_serialised_date("Thu Apr 02 1998 00:00:00 GMT+0100 (Central European Summer Time)").date
        # datetime.date(1998, 4, 2)
    """
    text = value.strip()
    if not text or len(text) > MAX_SPAN or not any(ch.isdigit() for ch in text):
        return None
    reading = read_serialised_date_at(text, 0, language, day_first)
    if reading is None or text[reading.end :].strip() != "":
        return None
    return reading


def with_serial_tail(text: str, reading: DateReading) -> DateReading:
    """``reading`` (of any reader) extended over a serialiser's tail after it (a zone, a midnight and a zone:
    ``1954-08-27+01:00`` in a note), written back as it was; ``reading`` itself when no tail follows, or when the
    reading already holds a time that is not midnight (a moment, ``14:35+01:00``).

    Example::

        r = read_date_at("born 1954-08-27+01:00, in", 5)  # end 15
        with_serial_tail("born 1954-08-27+01:00, in", r).end  # 21
    """
    end = reading.end
    if end >= len(text) or text[end] not in "TZ+-\u2212 :GU(" or isinstance(reading, SerialisedReading):
        return reading
    tail = _TAIL.match(text[: end + MAX_SPAN], end)
    if tail is None or tail.end() == end or not (tail.group("zone") or tail.group("bare")):
        return reading
    written = text[max(0, end - 40) : end]
    if re.search(r"\d:\d\d", written) and not re.search(rf"{_MIDNIGHT}$", written):
        return reading  # a time of day before the zone: a moment, not a date
    if not tail.group("time") and tail.group("bare") is None and not re.search(rf"{_MIDNIGHT}$", written):
        return reading  # ``TEL``: a zone's letters only after a midnight
    return SerialisedReading(reading.date, (), reading.order, reading.ambiguous, tail.end(),
                             parts=(("D", reading), text[end : tail.end()]))  # fmt: skip
