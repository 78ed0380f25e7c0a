"""Birth dates of a narrow adult cohort (applicants, recruits, young mothers), told from event dates by the rows.

Why: :func:`~safe_synthesizer.pii.column_dates.birth_date_evidence` tells a population's birth dates by their
spread over decades, and children's by dates ending years before the export. A university's applicants (born in
a dozen years, 18-30 years back) or a maternity unit's mothers (20-42 years back) fail both: the spread is a decade,
the median age near 25. Their column was left as written, names hidden (blind set 31: 28 applicants' columns).

Event dates of a live table run up to the export: hires, renewals, visits, registrations, inspections, sign-ups
have recent dates among them. A cohort's birth dates stop :data:`MIN_COHORT_AGE` years before the table's latest
date, and lie that far before every other date of their own row (a birth precedes the booking, the visit, the
application it is written beside), by gaps that vary as ages do (no fixed offset: a warranty's end, a lease's
term). So a column counts when all of these hold:

- the table holds people (a column found to hold names or e-mail addresses), no birth-date column was found yet
  (a second date column beside a person's birth date is an event of theirs), and the name says nothing else;
- at least :data:`MIN_COHORT_DISTINCT` distinct day-precise dates, nearly all cells dates, in any mix of layouts
  (``2007-06-06``, ``30 janvier 2000``, ``18.11.00``, ``19960326``: :func:`~column_date_keys.readings`);
- all of them :data:`MIN_COHORT_AGE` to :data:`MAX_COHORT_AGE` years before the reference (the latest date of the
  table's other date columns, not after today; today when it has none), spread over
  :data:`MIN_COHORT_SPREAD` years or more, over most months, with weekends (birth dates fall on all days; hires,
  admissions, registrations on working days);
- each other date column of the table dates its rows :data:`MIN_COHORT_AGE` years or more after this one
  (:data:`MIN_ROW_SHARE` of the rows both fill), by gaps that vary; a table with no other date column (an
  applicants' list) asks for :data:`MIN_SINGLE_DISTINCT` dates within :data:`MAX_SINGLE_SPAN` years of ages
  (one intake, not an old export's decades of events);
- people seen on several rows keep one date (:func:`~column_few_births.one_date_per_person`).

The rows are read, and the test made, by :mod:`row_event_dates` (shared with :mod:`column_row_births`, which asks
the same of children's and of a small log's adults with other bars: :data:`COHORT` is this pass's).

Newborns' dates (a birth registration: days to months before the appointment) are left: by values they are any
event's date a few months before another (an incident before its claim, an order before its delivery).

Example::

    cohort_birth_date_columns(df, ["c000", "c001", "c002"], {"c001": name_detection})
    # {"c002": ColumnDetection("c002", "date_of_birth", 0.8, ..., "values+table", ...)}
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import one_date_per_person, table_person_keys
from safe_synthesizer.pii.column_subject_keys import subject_keys
from safe_synthesizer.pii.row_event_dates import (
    AgeBand,
    Judge,
    age_band_evidence,
    date_column,
    event_columns,
    reference_date,
    undecided_birth_columns,
)

MIN_COHORT_DISTINCT = 10
# Share of a column's filled cells that must read as day-precise dates.
MIN_DATED_SHARE = 0.95
# Youngest and oldest a cohort's member may be at the reference date (an applicant of 17, a mother of 45).
MIN_COHORT_AGE = 15
MAX_COHORT_AGE = 65
# 10th to 90th percentile of the ages: a cohort spans years (one intake's dates of a single year may be anything).
MIN_COHORT_SPREAD = 4
# Share of the rows filling both columns whose other date lies MIN_COHORT_AGE years or more after this one, and
# rows an event column must share with this one to be compared.
MIN_ROW_SHARE = 0.95
MIN_PAIRED_ROWS = 5
# Gaps that vary as ages do: their 10th to 90th percentile this many years apart.
MIN_GAP_SPREAD = 2.0
# A column with no other date in its table has no row to be compared with: an old export's only event column
# (every date 15+ years back) reads as a cohort by its ages. It counts only as a cohort's: more dates, and ages
# within one generation's intake (applicants of 17-30), not an archive's decades of events.
MIN_SINGLE_DISTINCT = 20
MAX_SINGLE_SPAN = 16
COHORT = AgeBand(
    min_distinct=MIN_COHORT_DISTINCT,
    min_age=MIN_COHORT_AGE,
    max_age=MAX_COHORT_AGE,
    min_spread=MIN_COHORT_SPREAD,
    row_share=MIN_ROW_SHARE,
    min_rows=MIN_PAIRED_ROWS,
    min_gap_spread=MIN_GAP_SPREAD,
    needs_rows=False,
)


def cohort_evidence(df: pd.DataFrame, column: str, today: date | None = None) -> tuple[bool, str]:
    """(whether ``column`` of ``df`` reads as birth dates of an adult cohort by its values and its rows, why).

    The table's people and the column's name are checked by :func:`cohort_birth_date_columns`."""
    dates = date_column(df[column])
    if dates is None or not dates.filled or len(dates.dated) < MIN_DATED_SHARE * dates.filled:
        return False, "not day-precise dates"
    today = today or date.today()
    events = event_columns(df, column)
    born, why = age_band_evidence(dates, events, reference_date(events, today) or today, COHORT)
    if not born:
        return False, why
    distinct = set(dates.dated)
    span = (max(distinct) - min(distinct)).days / 365.25
    if not events and (len(distinct) < MIN_SINGLE_DISTINCT or span > MAX_SINGLE_SPAN):
        return False, f"cohort: {why}; the table's only dates, {len(distinct)} distinct (an old export's events?)"
    return True, f"cohort: {why}"


def _cohort_judge(today: date | None) -> Callable[[pd.DataFrame, dict[str, ColumnDetection]], Judge]:
    def judge_for(df: pd.DataFrame, decided: dict[str, ColumnDetection]) -> Judge:
        def judge(name: str) -> tuple[bool, str]:
            born, why = cohort_evidence(df, name, today)
            # Staff columns (a referee, a midwife) are no key of the rows' own people.
            if born and one_date_per_person(df, name, subject_keys(df, table_person_keys(df, decided))) is False:
                return False, f"{why}; the rows' people carry several dates each"
            return born, why

        return judge

    return judge_for


def cohort_birth_date_columns(
    df: pd.DataFrame,
    names: Sequence[str],
    detections: dict[str, ColumnDetection | None],
    entities: Collection[str] = (E.DATE_OF_BIRTH,),
    today: date | None = None,
) -> dict[str, ColumnDetection]:
    """Birth-date columns of an adult cohort among ``names`` left undecided, in a table about people with no
    birth-date column found yet (see the module's docstring; two columns of one cohort's dates are no birth date
    and an event of it: neither is taken)."""
    return undecided_birth_columns(df, names, detections, entities, _cohort_judge(today))
