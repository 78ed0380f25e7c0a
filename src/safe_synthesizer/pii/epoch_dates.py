"""Dates stored as Unix time (seconds or milliseconds since 1970-01-01 UTC) at midnight: ``1576713600``.

Why: an export from a database or a JavaScript form writes a date column as Unix time (``1576713600`` is
2019-12-19, ``-315619200`` is 1960-01-01), often beside dates a person typed. No date reader reads a number, so such
a birth-date column scored under the share of dates it needs and was published as written, shown or hidden. A ten
digit number is also an id, an order or a phone number; what tells a date is its SHAPE, not a header: a date (not a
moment) stored as Unix time is a whole number of days, a multiple of 86,400 seconds (86,400,000 milliseconds). A
random id is that one time in 86,400. So a number reads as a date here only when it is such a multiple, has eight
digits or more (not ``0``) and falls within a life span back from today; whether the column is of BIRTH dates is
then decided as for any date column (its name, or the spread of its dates: :mod:`column_birth_cells`), the numbers
rewritten ``YYYY-MM-DD`` for those tests (:func:`epochs_as_dates`). A fake stays Unix time of the fake date, in
the same unit (:func:`shift_epoch_date`).

Example::

    epoch_date("1576713600")  # datetime.date(2019, 12, 19)
    shift_epoch_date("1576713600", 3)  # '1576972800'
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from safe_synthesizer.pii.column_sample import ValueSample

EPOCH = date(1970, 1, 1)
DAY_SECONDS = 86_400
DAY_MILLISECONDS = 86_400_000
# A life span back from today: dates older than this many years are none.
MAX_AGE_YEARS = 120
# ``1576713600``, ``-315619200``, ``1576713600000``, ``1576713600.0``: an optional minus, 8 to 13 digits, a zero
# decimal part (a spreadsheet's float). Fewer digits are 1970's first days or counts.
_NUMBER = re.compile(r"^\s*(-?\d{8,13})(\.0+)?\s*$")


def _unit(number: int) -> int | None:
    """The length of a day in ``number``'s unit (seconds, or milliseconds when it has 12 digits or more), when it
    is a whole number of days; else None."""
    digits = len(str(abs(number)))
    unit = DAY_MILLISECONDS if digits >= 12 else DAY_SECONDS
    return unit if number % unit == 0 and number != 0 else None


def epoch_date(value: str, today: date | None = None) -> date | None:
    """The date of a cell holding Unix time at midnight (seconds or milliseconds) within a life span back from
    ``today``, else None.

    Example::

        epoch_date("1338940800")  # datetime.date(2012, 6, 6)
        epoch_date("1338940801")  # None (a moment, or an id)
    """
    m = _NUMBER.match(value)
    if m is None:
        return None
    number = int(m.group(1))
    unit = _unit(number)
    if unit is None:
        return None
    try:
        found = EPOCH + timedelta(days=number // unit)
    except OverflowError:
        return None
    today = today or date.today()
    return found if today.year - MAX_AGE_YEARS <= found.year and found <= today else None


def shift_epoch_date(value: str, days: int, today: date | None = None) -> str | None:
    """A Unix-time date moved by ``days``, written in the cell's unit and layout (``1576713600`` -> ``1576972800``
    for 3 days); None when ``value`` is no such date.

    Example::

        shift_epoch_date("1576713600000", -1)  # '1576627200000'
    """
    if epoch_date(value, today) is None:
        return None
    m = _NUMBER.match(value)
    assert m is not None  # epoch_date matched it
    number = int(m.group(1))
    unit = _unit(number) or DAY_SECONDS
    start, end = m.span(1)
    return value[:start] + str(number + days * unit) + value[end:]


def epochs_as_dates(sample: ValueSample, today: date | None = None) -> ValueSample:
    """``sample`` with its Unix-time dates rewritten ``YYYY-MM-DD`` (for the date tests of a column), else
    ``sample`` as it is.

    Example::

        epochs_as_dates(ValueSample(["1576713600", "March 21, 2018"], [1, 1], 2)).values
        # ['2019-12-19', 'March 21, 2018']
    """
    found = {v: d for v in dict.fromkeys(sample.values) if (d := epoch_date(v, today)) is not None}
    if not found:
        return sample
    values = [found[v].isoformat() if v in found else v for v in sample.values]
    return ValueSample(values, sample.counts, sample.n_distinct)


def epoch_series_dates(numbers: list[int], today: date | None = None) -> list[date] | None:
    """The dates of a column typed as whole numbers when EVERY number is a Unix-time date (:func:`epoch_date`),
    else None.

    Example::

        epoch_series_dates([1576713600, 1338940800])  # [datetime.date(2019, 12, 19), datetime.date(2012, 6, 6)]
    """
    out = []
    for number in numbers:
        found = epoch_date(str(int(number)), today)
        if found is None:
            return None
        out.append(found)
    return out or None
