"""Record numbers written in groups: a site or series number and a running number (``101-001``, ``INV-7-0042``).

Why: REDCap writes a record's id as its data access group's site number and the record's running number
(``101-001``, ``201-002``, ``301-003``, ... ``1010-028``), repeated on each event row of the record. As a whole,
most of these read as Portuguese postcodes (``1010-028``), and 72% of a ``record_id`` column passed as postcodes
with its header shown and hidden (set 27, seen: en_US, es_ES, sq_AL). A postcode names a place, so a column of
them runs over its country's range in any row order; a running number is given out one after the other. One
group of the values whose numbers, in the order the records first appear, rise through a range about as wide as
the number of records (one number each, few skipped) is a counter, and the column numbers records, whatever its
other groups look like. Bare numbers (one group) are :func:`~safe_synthesizer.pii.column_lookalikes.counter`'s.

Only the first :data:`MAX_ROWS` rows are read: the cost stays per column.

Example::

    grouped_counter(pd.Series(["101-001", "101-001", "201-002", "301-003", ...]))
    # 'group 2 runs 1..95 over 95 records in row order: record numbers'
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

MAX_ROWS = 2000
MIN_RECORDS = 10  # fewer distinct values rise by chance
MIN_SAME_GROUPS = 0.9  # of the values, written with the most common number of digit groups
MIN_RISING = 0.9  # of the steps from one record to the next
# The counter's range is at most this many times the number of records (a few numbers skipped or deleted);
# a place's codes spread over hundreds or thousands.
MAX_SPAN_PER_RECORD = 2.0

_NUMBER = re.compile(r"\d+")


def grouped_counter(series: pd.Series) -> str | None:
    """Why the values of ``series`` are record numbers with a running-number group, or ``None``."""
    text = series.head(MAX_ROWS).dropna().astype(str).str.strip()
    values = [v for v in dict.fromkeys(text.tolist()) if v]  # distinct, in the order the records appear
    if len(values) < MIN_RECORDS:
        return None
    groups = [_NUMBER.findall(v) for v in values]
    width = Counter(len(g) for g in groups).most_common(1)[0][0]
    rows = [g for g in groups if len(g) == width]
    if width < 2 or len(rows) < MIN_SAME_GROUPS * len(values):
        return None
    for position in range(width):
        numbers = np.array([int(g[position]) for g in rows], dtype=np.int64)
        if len(np.unique(numbers)) < len(numbers):
            continue  # a record's running number is its own
        low, high = int(numbers.min()), int(numbers.max())
        rising = float((np.diff(numbers) > 0).mean())
        if rising >= MIN_RISING and high - low + 1 <= MAX_SPAN_PER_RECORD * len(numbers):
            return f"group {position + 1} runs {low}..{high} over {len(numbers)} records in row order: record numbers"
    return None
