"""Date checks: does a value look like a calendar date, and which date is it?

Example::

    parse_date("04/06/2004")  # datetime.date(2004, 4, 6)
"""

from __future__ import annotations

import re
from datetime import date

_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_DATE_LIKE = re.compile(
    r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([ T]\d{1,2}:\d{2}(:\d{2})?)?$"
)


def looks_like_date(value: str) -> bool:
    """A calendar date such as ``2004-04-06`` or ``04/06/2004`` (optionally with a time)."""
    return bool(_DATE_LIKE.match(value)) and parse_date(value) is not None


def parse_date(value: str) -> date | None:
    """Parse the common numeric date layouts; ``None`` when it is not a real calendar date."""
    parts = re.split(r"[-/. T]", value.strip())
    if len(parts) < 3 or not all(p.isdigit() for p in parts[:3]):
        return None
    a, b, c = (int(p) for p in parts[:3])
    candidates = [(a, b, c)] if len(parts[0]) == 4 else [(c, a, b), (c, b, a)]
    for year, month, day in candidates:
        if year < 100:
            year += 1900 if year > 30 else 2000
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
