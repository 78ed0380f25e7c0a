"""Birth dates read out in words in notes, after a birth cue (``born on thirty-first of May nineteen eighty-seven``).

Why: the cued birth-date readers of notes gate on a four-digit year (a date in digits), so a dictated or
text-to-speech note (``DOB: twelfth of April nineteen seventy-eight``, ``born on sixth of February two thousand and
four``) was published as written. Here the date is read by :mod:`spoken_dates` (the number grammar of
:mod:`spoken_numbers`), found from its month word, and taken as a birth date only after the caller's birth cue
(``born``, ``DOB``, ``date of birth``...) with at most three short filler words between (``born on the``), and
only when it is a birth date's: not after today, within a life span. Spoken numbers without a month (``twenty
minutes``, ``first of the month``) and spoken dates without a birth cue (a booking ``on the first of May twenty
twenty-six``) are not taken.

Example::

    spoken_birth_spans("Kerry (born on first of December nineteen fifty-four) moved", "born")
    # [(15, 52, 'date_of_birth')]
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.spoken_dates import read_spoken_date_at

MAX_AGE = 120
# How far before its month word a spoken date may start (``twenty-seventh of September``), and a cue before it.
DATE_BEFORE_MONTH = 32
CUE_WINDOW = 60
_MONTH = re.compile(
    r"(?i)(?<![^\W\d_])(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?![^\W\d_])"
)
_WORD_START = re.compile(r"(?<![^\W\d_])[^\W_]")
# Between the cue and the date: punctuation, then up to three short words (``on``, ``on the``, ``is``).
_BETWEEN = re.compile(r"[\s:,\-(\[]*(?:[^\W\d_]{1,8}\.?[\s:,\-]+){0,3}")


@lru_cache(maxsize=4)
def _cue_pattern(cue: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{cue})(?:(?<=[.)\u3000-\u9fff])|(?!\w))")


def _spoken_at(text: str, month: int) -> tuple[int, int, date] | None:
    """(start, end, date) of a spoken date around the month word at ``month``, or None."""
    for m in _WORD_START.finditer(text, max(0, month - DATE_BEFORE_MONTH), month + 1):
        reading = read_spoken_date_at(text, m.start())
        if reading is not None and reading.end > month:
            return m.start(), reading.end, reading.date
    return None


def spoken_birth_spans(text: str, cue: str, today: date | None = None) -> list[tuple[int, int, str]]:
    """Birth dates read out in words after the birth ``cue`` (the caller's regex); ``(start, end, DATE_OF_BIRTH)``
    each.

    Example::

        spoken_birth_spans("DOB: twelfth of April nineteen seventy-eight, ID", "dob")  # [(5, 44, 'date_of_birth')]
    """
    months = [m.start() for m in _MONTH.finditer(text)]
    if not months:
        return []
    today = today or date.today()
    out: list[tuple[int, int, str]] = []
    pattern = _cue_pattern(cue)
    for month in months:
        found = _spoken_at(text, month)
        if found is None or any(a <= found[0] < b for a, b, _ in out):
            continue
        start, end, born = found
        if born > today or born.year < today.year - MAX_AGE:
            continue
        for cue_match in pattern.finditer(text, max(0, start - CUE_WINDOW), start):
            if _BETWEEN.fullmatch(text, cue_match.end(), start) is not None:
                out.append((start, end, E.DATE_OF_BIRTH))
                break
    return out
