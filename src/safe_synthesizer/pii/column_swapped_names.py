"""Place findings whose values are people written both ways round: ``Broberg Juaaka`` and ``Juaaka Broberg``.

Why: a kennel's ``owner`` column in Greenland (``Kuupik Egede``, ``Egede Kuupik``, ``Paninnguaq Broberg``) holds
given and family names no list knows, so the learned classifier can read them as towns. An export or a hand that
writes a person as ``Given Family`` on one row and ``Family Given`` on another puts the same two words in both
orders; no column of towns, regions or streets does that (``Porto Alegre`` is never ``Alegre Porto``). Two or more
distinct pairs seen both ways round, and a share of the column's two-word values, say the column is people: the
place finding becomes a name finding.

Example::

    swapped_name_findings(df, {"c001": det_city})
    # {"c001": ColumnDetection("c001", "name", 0.8, 0.4, "classifier+swapped-names", ...)}
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection

__all__ = ["swapped_name_findings", "swapped_pairs"]

# Findings a column of people is mistaken for.
_PLACES = frozenset({E.CITY, E.STATE, E.STREET_ADDRESS, E.ADDRESS})
MAX_ROWS = 2000
# Distinct pairs seen both ways round, at least, and their share of the distinct two-word values.
MIN_SWAPPED = 2
MIN_SWAPPED_SHARE = 0.15


def swapped_pairs(values: list[str]) -> tuple[int, int]:
    """How many pairs of words ``values`` writes in both orders, and how many distinct two-word values there are
    (case and commas ignored: ``Egede, Kuupik`` is ``Egede Kuupik``)."""
    pairs = set()
    for v in values:
        words = v.replace(",", " ").casefold().split()
        if len(words) == 2 and words[0] != words[1] and all(w.isalpha() for w in words):
            pairs.add((words[0], words[1]))
    return sum((b, a) in pairs for a, b in pairs) // 2, len(pairs)


def swapped_name_findings(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> dict[str, ColumnDetection]:
    """The place findings of ``found`` whose values put the same two words in both orders, as name findings."""
    out: dict[str, ColumnDetection] = {}
    for column, det in found.items():
        if det is None or det.entity not in _PLACES or column not in df.columns:
            continue
        values = [v for v in df[column].iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]
        swapped, pairs = swapped_pairs(values)
        if swapped >= MIN_SWAPPED and swapped >= MIN_SWAPPED_SHARE * pairs:
            why = f"{swapped} of {pairs} two-word values also written the other way round: people, not places"
            out[column] = dataclasses.replace(
                det, entity=E.NAME, method=f"{det.method}+swapped-names", evidence=f"{det.evidence}; {why}"
            )
    return out
