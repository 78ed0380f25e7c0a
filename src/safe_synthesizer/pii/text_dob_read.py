"""Birth dates in notes after a birth cue, in whatever layout the date is written (:mod:`date_reader`).

Why: the cued birth-date rule of ``text_patterns`` reads the date with a list of layouts, so ``Geburtstag: 17 / 09 /
1938.``, ``(b. 1969 09 15)``, ``DOB 1992-Aug-19`` and ``Geburtstag: 11.May.1957.`` were published as written: the
cue was found, the layout was not on the list. Here the date after the cue is read by the one general reader
(numbers, month words of many languages cut short or not, any separators and joining words, any order), so a layout
no list names is read as long as it is a real date.

Read here: the caller's birth cue (``born``, ``DOB``, ``Geburtstag``, ``geb.``, ``né(e) le``, ``nacido el``...), up
to three short filler words (``born on the``), then a date; or ``b.`` right before a date (``b.`` alone abbreviates
too much else to take filler words). The date must be a birth date's: not after today, within a life span, and
after a bare ``b.`` of a year before this one (``Plan b. 12/03/2026`` is a plan's).

Example::

    read_dob_spans("Timothy (b. 19 / 04 / 1956) shot a 512", CUE)  # [(12, 26, 'date_of_birth')]
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.date_reader import DateReading, month_of_word, read_date_at

# The oldest a birth date in a note may be.
MAX_AGE = 120
# Filler words between a cue and its date (``born on the``, ``geboren am``, ``nacido el``), at most this many.
MAX_FILLERS = 3
# How far before a date's year its cue may start (``born on the 27th of November 2019``).
WINDOW = 60
# How far before its year a date may start (``27th of November 2019``, ``5 de septiembre de 1980``).
DATE_BEFORE_YEAR = 28
_LEAD = re.compile(r"[\s:,\-(\[]*")
_FILLER = re.compile(r"[^\W\d_]{1,8}\.?[\s:,\-]+")
_SHORT_B = re.compile(r"(?<![\w.])[bB]\.[ \t]*")
# A cheap gate before the cue's long alternation is run: a four-digit year of a birth (two-digit years are the
# listed layouts' of ``text_patterns`` and ``text_dob_short_layouts``).
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


@lru_cache(maxsize=4)
def _cue_pattern(cue: str) -> re.Pattern[str]:
    # The cue may end in a dot or a bracket (``geb.``, ``né(e)``), hence no word boundary when it does.
    return re.compile(rf"(?i)(?<!\w)(?:{cue})(?:(?<=[.)\u3000-\u9fff])|(?!\w))")


def _birth_date(reading: DateReading, today: date, short_b: bool) -> bool:
    """A date a person was born on: not after today, within :data:`MAX_AGE` years; after a bare ``b.`` of a year
    before this one."""
    born = reading.date
    if born > today or born.year < today.year - MAX_AGE:
        return False
    return not short_b or born.year < today.year


def _read_after(text: str, pos: int, fillers: int) -> tuple[int, DateReading] | None:
    """(where it starts, the date) at ``pos`` after leading punctuation, or after up to ``fillers`` filler words."""
    for _ in range(fillers + 1):
        pos = _LEAD.match(text, pos).end()
        if pos >= len(text):
            return None
        if (text[pos].isdigit() or text[pos].isalpha()) and (reading := read_date_at(text, pos)) is not None:
            return pos, reading
        m = _FILLER.match(text, pos)
        if m is None:
            return None
        pos = m.end()
    return None


def read_dob_spans(text: str, cue: str, today: date | None = None) -> list[tuple[int, int, str]]:
    """Birth dates of ``text`` in any layout after the birth ``cue`` (the caller's regex) or right after ``b.``;
    ``(start, end, DATE_OF_BIRTH)`` each.

    Example::

        read_dob_spans("Geburtstag: 11.May.1957.", "geburtstag")  # [(12, 23, 'date_of_birth')]
    """
    years = [m.start() for m in _YEAR.finditer(text)]
    if not years:
        return []
    # Dates first (the reader is cheap), then the cue in the few characters before each (its alternation is long).
    starts = sorted({start for year in years if (start := _date_start(text, year)) is not None})
    if not starts:
        return []
    today = today or date.today()
    out: set[tuple[int, int, str]] = set()
    for pattern, fillers, short_b in ((_cue_pattern(cue), MAX_FILLERS, False), (_SHORT_B, 0, True)):
        for start in starts:
            for m in pattern.finditer(text, max(0, start - WINDOW), start):
                if not short_b and m.group(0).casefold() == "b.":
                    continue  # a bare ``b.`` among the caller's cues: read below, with no filler words
                found = _read_after(text, m.end(), fillers)
                if found is not None and _birth_date(found[1], today, short_b):
                    out.add((found[0], found[1].end, E.DATE_OF_BIRTH))
    return sorted(out)


_WORD_START = re.compile(r"(?<!\w)\w")
_WORD = re.compile(r"\w+")


def _date_start(text: str, year: int) -> int | None:
    """Where a date holding the year at ``year`` starts (the first word start up to :data:`DATE_BEFORE_YEAR`
    characters before it that reads as one), or None."""
    for m in _WORD_START.finditer(text, max(0, year - DATE_BEFORE_YEAR), year + 1):
        if not m.group(0).isdigit() and month_of_word(_WORD.match(text, m.start()).group(0)) is None:
            continue  # a date opens with a number or a month's name
        reading = read_date_at(text, m.start())
        if reading is not None and reading.end > year:
            return m.start()
    return None
