"""Birth-date columns told by every cell layout exports write them in, not by numeric dates only.

Why: a birth-date column is written ``1 December 1989``, ``21-Aug-1931``, ``19310821`` or ``1931-08-21
00:00:00`` as often as ``21/08/1931``, has cells left ``n/a``, ``unknown`` or ``-``, holds an age
(``70``) where the date was not known, or a year or month only (``1956``, ``03/1956``). The numeric check
alone scored such columns under the share values need, so they were published as written. Here each
cell is read for its layout (:func:`birth_cell`): placeholders do not count at all (they say nothing of
the column), written and compact dates count as dates; ages and partial dates count as the column's
layout when the column's name says birth date (a column of bare years or small numbers is many
things), and by values alone only beside a majority of full dates; a column of values alone is decided by
the spread of its full dates (:func:`column_dates.birth_date_evidence`), as for numeric dates.

A register kept over decades (a parish roll, a club's members since the 1950s) writes the year alone where the
day of birth was never known (``1948``, ``00/00/1948``): a tenth or more of its cells. Event dates are written
when the event happens and are known to the day, so years among a majority of full dates spread over a life
span are the mark of birth dates, not against them.

Example::

    birth_date_score(sample_values(df["c004"], 500, 0), cued=False)
    # Score(share=0.98, values_decide=True, evidence='98% dates (12 placeholders left out), dates of ...')
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from safe_synthesizer.pii.age_annotated_dates import without_age
from safe_synthesizer.pii.apostrophe_year_dates import apostrophe_date, full_year
from safe_synthesizer.pii.column_dates import MIN_DISTINCT, birth_date_evidence, is_written_date
from safe_synthesizer.pii.column_mixed_births import EXCEL_EPOCH, cued_serial_births, serials_as_dates
from safe_synthesizer.pii.column_month_dates import local_date
from safe_synthesizer.pii.column_sample import Score, ValueSample, _pct
from safe_synthesizer.pii.column_yearless_births import written_month_day, yearless_birthday
from safe_synthesizer.pii.date_reader import read_date
from safe_synthesizer.pii.epoch_dates import epoch_date, epoch_series_dates, epochs_as_dates
from safe_synthesizer.pii.float_cells import whole_number
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS
from safe_synthesizer.pii.rare_separator_dates import common_separated
from safe_synthesizer.pii.roman_month_dates import roman_month_date
from safe_synthesizer.pii.run_together_dates import run_together_date
from safe_synthesizer.pii.validators.dates import compact_date, parse_written_date
from safe_synthesizer.pii.weekday_dates import cjk_date, weekday_date

# Share of the non-placeholder cells that must read as dates (or, under a birth-date name, as dates,
# ages and partial dates) for the column's spread to decide.
MIN_TEXT_DATES = 0.9
MIN_DATES_AMONG_AGES = 0.6
MAX_AGE = 110
# Share of the cells that may be remarks without a digit (``test``, ``see notes``, ``niet opgegeven``) and still
# be left out as placeholders are: a column of words with a few dates in it stays words.
MAX_REMARK_SHARE = 0.2
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")

# Cells that stand for "not known" (``n/a``, ``keine Angabe``, ``00/00/0000``): the shared list.
PLACEHOLDERS = NOT_KNOWN_WORDS
# ``21-Aug-1931``, ``21 Aug 1931``, ``21.Aug.1931``: the day, a month's name and the year joined by any
# separator (the written-date parser wants spaces).
# ``12-Mar-85``: the same with a two-digit year (read as :func:`parse_date` reads ``12.03.85``).
_DAY_MON_YEAR = re.compile(r"^(\d{1,2})[-./ ]([^\W\d_]{3,10})\.?[-./ ](\d{4}|\d{2})$")
# ``1956``, ``03/1956``, ``1956-03``: a year or a month of a year; ``??/??/1956``, ``00.00.1956``, ``XX-XX-1956``:
# a year whose day and month were not known.
_PARTIAL = re.compile(r"^(?:(?:0?[1-9]|1[0-2])[-/.])?(19\d\d|20\d\d)(?:[-/.](?:0?[1-9]|1[0-2]))?$")
_MASKED = re.compile(r"^(?:(?:\?\?|00|xx|--)[-/.]){1,2}(?:19\d\d|20\d\d)$", re.IGNORECASE)
# ``mars 1985``, ``March 1985``, ``Mär. 1985``: a month's name and a year.
_MONTH_YEAR = re.compile(r"^([^\W\d_]{3,10})\.?\s+(19\d\d|20\d\d)$")
_AGE = re.compile(r"^\d{1,3}$")


# ``0/0/00``, ``00.00.0000``: a date of zeros, what Outlook's contact export and some databases write for no date.
_ZERO_DATE = re.compile(r"^0{1,4}([-/.])0{1,2}(?:\1)0{1,4}(?:\s+0{1,2}:00(?::00)?)?$")


def is_placeholder(value: str) -> bool:
    """A cell standing for a value not known (``n/a``, ``unknown``, ``-``, ``unbekannt``, ``0/0/00``)."""
    text = value.strip()
    return text.casefold() in PLACEHOLDERS or bool(_ZERO_DATE.match(text))


# ``10 April 1989 00:00``: a date column a database typed as a timestamp, written back with its midnight.
_MIDNIGHT = re.compile(r"(?<=\d)[ T]0?0:00(?::00(?:\.0+)?)?$")


def written_date(value: str) -> date | None:
    """A date written with its month's name, joined by spaces, dots or hyphens (``21-Aug-1931``), with or without
    the midnight a timestamp column adds (``10 April 1989 00:00``), or a long date naming its weekday when the
    weekday agrees with it (``Thursday, 5 March 1942``, ``Di., 9. März 1954``, ``1953年3月28日(土)``)."""
    value = _MIDNIGHT.sub("", value.strip())
    if (d := parse_written_date(value)) is not None:
        return d
    m = _DAY_MON_YEAR.match(value.strip())
    d = parse_written_date(f"{m.group(1)} {m.group(2)} {_full_year(m.group(3))}") if m else None
    # Month names of more languages (``8 Ιουλίου 1967``, ``7 април 1995``) and Thai Buddhist-era years.
    # ``1953年3月28日``: the Japanese, Chinese and Korean long date.
    # ``2.IV.1998``: the month in roman numerals (Polish, Czech, Hungarian, Romanian records, registers by hand).
    # ``Feb 7 '18``, ``25 Feb '22``: a month's name and an apostrophe year.
    if d := d or local_date(value) or cjk_date(value) or roman_month_date(value) or apostrophe_date(value):
        return d
    long_date = weekday_date(value)
    if long_date is not None and long_date.agrees:
        return long_date.date
    # Any other layout of three fields (``1951-Nov-13``, ``05 / 10 / 1949``, ``27th of November 2019``): date_reader.
    reading = read_date(value)
    return reading.date if reading is not None else None


def _full_year(year: str) -> str:
    """A two-digit year as :func:`parse_date` reads it (``85`` -> 1985, ``05`` -> 2005); four digits as written."""
    if len(year) != 2:
        return year
    return str(full_year(year))


def month_year_date(value: str) -> date | None:
    """The first day of ``mars 1985``, ``March 1985``: a month's name (any language :mod:`validators.dates`
    knows) and a year; None for anything else."""
    m = _MONTH_YEAR.match(value.strip())
    return parse_written_date(f"1 {m.group(1)} {m.group(2)}") if m is not None else None


def month_and_year(value: str) -> bool:
    """``mars 1985``, ``March 1985``: a month's name and a year (:func:`month_year_date`)."""
    return month_year_date(value) is not None


# ``76/10/9``, ``72/5/20``: Japanese, Korean, Chinese and Mongolian exports write a short date year first, the year
# in two digits. Told from a day-first or month-first date by a first number no day is (over 31) or a last number no
# year is written as (one digit); ``05/01/14`` stays ambiguous and is read as the other layouts are.
_SHORT_YEAR_FIRST = re.compile(r"^(\d{2})([-/.])(\d{1,2})\2(\d{1,2})\.?$")


def short_year_first_date(value: str, today: date | None = None, column_says: bool = False) -> date | None:
    """The date of a short year-first cell (``76/10/9`` -> 1976-10-09), its year the latest not in the future (a
    birth date is past); None for any other cell. ``column_says``: the column writes its short dates year first
    (:func:`short_years_first`), so ``13/10/26`` is read so too."""
    m = _SHORT_YEAR_FIRST.match(value.strip())
    if m is None or not (column_says or int(m.group(1)) > 31 or len(m.group(4)) == 1):
        return None
    this_year = (today or date.today()).year
    year = this_year // 100 * 100 + int(m.group(1))
    year = year if year <= this_year else year - 100
    try:
        return date(year, int(m.group(3)), int(m.group(4)))
    except ValueError:
        return None


# ``2012/09/28``, ``2012.09.28``: a full date year first with a slash or a dot (the ISO dash is written everywhere,
# beside day-first short dates too: ``1980-05-28`` and ``27/05/62`` in one British export).
_LONG_YEAR_FIRST = re.compile(r"^\d{4}([/.])\d{1,2}\1\d{1,2}\.?$")


def short_years_first(values: list[str]) -> bool:
    """Whether a column writes its short dates year first: a cell shows the order (:func:`short_year_first_date`),
    or most full dates are written year first with the short dates' slash or dot (a Japanese export's
    ``2013/04/25`` beside ``13/4/25``), and every short cell reads as a date so (``13/10/26`` beside ``13/1/9``
    is 2013-10-26, not 13 October 2026)."""
    shorts = [v.strip() for v in values if _SHORT_YEAR_FIRST.match(v.strip())]
    if not shorts or not all(short_year_first_date(v, column_says=True) for v in shorts):
        return False
    if any(short_year_first_date(v) for v in shorts):
        return True
    longs = [m.group(1) for v in values if (m := _LONG_YEAR_FIRST.match(v.strip()))]
    separators = {_SHORT_YEAR_FIRST.match(v).group(2) for v in shorts}
    return len(longs) >= 0.5 * (len(values) - len(shorts)) and set(longs) == separators


def birth_cell(value: str) -> str | None:
    """The layout of one cell of a would-be birth-date column: ``date``, ``age``, ``partial``, ``masked``
    (``??/??/1985``: the day and month not known), ``yearless`` (a tool's birthday without a year, ``0000-05-26``),
    ``month_day`` (``May 26``), ``placeholder``, or None for anything else."""
    text = value.strip()
    if is_placeholder(text):
        return "placeholder"
    # ``14_09_30``, ``01|11|99``: a rare separator used alike twice, read as the same cell written with dots.
    if (dotted := common_separated(text)) is not None:
        return birth_cell(dotted)
    # ``12/24/2016 (9 yrs)``, ``17/12/2017 (8 jr)``: a date with the person's age after it, read as its date part.
    if (core := without_age(text)) is not None:
        return birth_cell(core)
    # Before the dates: ``0000-05-26`` would read as a date of the year 0.
    if yearless_birthday(text) is not None:
        return "yearless"
    if written_month_day(text) is not None:
        return "month_day"
    if is_written_date(text) or written_date(text) is not None or compact_date(whole_number(text)) is not None:
        return "date"  # ``19821205.0``: a compact date a float column wrote with ``.0``
    if run_together_date(text) is not None:  # ``18102015``, ``01282019``: day, month and year run together
        return "date"
    if epoch_date(text) is not None:  # ``1576713600``: Unix time at midnight, a whole number of days
        return "date"
    if short_year_first_date(text) is not None:
        return "date"
    if _MASKED.match(text):
        return "masked"
    if _PARTIAL.match(text) or month_and_year(text):
        return "partial"
    if _AGE.match(text) and int(text) <= MAX_AGE:
        return "age"
    return None


def as_iso(value: str, years_first: bool = False) -> str:
    """A written or compact date rewritten ``YYYY-MM-DD`` so the spread test reads it; other cells as they are,
    without a timestamp's midnight (``17/06/86 00:00``: its two-digit year is then read as ``17/06/86`` is).
    ``years_first``: the column writes short dates year first (:func:`short_years_first`)."""
    value = _MIDNIGHT.sub("", value.strip())
    value = common_separated(value) or value  # ``14_09_30``: read as ``14.09.30``
    value = without_age(value) or value  # ``12/24/2016 (9 yrs)``: read as ``12/24/2016``
    if years_first and (d := short_year_first_date(value, column_says=True)) is not None:
        return d.isoformat()
    words = not value[:1].isdigit() or "-" in value or " " in value or _LETTER.search(value) is not None
    d = written_date(value) if words else None
    d = d or compact_date(whole_number(value)) or run_together_date(value) or local_date(value)
    d = d or short_year_first_date(value)
    d = d or epoch_date(value)  # ``1576713600``: Unix time at midnight
    return d.isoformat() if d is not None else value


def partial_year(value: str) -> int | None:
    """The year of a date known in part (``1956``, ``03/1956``, ``1956-03``, ``mars 1985``), else None."""
    text = value.strip()
    if m := _PARTIAL.match(text):
        return int(m.group(1))
    d = month_year_date(text)
    return d.year if d is not None else None


def _in_life(year: int | None, today: date | None = None) -> bool:
    """A year within a human life span back from ``today`` (0 to :data:`MAX_AGE` years)."""
    this_year = (today or date.today()).year
    return year is not None and this_year - MAX_AGE <= year <= this_year


def birth_date_score(sample: ValueSample, cued: bool, min_distinct: int = MIN_DISTINCT) -> Score:
    """Value evidence that a text column holds birth dates (``cued``: its name says birth date).

    Placeholders are left out, and so are remarks (cells without a digit: ``test``, ``see notes``, ``niet
    opgegeven``) when they are a few (:data:`MAX_REMARK_SHARE`): a hand-kept export writes them where a date was
    not known, in words no list holds. Named birth-date columns count dates, ages and partial dates; columns of
    values alone need :data:`MIN_TEXT_DATES` of dates (ages and years of a life span, ``1948``, may stand in for
    up to a third of them) and the spread of a life span (:func:`birth_date_evidence`, ``min_distinct`` distinct
    dates).
    """
    # ``43104`` beside ``2021-11-24 00:00:00``: a sheet's birth dates stored as Excel day numbers, read as dates.
    sample = serials_as_dates(sample, cued, is_date=lambda v: birth_cell(v) == "date")
    # ``1576713600``: a date stored as Unix time, a whole number of days (no id is), read as a date by its shape.
    sample = epochs_as_dates(sample)
    kinds = [birth_cell(v) for v in sample.values]
    remarks = [k is None and not _DIGIT.search(v) for v, k in zip(sample.values, kinds, strict=True)]
    if 0 < sum(remarks) <= MAX_REMARK_SHARE * len(kinds):
        kinds = ["placeholder" if remark else k for k, remark in zip(kinds, remarks, strict=True)]
    # A date whose day and month are masked (``??/??/1985``) is written so only where the date is a person's:
    # under a birth-date name it counts as one; by values alone it is left out, as placeholders are.
    left = ("placeholder",) if cued else ("placeholder", "masked")
    kept = [(v, "partial" if k == "masked" else k) for v, k in zip(sample.values, kinds, strict=True) if k not in left]
    left_out = len(kinds) - len(kept)
    note = f" ({left_out} placeholders left out)" if left_out else ""
    if not kept:
        return Score(0.0, False, "only placeholders")
    n = len(kept)
    dates = [v for v, k in kept if k == "date"]
    ages = sum(1 for _, k in kept if k == "age")
    partial = sum(1 for _, k in kept if k == "partial")
    marked = sum(1 for _, k in kept if k == "yearless")
    month_days = sum(1 for _, k in kept if k == "month_day")
    if cued:
        share = (len(dates) + ages + partial + marked + month_days) / n
        return Score(share, False, f"{_pct(share)} dates, ages or partial dates{note}")
    # Birthdays without a year stand in for dates; a day and month name alone (``May 26``) only beside full dates.
    yearless = marked + (month_days if len(dates) >= 0.5 * n else 0)
    share = (len(dates) + yearless) / n
    # An old register's years (``1948`` where the day was not known) stand in for dates as ages do.
    years = sum(1 for v, k in kept if k == "partial" and _in_life(partial_year(v)))
    dated = (len(dates) + yearless + ages + years) / n
    if share >= MIN_TEXT_DATES or (dated >= MIN_TEXT_DATES and share >= MIN_DATES_AMONG_AGES and (ages or years)):
        years_first = short_years_first(dates)
        # Year-less birthdays go to the spread test as written: it leaves them out of the spread and weighs them.
        cells = [as_iso(v, years_first) for v in dates] + [v for v, k in kept if k == "yearless"]
        born, why = birth_date_evidence(pd.Series(cells, dtype=object), min_distinct=min_distinct)
        return Score(max(share, dated), born, f"{_pct(share)} dates{note}, {why}")
    months = [d for v, k in kept if k == "partial" and (d := month_year_date(v)) is not None]
    if len(months) >= MIN_TEXT_DATES * n:
        # ``mars 1985`` in every cell: read by the spread of its years and months as a life span, as full dates are
        # (events written so span a few recent years; a birth month is also what a form asks when the day is not).
        born, why = birth_date_evidence(pd.Series([d.isoformat() for d in months]), min_distinct=min_distinct)
        share = len(months) / n
        return Score(share, born, f"{_pct(share)} months of a year{note}, {why}")
    return Score(share, False, f"{_pct(share)} dates{note}")


MIN_NUMERIC_DATES = 0.95


def numeric_birth_dates(
    series: pd.Series, cued: bool, today: date | None = None, min_distinct: int = MIN_DISTINCT
) -> tuple[bool, str]:
    """Whether a column typed as integers holds birth dates, and why: compact ``19310821`` dates by their
    values and spread (``min_distinct`` distinct dates at least); Excel serial day numbers (``11556``) only
    under a birth-date name (``cued``), as any count from 1 to 46,000 would otherwise read as one.
    """
    values = series.dropna()
    if not len(values) or not pd.api.types.is_numeric_dtype(values.dtype):
        return False, "not numbers"
    if pd.api.types.is_float_dtype(values.dtype) and not bool((values == values.round()).all()):
        return False, "not whole numbers"
    low, high = float(values.min()), float(values.max())
    if low >= 19000101 and high <= 20991231:  # cheap first: only then each distinct value is read
        texts = values.astype("int64").drop_duplicates().astype(str)
        compact = [d for v in texts if (d := compact_date(v, today)) is not None]
    else:
        texts, compact = [], []
    if compact and len(compact) >= MIN_NUMERIC_DATES * len(texts):
        born, why = birth_date_evidence(
            pd.Series([d.isoformat() for d in compact]), today=today, min_distinct=min_distinct
        )
        return born, f"compact dates: {why}"
    if (epochs := epoch_series_dates(values.astype("int64").drop_duplicates().tolist(), today)) is not None:
        # Every number a Unix time at midnight: dates by their shape; birth dates by the name or by their spread.
        born, why = birth_date_evidence(
            pd.Series([d.isoformat() for d in epochs]), today=today, min_distinct=min_distinct
        )
        return born or cued, f"Unix-time dates: {why}"
    if not cued:
        return False, "numbers"
    last = ((today or date.today()) - EXCEL_EPOCH).days
    days = values.astype("int64").drop_duplicates()
    serial = days[(days >= 1) & (days <= last)]
    if len(serial) < MIN_NUMERIC_DATES * len(days):
        return False, "numbers outside Excel's day range"
    stamps = pd.to_datetime(pd.Timestamp(EXCEL_EPOCH) + pd.to_timedelta(serial, unit="D"))
    born, why = birth_date_evidence(pd.Series(stamps.dt.strftime("%Y-%m-%d")), today=today)
    if not born and (named := cued_serial_births([str(v) for v in days], today))[0]:
        return named  # a youth band's few players, a riding school's children and parents
    return born, f"Excel day numbers: {why}"
