"""Birthdays written without their year, as contact and customer tools store them.

A customer or contact record asks for a birthday, and many people give the day and month only. Each tool writes
that in its own placeholder layout, next to full dates of the people who gave the year:

- Square (Customer Directory export and API): ``0000-05-26``, year 0000 for "no year" (``1998-09-21`` otherwise);
- vCard 4 / ISO 8601 truncated dates, Google Contacts' CSV export: ``--05-26`` or ``--0526``;
- Apple Contacts (vCard 3 with ``X-APPLE-OMIT-YEAR=1604``): ``1604-05-26``, the year 1604 standing for none;
- hand-kept sheets and other exports: the day and the month's name (``May 26``, ``26 May``, ``26. Mai``).

No event is written so: an appointment, order or consent has its year. So a marked cell (the first three
layouts) is a birthday (or another yearly day of a person, such as a wedding anniversary: as identifying); a
column mixing such cells with full dates of a life span is a birth-date column even where the full dates alone
are too few or too young for the spread tests of :mod:`column_dates`. A day and month name alone is weaker (a
shop's holiday list, a daily statistic): it counts only beside full dates (:func:`birth_cell` of
:mod:`column_birth_cells` reads it as such).

Example::

    yearless_birthday("0000-05-26")  # (5, 26)
    yearless_birthday("--0526")  # (5, 26)
    written_month_day("26. Mai")  # (5, 26)
"""

from __future__ import annotations

import re
from datetime import date

from safe_synthesizer.pii.month_names import month_number

# Year 0000 (Square) or 1604 (Apple) with month and day; vCard 4's ``--MM-DD`` / ``--MMDD``.
_MARKED = re.compile(r"^(?:(?:0000|1604)-(\d{2})-(\d{2})|--(\d{2})-?(\d{2}))(?:[ T]00:00(?::00)?)?$")
# ``26 May``, ``26. Mai``, ``26 de mayo``, ``May 26``, ``May 26th``, ``Sept. 3``.
_DAY_MONTH = re.compile(r"^(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,12})\.?$")
_MONTH_DAY = re.compile(r"^([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?$")
# How the evidence names the year-less cells (the table pass of small tables reads it: :mod:`column_few_births`).
YEARLESS_MARK = "birthdays without a year"
# A marked cell needs company: the fewest in a column, and their least share of its dated cells.
MIN_MARKED = 3
MIN_MARKED_SHARE = 0.05


def _valid(month: int, day: int) -> tuple[int, int] | None:
    try:
        date(2000, month, day)  # a leap year: 29 February is a birthday
    except ValueError:
        return None
    return month, day


def yearless_birthday(value: str) -> tuple[int, int] | None:
    """(month, day) of a cell in a tool's year-less birthday layout (``0000-05-26``, ``--05-26``, ``--0526``,
    ``1604-05-26``), else None."""
    m = _MARKED.match(value.strip())
    if m is None:
        return None
    month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return _valid(int(month), int(day))


def written_month_day(value: str) -> tuple[int, int] | None:
    """(month, day) of a day and a month's name without a year (``May 26``, ``26. Mai``), else None."""
    text = value.strip()
    if m := _DAY_MONTH.match(text):
        day, month = int(m.group(1)), month_number(m.group(2))
    elif m := _MONTH_DAY.match(text):
        month, day = month_number(m.group(1)), int(m.group(2))
    else:
        return None
    return _valid(month, day) if month else None


def marked_birthdays(marked: int, dated: int) -> bool:
    """Whether ``marked`` year-less birthday cells among ``dated`` cells of dates are enough to call the column
    birthdays: a stray one may be a typo, several are the tool's layout."""
    return marked >= MIN_MARKED and marked >= MIN_MARKED_SHARE * dated
