"""Birth dates of a mixed population (children and adults in one column) and birth dates a sheet stored as Excel
day numbers.

Why: the value tests of :func:`~safe_synthesizer.pii.column_dates.birth_date_evidence` know two populations: adults
(spread over decades, median age 25 or more) and children or young people (all 2-25 years back). A riding school's
lesson book, a brass band's register or a judo club holds both, the children with a parent: born 1940-1990 and
2010-2022 in one column, median age about 15. Such a column failed both tests and was published as written. What
tells it from a log of events is the same as for the others, read on the whole population: every date within a
life span (none ahead), both generations present (a share of adults :data:`MIN_ADULT_AGE` years or older and a
share of children under :data:`MAX_CHILD_AGE`), few dates in the last :data:`RECENT_YEARS` years (events run up to
the export; a mixed register's youngest are a few years old), the dates over most months of the year and no
working-day pattern (bookings, hires and visits fall on working days).

A spreadsheet that stored some birth dates as dates writes them back as day numbers since 1899-12-30 (``43104`` is
2018-01-04) beside the dates it kept as text. A number is also a count, an amount or an id, so a day number is read
as a date only where the column says birth date by its name (:func:`serials_as_dates` with ``cued``), or by its
other cells: at least :data:`MIN_TEXT_DATES_BESIDE` of them are dates in other layouts. Either way the number must
fall within a life span back from today (:func:`serial_date`: 1916 to today); the spread tests then run on all the
dates. A fake keeps the layout: a day number stays a day number (:func:`shift_serial_date`).

Example::

    mixed_birth_evidence([date(1975, 5, 14), date(2016, 7, 2), ...], date(2026, 10, 1))
    # (True, "mixed: 42% adults (25+), 51% children (under 18), 0% in the last 2 years, 12 months")
    serials_as_dates(sample, cued=True).values  # ['2018-01-04', '2015-05-19', ...]
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

import numpy as np
import pandas as pd

from safe_synthesizer.pii.column_dates import MAX_AGE, few_weekends, string_dates
from safe_synthesizer.pii.column_sample import ValueSample

# Excel stores a date as the days since 1899-12-30.
EXCEL_EPOCH = date(1899, 12, 30)
# A mixed register: a share of its people this old or older (parents, adult riders) ...
MIN_ADULT_AGE = 25
MIN_ADULT_SHARE = 0.1
# ... and a share younger than this (their children).
MAX_CHILD_AGE = 18
MIN_CHILD_SHARE = 0.1
# ... and at least this many of each (one old date among children's is a typo or a staff member's).
MIN_EACH = 2
# Dates this recent are few in a register of people (its youngest are a few years old); events run up to the export.
RECENT_YEARS = 2
MAX_RECENT_SHARE = 0.05
# Months of the year the dates fall in, per 20 dates (15 birthdays fall in 8-9 months on average).
MIN_MONTHS = 8
MONTHS_PER = 20
# Share of a column's other cells that must be dates (any layout) before its day numbers count as dates by values.
MIN_TEXT_DATES_BESIDE = 0.4
MIXED_MARK = "mixed: birth dates of children and adults"

# ``43104``, ``43104.0``: a whole number of days, as a sheet writes a date cell read as a number.
_SERIAL = re.compile(r"^\d{4,5}(?:\.0+)?$")


def serial_date(value: str, today: date | None = None) -> date | None:
    """The date of an Excel day number (``43104`` -> 2018-01-04) when it falls within a life span back from
    ``today`` (0 to :data:`MAX_AGE` years), else None: smaller numbers are counts or years, larger ones ids."""
    text = value.strip()
    if not _SERIAL.match(text):
        return None
    today = today or date.today()
    day = EXCEL_EPOCH + timedelta(days=int(float(text)))
    return day if today.year - MAX_AGE <= day.year and day <= today else None


def shift_serial_date(value: str, days: int, today: date | None = None) -> str | None:
    """An Excel day number moved by ``days``, written as the cell was (``43104`` -> ``43111``, ``43104.0`` ->
    ``43111.0``); None when ``value`` is no day number of a life span."""
    if serial_date(value, today) is None:
        return None
    text = value.strip()
    whole, dot, tail = text.partition(".")
    return f"{int(whole) + days}{dot}{tail}"


def serials_as_dates(
    sample: ValueSample, cued: bool, today: date | None = None, is_date: Callable[[str], bool] | None = None
) -> ValueSample:
    """``sample`` with its Excel day numbers rewritten ``YYYY-MM-DD``, when the column says birth date by its name
    (``cued``) or by its other cells (:data:`MIN_TEXT_DATES_BESIDE` of them dates in any layout, ``is_date``
    deciding); else ``sample`` as it is."""
    serials = {v: d for v in sample.values if (d := serial_date(v, today)) is not None}
    if not serials:
        return sample
    if not cued:
        rest = [v for v in sample.values if v not in serials]
        if is_date is None or not rest or sum(map(is_date, rest)) < MIN_TEXT_DATES_BESIDE * len(rest):
            return sample
    values = [serials[v].isoformat() if v in serials else v for v in sample.values]
    return ValueSample(values, sample.counts, sample.n_distinct)


def mixed_birth_evidence(dates: Sequence[date], today: date, min_distinct: int = 20) -> tuple[bool, str]:
    """Whether distinct ``dates`` are the birth dates of a mixed population (children and adults), and why.

    ``min_distinct``: the distinct dates needed (the caller's: 20 by values alone, fewer when the table's other
    columns hold people). The tests: all within a life span, none ahead; adults and children both present; few in
    the last :data:`RECENT_YEARS` years; most months of the year; no working-day pattern."""
    days = sorted(set(dates))
    n = len(days)
    if n < min_distinct or n == 0:
        return False, f"mixed: {n} distinct dates"
    ages = np.asarray([(today - d).days / 365.25 for d in days])
    if float(np.mean((ages >= 0) & (ages <= MAX_AGE))) < 1.0:
        return False, "mixed: dates outside a life span"
    adults = float(np.mean(ages >= MIN_ADULT_AGE))
    children = float(np.mean(ages < MAX_CHILD_AGE))
    recent = float(np.mean(ages < RECENT_YEARS))
    months = len({d.month for d in days})
    why = (
        f"{MIXED_MARK}: {round(100 * adults)}% adults ({MIN_ADULT_AGE}+), {round(100 * children)}% children "
        f"(under {MAX_CHILD_AGE}), {round(100 * recent)}% in the last {RECENT_YEARS} years, {months} months"
    )
    if adults < MIN_ADULT_SHARE or children < MIN_CHILD_SHARE or min(adults, children) * n < MIN_EACH:
        return False, why + " (not both generations)"
    if recent > MAX_RECENT_SHARE and n * recent > 1:
        return False, why + " (events up to the export)"
    if months < math.ceil(MIN_MONTHS * min(n, MONTHS_PER) / MONTHS_PER):
        return False, why + " (too few months)"
    weekends = sum(d.weekday() >= 5 for d in days)
    if few_weekends(weekends, n):
        return False, why + f", {round(100 * weekends / n)}% on weekends (working-day events)"
    return True, why


def cued_serial_births(numbers: Sequence[str], today: date | None = None) -> tuple[bool, str]:
    """Whether a column named for birth dates and typed as numbers holds Excel day numbers: every number one of a
    life span (:func:`serial_date`). Ages (under 111) and years (``1985`` is a day of 1905) are none; the name
    says the rest, however few the dates (a youth band's three players of fifty)."""
    if not numbers:
        return False, "no numbers"
    dated = [serial_date(v, today) for v in numbers]
    if not all(dated):
        return False, "numbers outside a life span of Excel day numbers"
    return True, f"Excel day numbers of {min(dated).year}-{max(dated).year} under a birth-date name"  # type: ignore[type-var]


# ``05.06.37``, ``12/12/20``: a date whose year has two digits (a birth date is read in the past).
_TWO_DIGIT_YEAR = re.compile(r"^(\s*\d{1,2}(\D+)\d{1,2}\2)(\d{2})\s*$")


def value_dates(values: Sequence[str], today: date) -> list[date]:
    """The dates of string cells as column_dates reads them (one day-month order for the column), a two-digit year
    read in the past first (``05.06.37`` is 1937 in a register of people, not 2037; ``24.02.21`` is 2021)."""
    return string_dates([_full_year(v, today) for v in values])


def _full_year(value: str, today: date) -> str:
    """``05.06.37`` -> ``05.06.1937``, ``24.02.21`` -> ``24.02.2021`` (the latest year not ahead of ``today``);
    other cells as they are."""
    m = _TWO_DIGIT_YEAR.match(value)
    if m is None:
        return value
    year = today.year // 100 * 100 + int(m.group(3))
    return f"{m.group(1)}{year if year <= today.year else year - 100}"


def population_dates(values: pd.Series, today: date) -> list[date]:
    """The dates of a would-be birth-date column's distinct ``values`` (datetimes, or strings in the layouts
    column_dates reads, two-digit years in the past), for :func:`mixed_birth_evidence`."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return [d.date() for d in pd.to_datetime(values).dropna()]
    return value_dates([str(v).strip() for v in values], today)
