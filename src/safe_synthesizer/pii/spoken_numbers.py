"""Numbers read out in words: one grammar of cardinals, ordinals and years, read and written back.

Why: text-to-speech output, transcripts and dictated notes write a date as it is spoken (``thirty-first of May
nineteen eighty-seven``, ``fourteenth of April twenty sixteen``, ``sixth of February two thousand and four``). A
list of such phrases reads the set it was made from; the notation underneath is small and closed: a number word
is a unit (``one`` .. ``nineteen``), a ten (``twenty`` .. ``ninety``) or a compound of both (``ninety-eight``,
``ninety eight``), an ordinal swaps the last word for its ordinal (``twenty-first``), and a year is read either in
PAIRS of two-digit numbers (``nineteen eighty-seven``, ``twenty twenty-one``, ``nineteen oh five``, ``nineteen
hundred``) or WHOLE (``two thousand and four``, ``one thousand nine hundred and eighty-seven``). This module holds
that grammar once, per language as data (:data:`GRAMMARS`, English first; no number-words package is installed),
so the date reader, the column readers and the note readers all read the same numbers, and the fakes are written
back in the same style (hyphen or space in compounds, ``and`` or not, pairs or whole, case).

Example::

    read_year_words(["nineteen", "eighty-seven"])  # (1987, YearStyle(pairs=True, joint='-', and_word=False))
    write_year(2004, YearStyle(pairs=True, joint="-", and_word=True))  # 'two thousand and four'
    read_ordinal_words(["thirty-first"])  # 31
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Grammar:
    """One language's number words: ``units`` 0-19, ``tens`` 20-90 (index 2-9), their ordinals, the words for a
    hundred, a thousand, ``and``, and the ``oh`` a year's pair uses for a leading zero."""

    units: tuple[str, ...]
    tens: tuple[str, ...]
    ordinal_units: tuple[str, ...]
    ordinal_tens: tuple[str, ...]
    hundred: str
    thousand: str
    and_word: str
    zeros: tuple[str, ...]


GRAMMARS: dict[str, Grammar] = {
    "en": Grammar(
        units=(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ),
        tens=("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
        ordinal_units=(
            "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth",
        ),
        ordinal_tens=("", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                      "eightieth", "ninetieth"),
        hundred="hundred",
        thousand="thousand",
        and_word="and",
        zeros=("oh", "o", "zero", "aught", "nought"),
    ),
}  # fmt: skip


@dataclass(frozen=True)
class YearStyle:
    """How a year was read out: in ``pairs`` (``nineteen eighty-seven``) or whole (``two thousand and four``), the
    ``joint`` of a compound (``-`` or a space) and whether ``and`` was said before the last pair."""

    pairs: bool
    joint: str
    and_word: bool


def _split(words: list[str]) -> list[str]:
    """The words with compounds cut at their hyphens (``ninety-eight`` -> ``ninety``, ``eight``), lower case."""
    out: list[str] = []
    for word in words:
        out += [w for w in word.casefold().split("-") if w]
    return out


def _below_hundred(parts: list[str], i: int, g: Grammar) -> tuple[int, int] | None:
    """(value 1-99, next index) of the cardinal at ``parts[i]``, or None."""
    if i >= len(parts):
        return None
    word = parts[i]
    if word in g.tens[2:]:
        value = g.tens.index(word) * 10
        if i + 1 < len(parts) and parts[i + 1] in g.units[1:10]:
            return value + g.units.index(parts[i + 1]), i + 2
        return value, i + 1
    if word in g.units[1:]:
        return g.units.index(word), i + 1
    return None


def read_cardinal_words(words: list[str], language: str = "en") -> int | None:
    """The value (1-99) of ``words`` read whole as one cardinal (``ninety-eight``, ``ninety eight``), else None."""
    g, parts = GRAMMARS[language], _split(words)
    found = _below_hundred(parts, 0, g)
    return found[0] if found is not None and found[1] == len(parts) else None


def read_ordinal_words(words: list[str], language: str = "en") -> int | None:
    """The value (1-99) of ``words`` read whole as one ordinal (``first``, ``twenty-first``, ``twenty first``,
    ``thirtieth``), else None."""
    g, parts = GRAMMARS[language], _split(words)
    if not parts or len(parts) > 2:
        return None
    last = parts[-1]
    if len(parts) == 2:
        if parts[0] not in g.tens[2:] or last not in g.ordinal_units[1:10]:
            return None
        return g.tens.index(parts[0]) * 10 + g.ordinal_units.index(last)
    if last in g.ordinal_units[1:]:
        return g.ordinal_units.index(last)
    if last in g.ordinal_tens[2:]:
        return g.ordinal_tens.index(last) * 10
    return None


def read_year_words(words: list[str], language: str = "en") -> tuple[int, YearStyle] | None:
    """The year ``words`` read whole say (in pairs, with ``hundred``, or whole with ``thousand``) and how it was
    said, else None. Only years a date's reader wants: 1000-2999.

    Example::

        read_year_words(["two", "thousand", "and", "seven"])[0]  # 2007
    """
    g, parts = GRAMMARS[language], _split(words)
    # A compound written with a space (``ninety eight``) is written back so; a hyphen otherwise (``twenty sixteen``
    # shows none, and a fake of 2021 is then ``twenty twenty-one``).
    low = [w.casefold() for w in words]
    spaced = any(a in g.tens[2:] and b in g.units[1:10] for a, b in pairwise(low))
    joint = " " if spaced else "-"
    said_and = g.and_word in parts
    parts = [p for p in parts if p != g.and_word]
    if said_and and (not parts or words[-1].casefold() == g.and_word):
        return None
    if len(parts) >= 2 and parts[1] == g.thousand and parts[0] in g.units[1:3]:
        value, i = g.units.index(parts[0]) * 1000, 2
        if i + 1 < len(parts) and parts[i + 1] == g.hundred and parts[i] in g.units[1:10]:
            value, i = value + g.units.index(parts[i]) * 100, i + 2
        if i < len(parts):
            rest = _below_hundred(parts, i, g)
            if rest is None or rest[1] != len(parts):
                return None
            value += rest[0]
        return value, YearStyle(False, joint, said_and)
    high = _below_hundred(parts, 0, g)
    if high is None or not 10 <= high[0] <= 29:
        return None
    i = high[1]
    if i < len(parts) and parts[i] == g.hundred:  # ``nineteen hundred``, ``nineteen hundred and five``
        if i + 1 == len(parts):
            return high[0] * 100, YearStyle(True, joint, said_and)
        rest = _below_hundred(parts, i + 1, g)
        if rest is None or rest[1] != len(parts) or not said_and:
            return None
        return high[0] * 100 + rest[0], YearStyle(True, joint, said_and)
    if said_and:
        return None
    if i + 2 == len(parts) and parts[i] in g.zeros and parts[i + 1] in g.units[1:10]:
        return high[0] * 100 + g.units.index(parts[i + 1]), YearStyle(True, joint, False)  # ``nineteen oh five``
    low = _below_hundred(parts, i, g)
    if low is None or low[1] != len(parts) or low[0] < 10:
        return None
    return high[0] * 100 + low[0], YearStyle(True, joint, False)


def write_cardinal(value: int, joint: str = "-", language: str = "en") -> str:
    """``value`` (0-99) in words (``98`` -> ``ninety-eight``)."""
    g = GRAMMARS[language]
    if value < 20:
        return g.units[value]
    tens, unit = divmod(value, 10)
    return g.tens[tens] + (joint + g.units[unit] if unit else "")


def write_ordinal(value: int, joint: str = "-", language: str = "en") -> str:
    """``value`` (1-99) as an ordinal in words (``21`` -> ``twenty-first``)."""
    g = GRAMMARS[language]
    if value < 20:
        return g.ordinal_units[value]
    tens, unit = divmod(value, 10)
    return g.tens[tens] + joint + g.ordinal_units[unit] if unit else g.ordinal_tens[tens]


def write_year(year: int, style: YearStyle, language: str = "en") -> str:
    """``year`` read out in ``style``: in pairs where a pair reads (``1987`` -> ``nineteen eighty-seven``), whole
    with ``thousand`` where the style says so or the year has no pair reading people use (``2004`` -> ``two
    thousand and four``).

    Example::

        write_year(2016, YearStyle(True, " ", False))  # 'twenty sixteen'
    """
    g = GRAMMARS[language]
    high, low = divmod(year, 100)
    # ``2004`` has no pair reading people use (``twenty oh four`` is rare); ``one thousand nine hundred ...`` is
    # seldom said, so a year before 2000 is read in pairs whatever the style.
    whole = year >= 2000 and (not style.pairs or year % 1000 < 10)
    if whole:
        thousands, rest = divmod(year, 1000)
        out = [g.units[thousands], g.thousand]
        hundreds, rest = divmod(rest, 100)
        if hundreds:
            out += [g.units[hundreds], g.hundred]
        if rest:
            out += ([g.and_word] if style.and_word else []) + [write_cardinal(rest, style.joint, language)]
        return " ".join(out)
    if low == 0:
        return f"{write_cardinal(high, style.joint, language)} {g.hundred}"
    if low < 10:
        return f"{write_cardinal(high, style.joint, language)} {g.zeros[0]} {g.units[low]}"
    return f"{write_cardinal(high, style.joint, language)} {write_cardinal(low, style.joint, language)}"


def number_word(word: str, language: str = "en") -> bool:
    """Whether ``word`` (a compound cut at its hyphens) is made of number words of ``language`` only."""
    g = GRAMMARS[language]
    known = {*g.units, *g.tens[2:], *g.ordinal_units, *g.ordinal_tens[2:], g.hundred, g.thousand, *g.zeros}
    parts = word.casefold().split("-")
    return bool(parts) and all(p in known for p in parts)
