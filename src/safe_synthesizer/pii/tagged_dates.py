"""A date inside a TAGGED literal: an opening mark and a type name, the date, the object's state, the closing marks.

Why: a value printed by a program's debugger or REPL is written as its language inspects an object: Ruby's
``#<Date: 1998-04-02 ((2450906j,0s,0n),+0s,2299161j)>`` and ``#<DateTime: 1998-04-02T00:00:00+00:00 (...)>``,
Elixir's sigil ``~D[1998-04-02]``, Clojure's ``#inst "1998-04-02T00:00:00.000-00:00"``, a Python-like ``<Date
1998-04-02>``. A reader per language reads the one it was made from; every one of them is the same notation:
opening marks (``#``, ``~``, ``<``, ``[``, ``(``, a quote), a type name or a sigil letter, a joiner (``: ``, a
space), a date any reader of :func:`date_reader.read_date_at` reads (a serialiser's midnight and zone after it
included), then optionally the object's state in brackets, and the closing marks that balance the opening ones.
The marks must balance and the tag must open with ``#``, ``~`` or ``<`` (``Date: 1998-04-02``, a key and its
value, and ``(see 1998-04-02)``, a remark, are not read here). Ruby writes the date's Julian day in its state
(``2450906j``): when present it must be the date's (a check digit of sorts), and a fake writes its own.

:func:`read_tagged_date_at` is a fallback reader of :func:`date_reader.read_date_at` (so the column readers and
the fake shifter read these cells); the reading writes a fake date back in the same tag, state and marks.

Example::

    r = read_tagged_date_at("#<Date: 1998-04-02 ((2450906j,0s,0n),+0s,2299161j)>")
    r.date  # datetime.date(1998, 4, 2)
    r.write(date(1998, 4, 3))  # '#<Date: 1998-04-03 ((2450907j,0s,0n),+0s,2299161j)>'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from safe_synthesizer.pii import date_reader
from safe_synthesizer.pii.date_reader import DateReading

_CLOSE = {"<": ">", "[": "]", "(": ")", '"': '"', "'": "'", "{": "}"}
# Opening marks, a type name or sigil (``Date``, ``DateTime``, ``inst``, ``D``, ``Date::Infinity``), a joiner.
_OPEN = re.compile(r"(?P<marks>[#~]?[<\[({]?)(?P<name>[A-Za-z][\w:.]{0,30})(?P<join>:[ \t]*|[ \t]+[\"']?|[\[(\"'])")
# The object's state after the date: brackets holding numbers, signs, commas and short unit letters.
_STATE = re.compile(r"[ \t]*\((?:[^()<>\"]|\([^()<>\"]*\)){0,80}\)")
_JULIAN = re.compile(r"(\d{6,8})j")
# Ruby's Julian day number of a date: its proleptic Gregorian ordinal plus this.
_JULIAN_OFFSET = 1721425


@dataclass(frozen=True)
class TaggedDateReading(DateReading):
    """A reading of a tagged literal: ``head`` (marks, name, joiner), the ``inner`` reading, ``state`` (its Julian
    day rewritten for a new date) and ``tail`` (the closing marks). ``lead`` is empty: it marks a reading with its
    own writer for the readers that add a time after it."""

    head: str = ""
    inner: DateReading | None = None
    state: str = ""
    tail: str = ""
    lead: str = ""

    def write(self, new: date) -> str:
        """``new`` in the same tag, state and marks."""
        inner = self.inner.write(new) if self.inner is not None else new.isoformat()
        state = _JULIAN.sub(lambda m: f"{new.toordinal() + _JULIAN_OFFSET}j", self.state, count=1)
        return self.head + inner + state + self.tail


def read_tagged_date_at(
    text: str, start: int = 0, language: str | None = None, day_first: bool | None = None
) -> TaggedDateReading | None:
    """The date inside the tagged literal at ``text[start:]``, or None.

    Example::

        read_tagged_date_at("~D[1998-04-02]").end  # 14
    """
    if start >= len(text) or text[start] not in "#~<":
        return None
    m = _OPEN.match(text, start)
    if m is None:
        return None
    opened = [ch for ch in m.group("marks") + m.group("join") if ch in _CLOSE]
    if not opened or not set("#~<") & set(m.group("marks")):
        return None  # ``(see 1998-04-02)``: a bracket and a word are a remark, a tag opens with ``#``, ``~`` or ``<``
    inner = date_reader.read_date_at(text, m.end(), language, day_first)
    if inner is None or isinstance(inner, TaggedDateReading):
        return None
    pos = inner.end
    state = _STATE.match(text, pos)
    state_text = state.group(0) if state is not None else ""
    julian = _JULIAN.search(state_text)
    if julian is not None and int(julian.group(1)) != inner.date.toordinal() + _JULIAN_OFFSET:
        return None  # the state's Julian day is another date's
    pos += len(state_text)
    tail = "".join(_CLOSE[ch] for ch in reversed(opened))
    if not text.startswith(tail, pos):
        return None
    pieces = tuple(p for p in inner.pieces)
    return TaggedDateReading(
        inner.date, pieces, inner.order, inner.ambiguous, pos + len(tail),
        head=m.group(0), inner=inner, state=state_text, tail=tail,
    )  # fmt: skip


def read_tagged_date(
    value: str, language: str | None = None, day_first: bool | None = None
) -> TaggedDateReading | None:
    """The date of a whole cell that is one tagged literal (spaces around it allowed), else None."""
    text = value.strip()
    reading = read_tagged_date_at(text, 0, language, day_first)
    return reading if reading is not None and reading.end == len(text) else None
