"""Birth dates in notes written run together or with an apostrophe year, after a birth cue (``d.o.b. 01282019``,
``born Feb 7 '18``, ``DOB 29 Oct '43``, ``b. Aug 18 '13``).

Why: a note typed fast writes the child's birth date as the form's field was filled (``01282019``, ``18102015``)
or as said (``Feb 7 '18``). The cued birth-date rule reads dates with separators and four-digit years (and
year-first compact ``19580316``) only, so such a date after ``DOB`` was kept in the published note. The short
``b.`` (born) of English registers and cards was no cue at all.

Read here: the caller's birth cue (``text_patterns._DOB_CUE``: ``born``, ``DOB``, ``d.o.b.``, ``geb.``, ``né(e)
le``, ``nacido el``...), up to three short filler words (``born on the``), then a date in one of the two layouts
(:mod:`run_together_dates`, :mod:`apostrophe_year_dates`) that is a real date not after today; or ``b.`` right
before such a date or before a full date of the caller's (``b. 12/03/2015``): ``b.`` alone abbreviates too much
else to take filler words. Events (``booked for 12 Mar '26``) have no birth cue and are left alone.

Example::

    short_layout_dob_spans("Lydia Martinez, d.o.b. 01282019, needs age 9-10", CUE, DATE)  # [(23, 31, 'date_of_birth')]
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.apostrophe_year_dates import TEXT_DATE as APOSTROPHE_DATE
from safe_synthesizer.pii.apostrophe_year_dates import apostrophe_date
from safe_synthesizer.pii.run_together_dates import run_together_date

# A cheap gate: an apostrophe year or eight digits alone, or ``b.`` before a digit or a word.
_GATE = re.compile(r"['\u2019\u2018]\d\d(?!\w)|(?<!\d)\d{8}(?!\d)|(?<![\w.])[bB]\.[ \t]")
_RUN = r"(?<!\d)\d{8}(?!\d)"
_SHORT = rf"(?:{APOSTROPHE_DATE}|{_RUN})"
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@lru_cache(maxsize=4)
def _patterns(cue: str, date_regex: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    cued = re.compile(
        rf"(?i)(?<!\w)(?:{cue})(?:(?<=[.)])|(?!\w))[\s:,\-]*(?:[^\W\d_]{{1,8}}\.?[\s:,\-]+){{0,3}}?"
        rf"[\s:,\-]*(?P<date>{_SHORT})(?![\w'])"
    )
    # ``b.`` (born) only right before a date: no filler words.
    short_b = re.compile(rf"(?<![\w.])[bB]\.[ \t]*(?P<date>{_SHORT}|{date_regex})(?![\w'/.\-]\d|\w)")
    return cued, short_b


def _short_date(value: str, today: date) -> date | None:
    """The date of an apostrophe-year or run-together ``value``, else None."""
    return apostrophe_date(value) or run_together_date(value, today=today)


def _real(value: str, today: date) -> bool:
    d = _short_date(value, today)
    return d is not None and d <= today


def _before_this_year(value: str, today: date) -> bool:
    """A date after a bare ``b.``: real, of a year before this one (a date of this year there is more often a
    plan's, ``Plan b. 12/03/2026``, than a baby's)."""
    d = _short_date(value, today)
    if d is not None:
        return d.year < today.year
    years = _YEAR4.findall(value)
    return bool(years) and 1900 <= int(years[0]) < today.year


def short_layout_dob_spans(
    text: str, cue: str, date_regex: str, today: date | None = None
) -> list[tuple[int, int, str]]:
    """Birth dates of ``text`` in a run-together or apostrophe-year layout after the birth ``cue`` (the caller's
    regex), or any full date (``date_regex``, the caller's) right after ``b.``; ``(start, end,
    DATE_OF_BIRTH)`` each."""
    if not _GATE.search(text):
        return []
    today = today or date.today()
    cued, short_b = _patterns(cue, date_regex)
    out: list[tuple[int, int, str]] = []
    for m in cued.finditer(text):
        if _real(m.group("date"), today):
            out.append((m.start("date"), m.end("date"), E.DATE_OF_BIRTH))
    for m in short_b.finditer(text):
        span = (m.start("date"), m.end("date"), E.DATE_OF_BIRTH)
        if span not in out and _before_this_year(m.group("date"), today):
            out.append(span)
    return out
