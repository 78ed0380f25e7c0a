"""A second birth-date column of children's dates, in a table whose rows name one person: that person's event.

Why: the per-column value test reads children's birth dates by where their dates end and how they spread (all two
to twenty-five years back, over five years or more, most months, weekends:
:func:`~safe_synthesizer.pii.column_dates.young_birth_date_evidence`). A member list's ``Member Since``, a
register's ``licensed`` or ``first visit`` of an export a year or two old reads the same (set 34 tr_TR: a chess
club's members joined 2006-2024, names hidden, taken as birth dates beside the members' own birth-date column). A
row's person has one birth date: when the table already holds an adult birth-date column and its rows name one
person each (staff written on many rows left out: a team captain, a teacher), a second column read as children's
birth dates is that person's event. Rows that name two people (a child beside a parent, a pupil beside a payer)
may hold two birth dates, and are left as found; so are dates a generation after the adults' on nearly every row
(:data:`GENERATION`: a claimant's child, named or not), where a member's joining date follows their birth by any
span (a junior's few years, a veteran's seventy).

Example::

    second_birth_columns(df, detections)  # ["c014"]: the column is no birth date after all (a veto)
"""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_dates import YOUNG_MARK
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import rows_name_guardians
from safe_synthesizer.pii.row_event_dates import date_column

# Years from a parent's birth to a child's, and the share of the rows filling both that must lie within them.
GENERATION = (14.0, 60.0)
MIN_GENERATION_ROWS = 0.9
MIN_PAIRED_ROWS = 5


def _young(found: ColumnDetection) -> bool:
    """Taken as children's birth dates by their values (the young test's words in its evidence)."""
    return YOUNG_MARK in (found.evidence or "")


def _a_generation_after(df: pd.DataFrame, young: str, adults: list[str]) -> bool:
    """Whether ``young``'s dates follow an adult birth-date column's by a generation on nearly every row."""
    child = date_column(df[young])
    for name in adults:
        adult = date_column(df[name])
        if child is None or adult is None:
            continue
        gaps = [(c - a).days / 365.25 for c, a in zip(child.dates, adult.dates, strict=True) if c and a]
        near = sum(GENERATION[0] <= g <= GENERATION[1] for g in gaps)
        if len(gaps) >= MIN_PAIRED_ROWS and near >= MIN_GENERATION_ROWS * len(gaps):
            return True
    return False


def second_birth_columns(df: pd.DataFrame, detections: dict[str, ColumnDetection | None]) -> list[str]:
    """Birth-date columns of ``detections`` to undo (a veto, as :mod:`detect_table` vetoes a title column):
    children's dates by values beside an adult birth-date column, in a table whose rows name one person each (see
    the module's docstring)."""
    births = {k: d for k, d in detections.items() if d is not None and d.entity == E.DATE_OF_BIRTH and k in df}
    young = [k for k, d in births.items() if _young(d)]
    if not young or len(young) == len(births) or rows_name_guardians(df, detections):
        return []
    adults = [k for k in births if k not in young]
    return [k for k in young if not _a_generation_after(df, k, adults)]
