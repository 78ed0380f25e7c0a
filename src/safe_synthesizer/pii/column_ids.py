"""Personal id columns told by the birth date every value carries at one fixed place.

Why: many national ids embed the holder's birth date (Danish CPR ``230397-5628``, Lithuanian and
Estonian ``36602158777``, Hungarian ``25105169919``, Swedish ``850709-1234``, German pension numbers
``26 260197 N 583``). Exports often fail the country's check digit (test data, typed by hand, a
century digit from an older rule), and some schemes have no ``stdnum`` check at all, so a column of
them was taken for phone numbers or nothing. Column-wise the pattern is decisive: random digits hold
a valid ``YYMMDD``/``DDMMYY`` at a given place about one time in 27, so nearly every value of a
column doing so is no accident, and the dates spreading over decades (a population's births) tells
personal ids from order or invoice numbers that carry their (recent) issue date.

Example::

    dated_id_evidence(["230397-5628", "080461-2564", ...])
    # (1.0, "100% carry a DDMMYY birth date at character 0 (1938-2004)")
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import numpy as np

# Share of values with a valid date at the same place that makes a column of dated ids.
MIN_DATED_SHARE = 0.95
# Birth dates of a population: years 10th to 90th percentile at least this far apart.
MIN_SPREAD_YEARS = 20
MIN_VALUES = 20
MIN_DISTINCT_DAYS = 10
# Compact ids: digits with at most two letters, 9-14 characters (a date and at least three more; 14: the
# Egyptian national id, a century digit, the birth date, governorate, serial and check digit).
_COMPACT = re.compile(r"^(?=(?:\D*\d){8})[0-9A-Z]{9,14}$")
_SEPARATORS = re.compile(r"[\s\-/.+]")
_ORDERS = ("YYMMDD", "DDMMYY")


def _compact(value: str) -> str | None:
    text = _SEPARATORS.sub("", value.strip().upper())
    return text if _COMPACT.match(text) and sum(c.isalpha() for c in text) <= 2 else None


def _year(yy: int, this_year: int) -> int:
    """Two-digit year read as the most recent year not in the future."""
    year = 2000 + yy
    return year if year <= this_year else year - 100


def _date_at(text: str, offset: int, order: str, this_year: int) -> date | None:
    part = text[offset : offset + 6]
    if len(part) != 6 or not part.isdigit():
        return None
    a, b, c = int(part[:2]), int(part[2:4]), int(part[4:])
    yy, mm, dd = (a, b, c) if order == "YYMMDD" else (c, b, a)
    try:
        return date(_year(yy, this_year), mm, dd)
    except ValueError:
        return None


def _varied(dates: list[date]) -> bool:
    """Days and months as varied as births: digits of a fixed prefix (Japanese mobiles ``090-6...``
    read as day 09 of month 06) repeat the same few days."""
    days, months = {d.day for d in dates}, {d.month for d in dates}
    return len(days) >= min(MIN_DISTINCT_DAYS, 0.3 * len(dates)) and len(months) >= min(6, 0.2 * len(dates))


def dated_id_evidence(values: list[str], today: date | None = None) -> tuple[float, str]:
    """(share of ``values`` with a birth date at one fixed place, why); share 0 unless the dates also
    spread over decades and the values share one length."""
    compact = [c for v in values if (c := _compact(v)) is not None]
    if len(values) < MIN_VALUES or len(compact) < MIN_DATED_SHARE * len(values):
        return 0.0, "not dated id codes"
    length = Counter(len(c) for c in compact).most_common(1)[0][0]
    # One length, give or take a character (a check "digit" written 10 by a faulty generator).
    if sum(abs(len(c) - length) <= 1 for c in compact) < MIN_DATED_SHARE * len(values):
        return 0.0, "id codes of many lengths"
    this_year = (today or date.today()).year
    best: tuple[float, str] = (0.0, "no birth date at one place")
    for offset in range(0, min(3, length - 6 + 1)):
        readings = []
        for order in _ORDERS:
            dates = [d for c in compact if (d := _date_at(c, offset, order, this_year)) is not None]
            if len(dates) >= MIN_DATED_SHARE * len(values) and _varied(dates):
                years = np.asarray([d.year for d in dates])
                spread = float(np.percentile(years, 90) - np.percentile(years, 10))
                readings.append((len(dates) / len(values), order, spread, years))
        if any(spread < MIN_SPREAD_YEARS for _, _, spread, _ in readings):
            continue  # read one way, the issue dates of recent orders or invoices: not births
        for share, order, _, years in readings:
            if share > best[0]:
                span = f"{int(years.min())}-{int(years.max())}"
                best = (share, f"{round(100 * share)}% carry a {order} birth date at character {offset} ({span})")
    return best
