"""Date cells whose fields are joined by a separator only some exports write (``_``, ``·``, ``|``, ``~``).

Why: a birth-date column written ``14_09_30`` or ``01|11|99`` (two-digit years) is read by no date parser: each knows
``-./`` and spaces, and the general reader (:mod:`date_reader`) takes number only dates with four-digit years alone
(a two-digit year there is as often a phone's or a score's group). Listing the rare separators in every parser would
be one more list per parser. Instead a cell that joins exactly three fields (digits or letters) with one rare
separator, the same both times, is read as the same cell written with dots, by whatever parser reads that
(``14.09.30``: the two-digit year as the parsers read it), and a shifted date is written back with the cell's own
separator.

Example::

    common_separated("14_09_30")  # '14.09.30'
    shift_rare_separated("14_09_30", lambda v: "15.09.30")  # '15_09_30'
"""

from __future__ import annotations

import re
from collections.abc import Callable

RARE_SEPARATORS = "_\u00b7|~"
# Three fields of letters or digits (no ``_``), joined by one rare separator used twice.
_CELL = re.compile(rf"^([^\W_]{{1,9}})([{re.escape(RARE_SEPARATORS)}])([^\W_]{{1,9}})\2([^\W_]{{1,9}})$")
_DIGIT = re.compile(r"\d")


def common_separated(value: str) -> str | None:
    """``value`` (a whole cell) written with dots where it joins three fields with one rare separator used twice, a
    digit in its first and last field; None for any other cell.

    Example::

        common_separated("01|11|99")  # '01.11.99'
    """
    m = _CELL.match(value.strip())
    if m is None or not (_DIGIT.search(m.group(1)) and _DIGIT.search(m.group(4))):
        return None
    return f"{m.group(1)}.{m.group(3)}.{m.group(4)}"


def shift_rare_separated(value: str, shift: Callable[[str], str | None]) -> str | None:
    """``value`` shifted by ``shift`` (a shifter of the dotted cell) and written back with its own separator, or
    None when ``value`` has no rare separator or ``shift`` reads no date.

    Example::

        shift_rare_separated("26|05|48", lambda v: "05.07.48")  # '05|07|48'
    """
    dotted = common_separated(value)
    if dotted is None:
        return None
    shifted = shift(dotted)
    if shifted is None or shifted.count(".") != 2:
        return None
    separator = _CELL.match(value.strip()).group(2)
    lead = value[: len(value) - len(value.lstrip())]
    return lead + shifted.replace(".", separator) + value[len(value.rstrip()) :]
