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

Newborns' dates (a birth registration: days to months before the appointment) are left: by values they are any
event's date a few months before another (an incident before its claim, an order before its delivery).

Example::

    cohort_birth_date_columns(df, ["c000", "c001", "c002"], {"c001": name_detection})
    # {"c002": ColumnDetection("c002", "date_of_birth", 0.8, ..., "values+table", ...)}
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from datetime import date

import numpy as np
import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_date_keys import readings
from safe_synthesizer.pii.column_dates import _few_weekends
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import PERSON_ENTITIES, one_date_per_person, table_person_keys
from safe_synthesizer.pii.column_subject_keys import subject_keys
from safe_synthesizer.pii.cue_subjects import names_an_event
from safe_synthesizer.pii.cues import cue_hints

MIN_COHORT_DISTINCT = 10
# Share of a column's filled cells that must read as day-precise dates.
MIN_DATED_SHARE = 0.95
# Youngest and oldest a cohort's member may be at the reference date (an applicant of 17, a mother of 45).
MIN_COHORT_AGE = 15
MAX_COHORT_AGE = 65
# 10th to 90th percentile of the ages: a cohort spans years (one intake's dates of a single year may be anything).
MIN_COHORT_SPREAD = 4
# Months of the year a cohort of 20 dates or more covers (fewer dates: in proportion).
MIN_MONTHS = 8
# A column of dates counts as another date column of the table when this share of its filled cells are dates.
OTHER_DATED_SHARE = 0.9
MIN_OTHER_CELLS = 5
# Share of the rows filling both columns whose other date lies MIN_COHORT_AGE years or more after this one.
MIN_ROW_SHARE = 0.95
# Gaps that vary as ages do: their 10th to 90th percentile this many years apart.
MIN_GAP_SPREAD = 2.0
# A column with no other date in its table has no row to be compared with: an old export's only event column
# (every date 15+ years back) reads as a cohort by its ages. It counts only as a cohort's: more dates, and ages
# within one generation's intake (applicants of 17-30), not an archive's decades of events.
MIN_SINGLE_DISTINCT = 20
MAX_SINGLE_SPAN = 16
CONFIDENCE = 0.8
# Rows read (the same rows of every column, so rows still pair): a large table's dates say no more than these.
MAX_ROWS = 2000
_YEAR_DAYS = 365.25


def _full_dates(values: pd.Series) -> tuple[list[date | None], list[bool]]:
    """Each cell's date (None for no day-precise date) and whether its day and month were read in one order only
    (the weekday of an ambiguous ``05/06/1998`` is not known; its year and age are)."""
    out: list[date | None] = []
    sure: list[bool] = []
    for cell in readings(values):
        full = sorted(r for r in cell if r[1] is not None and r[2] is not None)
        out.append(date(full[0][0], full[0][1], full[0][2]) if full else None)  # type: ignore[arg-type]
        sure.append(len(full) == 1)
    return out, sure


def _filled(values: pd.Series) -> pd.Series:
    return values.notna() & (values.astype("string").str.strip().fillna("") != "")


def _may_be_dates(values: pd.Series) -> bool:
    """A cheap pre-check before each cell is read: most of the first filled cells hold a digit (dates do)."""
    head = values.dropna().astype(str).head(20)
    return bool(len(head)) and float(head.str.contains(r"\d", regex=True).mean()) >= 0.5


def _other_dates(df: pd.DataFrame, skip: str) -> dict[str, list[date | None]]:
    """The table's other date columns (nearly all filled cells day-precise dates), each with its rows' dates."""
    out = {}
    for column in df.columns:
        if column == skip or pd.api.types.is_numeric_dtype(df[column].dtype):
            continue
        filled = int(_filled(df[column]).sum())
        if filled < MIN_OTHER_CELLS or not _may_be_dates(df[column]):
            continue
        dates, _ = _full_dates(df[column])
        if sum(d is not None for d in dates) >= OTHER_DATED_SHARE * filled:
            out[column] = dates
    return out


def cohort_evidence(df: pd.DataFrame, column: str, today: date | None = None) -> tuple[bool, str]:
    """(whether ``column`` of ``df`` reads as birth dates of an adult cohort by its values and its rows, why).

    The table's people and the column's name are checked by :func:`cohort_birth_date_columns`."""
    values = df[column]
    if pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        return False, "not text dates"
    if not _may_be_dates(values):
        return False, "no digits"
    filled = _filled(values)
    dates, sure = _full_dates(values)
    dated = [d for d in dates if d is not None]
    if not filled.any() or len(dated) < MIN_DATED_SHARE * int(filled.sum()):
        return False, "not day-precise dates"
    distinct = set(dated)
    if len(distinct) < MIN_COHORT_DISTINCT:
        return False, f"{len(distinct)} distinct dates"
    today = today or date.today()
    others = _other_dates(df, column)
    latest = [d for dates_ in others.values() for d in dates_ if d is not None and d <= today]
    reference = max(latest) if latest else today
    ages = np.asarray([(reference - d).days / _YEAR_DAYS for d in distinct])
    if ages.min() < MIN_COHORT_AGE or ages.max() > MAX_COHORT_AGE:
        return False, f"ages {ages.min():.0f}-{ages.max():.0f} at the table's latest date (events run up to it)"
    spread = float(np.percentile(ages, 90) - np.percentile(ages, 10))
    if spread < MIN_COHORT_SPREAD:
        return False, f"10-90% spread {spread:.1f} years"
    months = len({d.month for d in distinct})
    if months < math.ceil(MIN_MONTHS * min(len(distinct), 20) / 20):
        return False, f"{months} months of the year"
    days = [d for d, s in zip(dates, sure, strict=True) if d is not None and s]
    days = list({d: None for d in days})  # distinct dates, one weekday each
    weekends = sum(d.weekday() >= 5 for d in days)
    if len(days) >= MIN_COHORT_DISTINCT and (weekends == 0 or _few_weekends(weekends, len(days))):
        return False, f"{weekends} of {len(days)} dates on weekends (working-day events)"
    why = f"cohort: ages {ages.min():.0f}-{ages.max():.0f}, spread {spread:.0f} years over {months} months"
    if not others and (len(distinct) < MIN_SINGLE_DISTINCT or ages.max() - ages.min() > MAX_SINGLE_SPAN):
        return False, f"{why}; the table's only dates, {len(distinct)} distinct (an old export's events?)"
    for other, other_dates in others.items():
        gaps = np.asarray([(b - a).days / _YEAR_DAYS for a, b in zip(dates, other_dates, strict=True) if a and b])
        if len(gaps) < MIN_OTHER_CELLS:
            continue
        if float(np.mean(gaps >= MIN_COHORT_AGE)) < MIN_ROW_SHARE:
            return False, f"{why}; dates of {other} lie within {MIN_COHORT_AGE} years of the row's (events)"
        if float(np.percentile(gaps, 90) - np.percentile(gaps, 10)) < MIN_GAP_SPREAD:
            return False, f"{why}; a fixed offset to {other} (a term, not an age)"
        why += f"; {MIN_COHORT_AGE}+ years before each row's {other}"
    return True, why


def cohort_birth_date_columns(
    df: pd.DataFrame,
    names: Sequence[str],
    detections: dict[str, ColumnDetection | None],
    entities: Collection[str] = (E.DATE_OF_BIRTH,),
    today: date | None = None,
) -> dict[str, ColumnDetection]:
    """Birth-date columns of an adult cohort among ``names`` left undecided, in a table about people with no
    birth-date column found yet (see the module's docstring)."""
    if E.DATE_OF_BIRTH not in entities:
        return {}
    decided = {k: d for k, d in detections.items() if d is not None}
    people = [k for k, d in decided.items() if d.entity in PERSON_ENTITIES]
    if not people or any(d.entity == E.DATE_OF_BIRTH for d in decided.values()):
        return {}
    if len(df) > MAX_ROWS:
        df = df.sample(MAX_ROWS, random_state=0)
    found: dict[str, ColumnDetection] = {}
    for name in names:
        if name in decided or name not in df.columns or names_an_event(name) or cue_hints(name) - {E.DATE_OF_BIRTH}:
            continue
        born, why = cohort_evidence(df, name, today)
        if not born:
            continue
        # Staff columns (a referee, a midwife) are no key of the rows' own people.
        keys = subject_keys(df, table_person_keys(df, decided))
        if one_date_per_person(df, name, keys) is False:
            continue
        evidence = f"{why}; the table holds people ({', '.join(people[:2])})"
        found[name] = ColumnDetection(name, E.DATE_OF_BIRTH, CONFIDENCE, 1.0, "values+table", 0, None, evidence)
    # Two columns of one cohort's dates are no birth date and an event of it; a column alone is.
    return found if len(found) == 1 else {}
