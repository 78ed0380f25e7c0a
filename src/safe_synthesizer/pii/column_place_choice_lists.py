"""Cells listing a few choices in any order (``Plain Bob Minor, Stedman Triples``): a multi-select, not addresses.

Why: an address is written in parts joined by commas, so a column of comma-joined capitalised phrases reads as
addresses to the learned classifier: a ringing register's ``Methods rung`` (``Grandsire Doubles, Little Bob``) was
replaced as street addresses in four tables, shown and hidden (set 40 seen: sk_SK, ky_KG, en_GD). An address keeps
its parts in order: the street first, the town and the country last, in every row (``Main Street, Old Road, St.
Kitts``; ``Old Road, St. Kitts``). A multi-select answer (methods rung, sports played, allergies, skills, tags)
draws its items from one short list and writes them in any order: the same item opens one cell and closes another.

So a column found as a street, an address or a town is given back when its cells are lists of items without
digits, a fair share of them hold two items or more, the items come from a short vocabulary repeated over the
cells, and most of the items seen in several lists both open one list and close another. The test reads the
column's distinct cells only (string splits and counters).

Example::

    choice_list_column(["Plain Hunt, Little Bob", "Little Bob, Stedman Doubles", "Stedman Doubles, Plain Hunt",
                        "Plain Hunt", "Little Bob, Plain Hunt, Stedman Doubles"])  # True
    choice_list_column(["Main Street, Old Road", "Lime Kiln, Cotton Ground", "Old Road", "Bay Road, Sandy Point"])
    # False: the towns close the lists, the streets open them
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection

__all__ = ["choice_list_column", "choice_list_columns"]

_SPLIT = re.compile(r"\s*[,;]\s*")
_PLACE = frozenset({E.STREET_ADDRESS, E.ADDRESS, E.CITY})
MIN_CELLS = 5  # distinct filled cells
MIN_LISTS = 0.4  # share of the cells holding two items or more
MAX_DIGIT_CELLS = 0.05  # addresses carry house numbers and postcodes; choices rarely
MIN_SEEN = 3  # an item seen in this many lists counts for the order test
MIN_MOVING = 0.5  # share of those items that open one list and close another
MAX_VOCABULARY = 0.5  # distinct items per item written (a short list, repeated)
MIN_ITEMS_SEEN = 3  # items seen in MIN_SEEN lists or more
MAX_CELLS = 500


def choice_list_column(values: Sequence[str]) -> bool:
    """Whether ``values`` (a column's cells) are lists of choices from one short list, written in any order."""
    cells = list(dict.fromkeys(v.strip() for v in values if isinstance(v, str) and v.strip()))[:MAX_CELLS]
    if len(cells) < MIN_CELLS or sum(any(c.isdigit() for c in v) for v in cells) > MAX_DIGIT_CELLS * len(cells):
        return False
    lists = [[i.casefold() for i in _SPLIT.split(v) if i] for v in cells]
    multi = [items for items in lists if len(items) >= 2]
    if len(multi) < MIN_LISTS * len(cells):
        return False
    written = [i for items in lists for i in items]
    if len(set(written)) > MAX_VOCABULARY * len(written):
        return False
    seen = Counter(i for items in multi for i in set(items))
    frequent = {i for i, n in seen.items() if n >= MIN_SEEN}
    if len(frequent) < MIN_ITEMS_SEEN:
        return False
    first = {items[0] for items in multi}
    last = {items[-1] for items in multi}
    return len(frequent & first & last) >= MIN_MOVING * len(frequent)


def choice_list_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns ``found`` as streets, addresses or towns whose cells are lists of choices."""
    return [
        name
        for name, d in found.items()
        if d is not None
        and d.entity in _PLACE
        and name in df.columns
        and choice_list_column(df[name].dropna().astype(str).drop_duplicates().head(MAX_CELLS).tolist())
    ]
