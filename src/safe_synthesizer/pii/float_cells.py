"""A whole number a float column wrote with a ``.0`` tail (``19821205.0``), read as the number it is.

Why: a column of whole numbers with an empty cell is read as floats by pandas and most CSV tools, and written back
with a ``.0`` after every number; a mixed column holding such numbers as text keeps the tail. A compact birth date
``19821205`` then reads ``19821205.0`` and no compact-date check reads it, so a birth-date column written so (or
mixing it with other layouts) fell under the share of dates it needs. The tail is a notation of the NUMBER, not of
any one field: here it is taken off a cell of digits only (``.0``, ``.00``), so the checks read the whole number;
any other cell is returned as it is.

Example::

    whole_number("19821205.0")  # '19821205'
    whole_number("1982.5")  # '1982.5'
"""

from __future__ import annotations

import re

_FLOAT_TAIL = re.compile(r"^[ \t]*(\d+)\.0+[ \t]*$")


def whole_number(value: str) -> str:
    """``value`` without the ``.0`` a float column wrote after a whole number, else ``value`` as it is."""
    m = _FLOAT_TAIL.match(value)
    return m.group(1) if m is not None else value
