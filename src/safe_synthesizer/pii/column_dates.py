"""Date-of-birth columns from their values alone (the column name hidden or unhelpful).

Why: exports call the column ``c002``, ``Geb.`` or ``born`` as often as ``date_of_birth``, and a
birth date is a quasi-identifier. Event dates (appointments, orders, sign-ups, leases) are told
apart by their spread: birth dates of a population are day-precise, all in the past, within a
human life span (0-110 years), spread over decades (10th to 90th percentile at least
:data:`MIN_SPREAD_YEARS` apart) and mostly of adults (median age at least :data:`MIN_MEDIAN_AGE`);
event dates cluster within a few recent years, and historical records (a baseball debut in 1871)
fall outside a life span. Hire dates spread over decades are young (median a few years ago) and,
like admissions and lease starts, fall on working days: birth dates fall on weekends about 2 days
in 7, so a column with under :data:`MIN_WEEKEND_SHARE` weekend dates is events, when so few weekends are
also unlikely for birth dates (probability under :data:`MAX_WEEKEND_CHANCE`): two weekends among 24 birth
dates happen by chance (1.7%), none among 24 or 3 among 40 hardly (0.03%, 0.1%).

Children and young people (pupils, young learners) fail the adult test: born 2008-2020, their dates
span a decade, not two. Their column is told from events by where the dates end and how they spread
(:func:`young_birth_date_evidence`): all of them :data:`MIN_YOUNG_AGE` to :data:`MAX_YOUNG_AGE` years back,
none in the last two years (events run up to the export, or stopped with an archive a year or so ago),
10th to 90th percentile at least :data:`MIN_YOUNG_SPREAD_YEARS` apart (a visit log of the last three years
spans two), over most months of the year, and no working-day pattern.

Example::

    birth_date_evidence(pd.Series(["09/17/1979", "12/30/1955", ...]))
    # (True, "dates of 1931-2004, 10-90% spread 41 years, median age 47")
"""

from __future__ import annotations

import math
import re
from datetime import date

import numpy as np
import pandas as pd

from safe_synthesizer.pii.column_yearless_births import YEARLESS_MARK, marked_birthdays, yearless_birthday
from safe_synthesizer.pii.validators.dates import looks_like_date, parse_date, parse_written_date

MIN_DISTINCT = 20
MIN_DATED_SHARE = 0.95
MIN_SPREAD_YEARS = 20
MIN_MEDIAN_AGE = 25
MIN_WEEKEND_SHARE = 0.12
MAX_WEEKEND_CHANCE = 0.002
MAX_AGE = 110
# Share of a would-be birth-date column's timestamps that may carry a time of day other than midnight.
MAX_TIMED_SHARE = 0.4
# A column with a time of day on more cells (a maternity or registry export's time of birth) needs a wider
# spread of years: logs of events with times span a few years, not a lifetime.
MIN_TIMED_SPREAD_YEARS = 30
MAX_YOUNG_AGE = 25
# The youngest a birth date found by its values alone may be: an export of a log that stopped a year or so ago
# (an archive, a snapshot) must not read as toddlers' birth dates; younger children's columns need their name.
MIN_YOUNG_AGE = 2
MIN_YOUNG_SPREAD_YEARS = 5
MIN_YOUNG_MONTHS = 8
# How the evidence of children's birth dates opens: a small table's pass asks more of them (:mod:`column_few_births`).
YOUNG_MARK = "young: birth dates"
SAMPLE = 500
# A four-digit year of 1800-2099 not glued to other digits, in any layout (``1979-09-17``,
# ``17.09.1979``, ``1979年09月17日``, ``1979.09.17.``).
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_DAY_PRECISE = re.compile(r"^\D*\d{1,4}\D{1,3}\d{1,2}\D{1,3}\d{1,4}\D{0,2}$")


# A dot then a space between numbers of a date: Czech, Slovak, Slovenian and Hungarian write
# ``18. 9. 1969`` and ``1985. 02. 01.`` where others write ``18.9.1969``.
_SPACED_DOT = re.compile(r"(?<=\d)\.\s+(?=\d)")
_SPACED_DATE = re.compile(r"^\d{1,4}\.\s+\d{1,2}\.\s+\d{1,4}\.?$")


def is_written_date(value: str) -> bool:
    """A calendar date, also written with the closing dot of Hungarian and Croatian dates
    (``1993.08.16.``, ``23.01.1988.``: the dot ends the date, it is no other kind of value) or
    with a space after each dot (``18. 9. 1969``, ``1985. 02. 01.``)."""
    value = value.strip()
    if _SPACED_DATE.match(value):
        value = _SPACED_DOT.sub(".", value)
    return looks_like_date(value) or (value.endswith(".") and looks_like_date(value[:-1]))


def string_dates(values: list[str]) -> list[date]:
    """Dates of numeric layouts, day and month read in one order for the whole column: day first
    when any first field exceeds 12 (``17.09.1979``), else month first as :func:`parse_date` reads."""
    fields = [re.split(r"\D+", v.strip()) for v in values]
    day_first = any(len(f) >= 3 and len(f[0]) <= 2 and f[0].isdigit() and int(f[0]) > 12 for f in fields)
    out = []
    for v, f in zip(values, fields, strict=True):
        if day_first and len(f) >= 3 and len(f[0]) <= 2 and all(p.isdigit() for p in f[:3]):
            v = f"{f[2]}-{f[1]}-{f[0]}" if len(f[2]) == 4 else v
        if (d := parse_date(v) or parse_written_date(v)) is not None:
            out.append(d)
    return out


def _weekend_count(values: pd.Series) -> tuple[int, int] | None:
    """(dates on a Saturday or Sunday, dates), or None when the layout does not parse."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        days = values.dropna().dt.day_of_week.to_numpy()
    else:
        days = np.asarray([d.weekday() for d in string_dates(list(values))])
    if len(days) < MIN_DISTINCT or len(days) < 0.5 * len(values):
        return None
    return int(np.sum(days >= 5)), len(days)


def few_weekends(weekends: int, n: int) -> bool:
    """Too few weekend dates for birth dates: under :data:`MIN_WEEKEND_SHARE`, and at most ``weekends`` of
    ``n`` dates falling on one of the 2 days in 7 has a chance under :data:`MAX_WEEKEND_CHANCE` (a small
    sample of birth dates falls short of 2 in 7 by chance: 2 of 24 in 1.7% of samples)."""
    if weekends >= MIN_WEEKEND_SHARE * n:
        return False
    chance = sum(math.comb(n, k) * (2 / 7) ** k * (5 / 7) ** (n - k) for k in range(weekends + 1))
    return chance < MAX_WEEKEND_CHANCE


def _years_of_strings(values: pd.Series) -> np.ndarray | None:
    """Years of day-precise date strings (no time of day), or None when too few are dates. Dates
    written with the month's name (``September 14, 1948``) count: exports mix them with ``03/06/1987``."""
    years = []
    for v in values:
        m = _YEAR.search(v)
        if m is not None and ":" not in v and _DAY_PRECISE.match(v):
            years.append(int(m.group(1)))
        elif (written := parse_written_date(v)) is not None:
            years.append(written.year)
    if len(years) < MIN_DATED_SHARE * len(values):
        return None
    return np.asarray(years)


def _years_of_datetimes(values: pd.Series, max_timed: float = MAX_TIMED_SHARE) -> np.ndarray | None:
    stamps = pd.to_datetime(values, errors="coerce").dropna()
    if len(stamps) < MIN_DATED_SHARE * len(values):
        return None
    # Times of day mark events; a date column typed as timestamps writes midnight on most cells and a
    # time on a few (a form that asked for the time of birth, a shifted export), so a few are allowed.
    if float((stamps != stamps.dt.normalize()).mean()) > max_timed:
        return None
    return stamps.dt.year.to_numpy()


# A date with a two-digit year (``21/08/31``, ``21-Aug-31``): day, month (digits or its name) and year of two digits.
_TWO_DIGIT_YEAR = re.compile(r"^\d{1,2}\D(?:\d{1,2}|[^\W\d_]{3,10}\.?)\D\d{2}$")


def _years_of_loose_strings(values: pd.Series, this_year: int, max_timed: float = MAX_TIMED_SHARE) -> np.ndarray | None:
    """Years of date strings the day-precise pattern does not read, parsed as pandas reads them:
    ``1931-08-21 00:00:00``, ``1931-08-21T00:00:00Z``, ``21-Aug-1931``, ``21/08/31``.

    Why: schema inference types such columns as dates, and the detector hands the strings here; a
    time of day other than midnight still marks events (:func:`_years_of_datetimes`). A two-digit year
    that would lie in the future is of the century before (``31`` is 1931 in a birth date), unless the column's
    two-digit years all fall within a few years (10th to 90th percentile under :data:`MIN_YOUNG_SPREAD_YEARS`)
    around the export: dates to come (``27`` beside ``26`` and ``28``), left in the future.
    """
    fields = [re.split(r"\D+", v) for v in values]
    day_first = any(len(f) >= 3 and f[0].isdigit() and len(f[0]) <= 2 and int(f[0]) > 12 for f in fields)
    stamps = pd.to_datetime(values, errors="coerce", format="mixed", dayfirst=day_first, utc=True)
    stamps = stamps.dt.tz_localize(None)
    if float(stamps.notna().mean()) < MIN_DATED_SHARE:
        return None
    years = _years_of_datetimes(stamps, max_timed)
    if years is None:
        return None
    two_digit = values[stamps.notna()].str.match(_TWO_DIGIT_YEAR).to_numpy()
    future = two_digit & (years > this_year)
    # ``8-2-27``, ``15-9-26``: two-digit years of a few years around the export (a vehicle's next inspection, a
    # card's expiry) are events to come; read a century back they would spread over 100 years as no birth dates do.
    if (
        future.any()
        and np.percentile(years[two_digit], 90) - np.percentile(years[two_digit], 10) < MIN_YOUNG_SPREAD_YEARS
    ):
        return years
    return np.where(future, years - 100, years)


def birth_date_evidence(
    series: pd.Series, today: date | None = None, seed: int = 0, min_distinct: int = MIN_DISTINCT
) -> tuple[bool, str]:
    """(whether the values are birth dates, why), judged on up to :data:`SAMPLE` distinct values.

    ``min_distinct`` lowers the number of distinct dates needed when other evidence speaks for people (a small
    table whose other columns hold names: :mod:`column_few_births`); the tests of the spread stay the same."""
    values = series.dropna().drop_duplicates()
    marked = 0
    if not pd.api.types.is_datetime64_any_dtype(values.dtype):
        from safe_synthesizer.pii.column_birth_cells import is_placeholder

        # ``n/a``, ``unknown``, ``-``: cells of no date say nothing of the spread (nor against it).
        values = values[~values.astype(str).map(is_placeholder)]
        # A tool's birthdays without a year (``0000-05-26``) have no year to spread; they say birthday themselves.
        yearless = values.astype(str).map(lambda v: yearless_birthday(v) is not None).astype(bool)
        marked, values = int(yearless.sum()), values[~yearless]
        if marked_birthdays(marked, marked + len(values)):
            min_distinct = min(min_distinct, max(len(values), 1))
            if values.empty:
                return True, f"{marked} {YEARLESS_MARK}"
    if len(values) < min_distinct:
        return False, f"{len(values)} distinct dates"
    if len(values) > SAMPLE:
        values = values.sample(SAMPLE, random_state=seed)
    this_year = (today or date.today()).year
    if not pd.api.types.is_datetime64_any_dtype(values.dtype):
        values = values.astype(str).str.strip().map(_common_era)
        from safe_synthesizer.pii.column_birth_cells import as_iso, short_years_first

        # ``13/10/26`` beside ``13/1/9``: a column writing short dates year first (Mongolian, Japanese, Korean).
        if short_years_first(list(values)):
            values = values.map(lambda v: as_iso(v, years_first=True))
    years, timed = _years(values, this_year, MAX_TIMED_SHARE), False
    if years is None:
        years = _years(values, this_year, max_timed=1.0)
        timed = years is not None
    if years is None:
        return False, "not day-precise dates"
    ages = this_year - years
    in_life = float(np.mean((ages >= 0) & (ages <= MAX_AGE)))
    spread = float(np.percentile(years, 90) - np.percentile(years, 10))
    median_age = float(np.median(ages))
    why = f"dates of {_span(years)}, 10-90% spread {spread:.0f} years, median age {median_age:.0f}"
    if timed:
        why += ", with times of day"
    min_spread = MIN_TIMED_SPREAD_YEARS if timed else MIN_SPREAD_YEARS
    ok = in_life >= 0.98 and spread >= min_spread and median_age >= MIN_MEDIAN_AGE
    if marked:
        why += f"; {marked} {YEARLESS_MARK}"
        if marked_birthdays(marked, marked + len(values)) and in_life >= 0.98:
            return True, why  # the tool's year-less layout says birthday; the full dates are of a life span
    if ok and (counted := _weekend_count(values)) is not None and few_weekends(*counted):
        return False, why + f", {round(100 * counted[0] / counted[1])}% on weekends (working-day events)"
    if not ok and not timed and in_life >= 0.98 and median_age < MIN_MEDIAN_AGE:
        day = today or date.today()
        young, young_why = young_birth_date_evidence(values, day, min_distinct)
        if not young:
            # A register of children and adults (a riding school's riders and parents): neither population alone.
            # Imported here: column_mixed_births builds on this module's date reading and weekend test.
            from safe_synthesizer.pii.column_mixed_births import mixed_birth_evidence, population_dates

            mixed, mixed_why = mixed_birth_evidence(population_dates(values, day), day, min_distinct)
            if mixed:
                return True, f"{why}; {mixed_why}"
        return young, f"{why}; {young_why}"
    return ok, why


def _years(values: pd.Series, this_year: int, max_timed: float) -> np.ndarray | None:
    """Years of the dates (strings already stripped, or datetimes), when nearly all are dates."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return _years_of_datetimes(values, max_timed)
    years = _years_of_strings(values)
    return years if years is not None else _years_of_loose_strings(values, this_year, max_timed)


def young_birth_date_evidence(values: pd.Series, today: date, min_distinct: int = MIN_DISTINCT) -> tuple[bool, str]:
    """Whether distinct ``values`` are birth dates of children or young people, and why.

    Why apart from the adult test: a decade of birth years is also what an event log of a few years
    looks like by its years alone; the exact dates tell them apart. Events run up to the export (a
    visit, an install last month), birth dates of a school's pupils stop years before; a log of a few
    recent years spans two or three, a school's pupils a decade; birth dates fall on every weekday and
    in every month, bookings on working days.

    ``min_distinct`` (a small table whose other columns hold people: :mod:`column_few_births`) lowers the dates
    needed; the months needed shrink with them, :data:`MIN_YOUNG_MONTHS` per :data:`MIN_DISTINCT` dates (15
    children's birthdays fall in 8-9 months of the year on average, 10 in 7).
    """
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        dates = [d.date() for d in pd.to_datetime(values).dropna()]
    else:
        dates = string_dates(list(values))
    if len(dates) < min(min_distinct, MIN_DISTINCT) or len(dates) < MIN_DATED_SHARE * len(values):
        return False, "young: too few full dates"
    ages = np.asarray([(today - d).days / 365.25 for d in dates])
    if float(np.mean((ages >= MIN_YOUNG_AGE) & (ages <= MAX_YOUNG_AGE))) < 0.98:
        return False, f"young: not all {MIN_YOUNG_AGE}-{MAX_YOUNG_AGE} years back (events up to the export)"
    spread = float(np.percentile(ages, 90) - np.percentile(ages, 10))
    if spread < MIN_YOUNG_SPREAD_YEARS:
        return False, f"young: 10-90% spread {spread:.1f} years (a few years of events)"
    months = len({d.month for d in dates})
    if months < math.ceil(MIN_YOUNG_MONTHS * min(len(dates), MIN_DISTINCT) / MIN_DISTINCT):
        return False, f"young: {months} months of the year"
    weekends = sum(d.weekday() >= 5 for d in dates)
    if few_weekends(weekends, len(dates)):
        return False, f"young: {round(100 * weekends / len(dates))}% on weekends (working-day events)"
    return (
        True,
        f"{YOUNG_MARK} {MIN_YOUNG_AGE}-{MAX_YOUNG_AGE} years back, spread {spread:.0f} years over {months} months",
    )


def _common_era(value: str) -> str:
    """A Thai Buddhist-era date or one with a month name of more languages (``26/11/2540``, ``8 Ιουλίου 1967``)
    rewritten ``YYYY-MM-DD`` so the spread is read in common-era years; other values as they are."""
    from safe_synthesizer.pii.column_month_dates import local_date

    d = local_date(value) if value[:1].isdigit() else None
    return d.isoformat() if d is not None else value


def _span(years: np.ndarray) -> str:
    return f"{int(years.min())}-{int(years.max())}"
