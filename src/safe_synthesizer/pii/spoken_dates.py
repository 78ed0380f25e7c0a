"""Dates read out in words (``thirty-first of May nineteen eighty-seven``), read by the number grammar, not a list.

Why: a text-to-speech export, a call transcript or a dictated note writes a birth date as it is spoken: an ordinal
day in words, a month's name and a year read in pairs or whole (``fourteenth of April twenty sixteen``, ``sixth of
February two thousand and four``, ``May the first, nineteen fifty-four``). The date reader reads fields of digits
and month words, so such a date was published as written in notes and cells. Here the three fields are read by
:mod:`spoken_numbers` (ordinals 1-31, years 1800-2199 in any reading of the grammar), joined as dates are joined
(``of``, ``the``, a comma, spaces), in the two orders English speaks a date (day of month, month day), and a digit
field may stand beside a spoken one (``second of April 1998``, ``April 2nd, nineteen ninety-eight``). A run of
number words without a month (``twenty minutes``, ``first of the month``) is no date: the month word is required,
and the year must read whole (``May twenty people`` stops at ``twenty``, no year).

:func:`read_spoken_date_at` is a fallback reader of :func:`date_reader.read_date_at` (so the column readers, the
note readers and the fake shifter read these dates); its reading writes a fake back in words in the same style
(hyphens, ``and``, pairs or whole, case, joining words).

Example::

    r = read_spoken_date_at("born on thirty-first of May nineteen eighty-seven.", 8)
    r.date  # datetime.date(1987, 5, 31)
    r.write(date(1990, 2, 3))  # 'third of February nineteen ninety'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from safe_synthesizer.pii.date_reader import DateReading, MonthWord, month_of_word
from safe_synthesizer.pii.spoken_numbers import (
    number_word,
    read_ordinal_words,
    read_year_words,
    write_ordinal,
    write_year,
)

MIN_YEAR, MAX_YEAR = 1800, 2199
# The most words a spoken year takes (``one thousand nine hundred and eighty seven``).
MAX_YEAR_WORDS = 7
_TOKEN = re.compile(r"(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)|(?P<num>\d{1,4})(?P<ord>st|nd|rd|th)?(?![\w])", re.I)
_GAP = re.compile(r"[ \t]*,?[ \t]+|[ \t]*,[ \t]*")
_JOINERS = frozenset({"of", "the"})
# A cheap gate: a spoken ordinal or a pair/whole year's word must be in the text at all.
_SPOKEN = re.compile(
    r"(?i)(?<![^\W\d_])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"teenth|twentieth|thirtieth|eighteen|nineteen|twenty|thousand)"
)


@dataclass(frozen=True)
class SpokenDateReading(DateReading):
    """A :class:`DateReading` of a date read out in words; ``parts`` are the literal glue (``str``) and the fields
    (``("D", case, joint, suffix)``: a day, in words when ``suffix`` is None, else digits with that ordinal ending;
    ``("W", MonthWord)``; ``("Y", case, YearStyle | None)``: a year, in digits when the style is None). ``lead`` is
    empty: it marks a reading with its own writer for the readers that add a time after it."""

    parts: tuple = ()
    lead: str = ""

    def write(self, new: date) -> str:
        """``new`` written in this reading's words and style.

        Example::

            read_spoken_date_at("fourteenth of April twenty sixteen").write(date(2015, 3, 1))
            # 'first of March twenty fifteen'
        """
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
            elif part[0] == "D":
                _, case, joint, suffix = part
                out.append(_cased(write_ordinal(new.day, joint), case) if suffix is None else _digits_day(new, suffix))
            elif part[0] == "W":
                out.append(DateReading(new, (part,), "", False, 0).write(new))
            else:
                _, case, style = part
                out.append(str(new.year) if style is None else _cased(write_year(new.year, style), case))
        return "".join(out)


def _digits_day(new: date, suffix: str) -> str:
    if not suffix:
        return str(new.day)
    end = "th" if 10 <= new.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(new.day % 10, "th")
    return str(new.day) + (end.upper() if suffix.isupper() else end)


def _case(text: str) -> str:
    letters = [w for w in re.split(r"[\s\-]+", text) if w]
    if len(text) > 1 and text.isupper():
        return "upper"
    if letters and all(w[:1].isupper() for w in letters):
        return "title" if len(letters) > 1 else "first"
    return "first" if text[:1].isupper() else "lower"


def _cased(text: str, case: str) -> str:
    if case == "upper":
        return text.upper()
    if case == "title":
        return re.sub(r"(?<![^\s\-])([^\W\d_])", lambda m: m.group(1).upper(), text)
    if case == "first":
        return text[:1].upper() + text[1:]
    return text


def _tokens(text: str, start: int, limit: int = 14) -> list[tuple[str, int, int, str]]:
    """(kind ``w``/``n``, start, end, ordinal ending) of the words and numbers from ``start``, each after one gap."""
    out: list[tuple[str, int, int, str]] = []
    pos = start
    while len(out) < limit:
        if out:
            gap = _GAP.match(text, pos)
            if gap is None or gap.end() == pos:
                break
            pos = gap.end()
        m = _TOKEN.match(text, pos)
        if m is None:
            break
        out.append(("w" if m.group("word") else "n", m.start(), m.end(), m.group("ord") or ""))
        pos = m.end()
    return out


def _day(text: str, tokens: list, i: int) -> tuple[int, int, tuple] | None:
    """(day, next token, part) of a day at ``tokens[i]``: an ordinal in one or two words, or digits."""
    if i >= len(tokens):
        return None
    kind, a, b, suffix = tokens[i]
    if kind == "n":
        value = int(text[a : b - len(suffix)])
        return (value, i + 1, ("D", "", "", suffix)) if 1 <= value <= 31 and b - a - len(suffix) <= 2 else None
    for n in (2, 1):
        if i + n > len(tokens) or any(t[0] != "w" for t in tokens[i : i + n]):
            continue
        if n == 2 and text[tokens[i][2] : tokens[i + 1][1]] != " ":
            continue
        words = [text[t[1] : t[2]] for t in tokens[i : i + n]]
        value = read_ordinal_words(words)
        if value is not None and 1 <= value <= 31:
            written = text[a : tokens[i + n - 1][2]]
            joint = " " if n == 2 else "-"
            return value, i + n, ("D", _case(written), joint, None)
    return None


def _year(text: str, tokens: list, i: int) -> tuple[int, int, tuple] | None:
    """(year, next token, part) of a year at ``tokens[i]``: four digits, or the longest run of number words that
    reads whole as a year, when no further number word follows it."""
    if i >= len(tokens):
        return None
    kind, a, b, suffix = tokens[i]
    if kind == "n":
        ok = b - a == 4 and not suffix and MIN_YEAR <= int(text[a:b]) <= MAX_YEAR
        return (int(text[a:b]), i + 1, ("Y", "", None)) if ok else None
    run = i
    while run < len(tokens) and run - i < MAX_YEAR_WORDS and tokens[run][0] == "w":
        if run > i and text[tokens[run - 1][2] : tokens[run][1]] != " ":
            break  # a year is read out without commas
        word = text[tokens[run][1] : tokens[run][2]]
        if not (number_word(word) or word.casefold() == "and"):
            break
        run += 1
    for end in range(run, i, -1):
        words = [text[t[1] : t[2]] for t in tokens[i:end]]
        found = read_year_words(words)
        if found is None:
            continue
        if end < run and words[-1].casefold() != "and" and text[tokens[end][1] : tokens[end][2]].casefold() != "and":
            return None  # more number words after the year: a longer number, not this date's year
        year, style = found
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        return year, end, ("Y", _case(text[a : tokens[end - 1][2]]), style)
    return None


def _joiners(text: str, tokens: list, i: int, allowed: frozenset[str]) -> int:
    """The index after the joining words (``of``, ``the``) at ``tokens[i]``."""
    while i < len(tokens) and tokens[i][0] == "w" and text[tokens[i][1] : tokens[i][2]].casefold() in allowed:
        i += 1
    return i


def _month(text: str, tokens: list, i: int) -> tuple[int, MonthWord] | None:
    if i >= len(tokens) or tokens[i][0] != "w":
        return None
    found = month_of_word(text[tokens[i][1] : tokens[i][2]], "en")
    # English month names whole: the grammar of the days and years around them is English.
    return found if found is not None and found[1].language == "en" and found[1].cut == 0 else None


def read_spoken_date_at(
    text: str, start: int = 0, language: str | None = None, day_first: bool | None = None
) -> SpokenDateReading | None:
    """The date read out in words at ``text[start:]`` (day of month or month day, then the year; at least one of
    day and year in words), or None. ``language`` and ``day_first`` are the fallback readers' signature (the
    grammar is English; a month word is never ambiguous).

    Example::

        read_spoken_date_at("sixth of February two thousand and four").date  # datetime.date(2004, 2, 6)
    """
    if not _SPOKEN.search(text, start, start + 120):
        return None
    if start > 0 and text[start - 1] == "-" and text[start - 2 : start - 1].isalpha():
        return None  # ``first`` inside ``twenty-first``: the date starts at the compound
    tokens = _tokens(text, start)
    if not tokens or tokens[0][1] != start:
        return None
    for month_first in (False, True):
        reading = _read(text, tokens, month_first)
        if reading is not None:
            return reading
    return None


def _read(text: str, tokens: list, month_first: bool) -> SpokenDateReading | None:
    fields: list[tuple[int, int, tuple]] = []  # (token start, token end, part)
    i = _joiners(text, tokens, 0, frozenset({"the"}))
    if month_first:
        month = _month(text, tokens, i)
        if month is None:
            return None
        fields.append((i, i + 1, ("W", month[1])))
        i = _joiners(text, tokens, i + 1, frozenset({"the"}))
        day = _day(text, tokens, i)
        if day is None:
            return None
        fields.append((i, day[1], day[2]))
        i = day[1]
    else:
        day = _day(text, tokens, i)
        if day is None:
            return None
        fields.append((i, day[1], day[2]))
        i = _joiners(text, tokens, day[1], _JOINERS)
        month = _month(text, tokens, i)
        if month is None:
            return None
        fields.append((i, i + 1, ("W", month[1])))
        i += 1
    year = _year(text, tokens, i)
    if year is None:
        return None
    fields.append((i, year[1], year[2]))
    if day[2][3] is not None and year[2][2] is None:
        return None  # digits only: the date reader's
    try:
        found = date(year[0], month[0], day[0])
    except ValueError:
        return None
    parts: list = []
    pos = tokens[0][1]
    for first, last, part in fields:
        parts += [text[pos : tokens[first][1]], part]
        pos = tokens[last - 1][2]
    order = "MDY" if month_first else "DMY"
    pieces = (("D", 1, ""), ("M", 1), ("Y", 4)) if not month_first else (("M", 1), ("D", 1, ""), ("Y", 4))
    return SpokenDateReading(found, pieces, order, False, pos, parts=tuple(p for p in parts if p != ""))


def read_spoken_date(
    value: str, language: str | None = None, day_first: bool | None = None
) -> SpokenDateReading | None:
    """The date of a whole cell read out in words (spaces around it and a closing dot allowed), else None.

    Example::

        read_spoken_date("second of April nineteen ninety-eight").date  # datetime.date(1998, 4, 2)
    """
    text = value.strip()
    reading = read_spoken_date_at(text, 0, language, day_first)
    return reading if reading is not None and text[reading.end :].strip(". ") == "" else None
