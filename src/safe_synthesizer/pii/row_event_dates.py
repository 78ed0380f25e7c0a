"""A table's event dates per row, and the test that a date column lies an age before them (birth dates by rows).

Why: two passes tell birth dates by the rows they are written on, in a table about people whose value rules left a
date column undecided (names hidden): :mod:`column_cohort_births` (a narrow adult cohort: applicants, young
mothers) and :mod:`column_row_births` (children beside a guardian; adults in a small log of visits). Both read the
table's other date columns (its events: visits, bookings, hires, check-ins) row by row, and both ask the same
question of a column with different bars: are its dates those of people of one age band, spread as ages are, in
most months and on weekends (birth dates fall on all days; hires and registrations on working days), each some
years before the events written on its row, by gaps that vary (an age, not a fixed term)? This module is that one
reader (:func:`date_column`, :func:`event_columns`) and that one test (:func:`age_band_evidence`, its bars an
:class:`AgeBand`), and the frame both passes share (:func:`undecided_birth_columns`: a table of people, no birth
date found yet, one column taken).

Example::

    events = event_columns(df, skip="c002")
    column = date_column(df["c002"])
    age_band_evidence(column, events, reference_date(events, today), AgeBand(min_distinct=10, max_age=65))
    # (True, "ages 18-30, spread 9 years, 11 months; 15+ years before each row's c004")
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_birth_cells import is_placeholder
from safe_synthesizer.pii.column_date_keys import readings
from safe_synthesizer.pii.column_dates import few_weekends
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import PERSON_ENTITIES
from safe_synthesizer.pii.cue_subjects import names_an_event
from safe_synthesizer.pii.cues import cue_hints

# An event column: this share of its filled cells (junk left out) day-precise dates, half of all filled cells, at
# least this many dates.
EVENT_DATED_SHARE = 0.9
MIN_DATED_FILLED = 0.5
MIN_EVENT_CELLS = 5
# Below this many values a spread is their range (too few for percentiles to mean much).
HANDFUL = 10
# Months of the year twenty dates or more cover (fewer dates: in proportion); dates whose weekdays are read.
MIN_MONTHS = 8
MIN_WEEKDAY_DATES = 10
CONFIDENCE = 0.8
# Rows read (the same rows of every column, so rows still pair): a large table's dates say no more than these.
MAX_ROWS = 2000
_YEAR_DAYS = 365.25
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DateColumn:
    """A column's day-precise dates per row (None where a cell is no date), whether each read one way only (the
    weekday of an ambiguous ``05/06/1998`` is not known; its year is), its filled cells and those that are dates or
    could have been (junk left out)."""

    dates: list[date | None]
    sure: list[bool]
    filled: int
    scored: int

    @property
    def dated(self) -> list[date]:
        return [d for d in self.dates if d is not None]


def _is_junk(text: str) -> bool:
    """A cell a date column leaves when it has no date: ``0``, ``?``, ``n/a``, ``TBC``, ``see notes``, ``-``."""
    return is_placeholder(text) or not _DIGIT.search(text) or len(text) <= 3


def date_column(values: pd.Series) -> DateColumn | None:
    """The column's dates (:func:`~column_date_keys.readings`, the first full reading of an ambiguous cell), or
    None for a column of numbers or one whose first filled cells are mostly without digits (no date column)."""
    if pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        return None
    head = values.dropna().astype(str).head(20)
    if not len(head) or float(head.str.contains(r"\d", regex=True).mean()) < 0.5:
        return None
    texts = ["" if pd.isna(v) else str(v).strip() for v in values]
    dates: list[date | None] = []
    sure: list[bool] = []
    filled = scored = 0
    for text, cell in zip(texts, readings(values), strict=True):
        full = sorted(r for r in cell if r[1] is not None and r[2] is not None)
        day = date(full[0][0], full[0][1], full[0][2]) if full else None  # type: ignore[arg-type]
        dates.append(day)
        sure.append(len(full) == 1)
        filled += bool(text)
        scored += bool(text) and (day is not None or not _is_junk(text))
    return DateColumn(dates, sure, filled, scored)


def mostly_dated(column: DateColumn, share: float) -> bool:
    """Whether ``share`` of the cells that are dates or could have been, and half of all filled cells, are dates."""
    n = len(column.dated)
    return n > 0 and n >= share * column.scored and n >= MIN_DATED_FILLED * column.filled


def event_columns(df: pd.DataFrame, skip: str) -> dict[str, DateColumn]:
    """The table's date columns but ``skip`` (nearly all their cells day-precise dates): the rows' events."""
    out = {}
    for name in df.columns:
        if name == skip:
            continue
        column = date_column(df[name])
        if column is not None and len(column.dated) >= MIN_EVENT_CELLS and mostly_dated(column, EVENT_DATED_SHARE):
            out[name] = column
    return out


def reference_date(events: dict[str, DateColumn], today: date) -> date | None:
    """The table's latest event date not after today (events run up to the export), None without events."""
    latest = [d for other in events.values() for d in other.dated if d <= today]
    return max(latest) if latest else None


def spread(values: np.ndarray) -> float:
    """10th to 90th percentile of ``values``; the range of a handful (too few for percentiles to mean much)."""
    if len(values) < HANDFUL:
        return float(values.max() - values.min())
    return float(np.percentile(values, 90) - np.percentile(values, 10))


def calendar_ok(column: DateColumn) -> tuple[bool, str]:
    """Birth dates fall in most months and on weekends (hires, admissions, registrations fall on working days)."""
    distinct = set(column.dated)
    months = len({d.month for d in distinct})
    if months < math.ceil(MIN_MONTHS * min(len(distinct), 20) / 20):
        return False, f"{months} months of the year"
    days = list({d for d, s in zip(column.dates, column.sure, strict=True) if d is not None and s})
    weekends = sum(d.weekday() >= 5 for d in days)
    if len(days) >= MIN_WEEKDAY_DATES and (weekends == 0 or few_weekends(weekends, len(days))):
        return False, f"{weekends} of {len(days)} dates on weekends (working-day events)"
    return True, f"{months} months"


def row_gaps(column: DateColumn, events: dict[str, DateColumn], min_rows: int) -> dict[str, np.ndarray]:
    """Each event column's gaps (years from this column's date to the event's, on rows that fill both), for event
    columns with ``min_rows`` such rows."""
    out = {}
    for name, other in events.items():
        gaps = [(b - a).days / _YEAR_DAYS for a, b in zip(column.dates, other.dates, strict=True) if a and b]
        if len(gaps) >= min_rows:
            out[name] = np.asarray(gaps)
    return out


@dataclass(frozen=True)
class AgeBand:
    """The bars a column of one age band's birth dates meets: distinct dates; ages at the reference (youngest, and
    the share of dates that may be younger still though born by then; oldest; their spread; a handful's spread);
    by its rows, years before each event on a share of the rows (the youngest age unless ``min_gap`` says less),
    rows needed to compare, the gaps' spread and median, and whether an event column must share rows at all."""

    min_distinct: int
    max_age: float
    min_age: float = 15
    min_spread: float = 4
    min_gap: float | None = None
    under_share: float = 0.0
    handful_spread: float | None = None
    row_share: float = 0.95
    min_rows: int = 3
    min_gap_spread: float = 1.0
    min_median_gap: float = 0.0
    needs_rows: bool = True


def _before_all(gaps: dict[str, np.ndarray], band: AgeBand) -> tuple[bool, str]:
    """Whether the date lies the band's youngest age or more before each event on its share of the rows (and
    before it at all), by gaps that vary."""
    least = band.min_age if band.min_gap is None else band.min_gap
    for name, g in gaps.items():
        if float(np.mean(g > 0)) < band.row_share or float(np.mean(g >= least)) < band.row_share:
            return False, f"not {least:g}+ years before {name} on each row"
        if spread(g) < band.min_gap_spread:
            return False, f"a fixed offset to {name} (a term, not an age)"
    # An incident and its claim, a death and its burial, an order and its delivery: days or weeks apart.
    if gaps and min(float(np.median(g)) for g in gaps.values()) < band.min_median_gap:
        return False, "events follow within a year on most rows (an event and its sequel)"
    return True, f"{least:g}+ years before each row's {', '.join(gaps)}" if gaps else "no event shares its rows"


def age_band_evidence(
    column: DateColumn, events: dict[str, DateColumn], reference: date, band: AgeBand
) -> tuple[bool, str]:
    """(whether ``column`` reads as birth dates of ``band`` by its values and its rows' ``events``, why)."""
    distinct = sorted(set(column.dated))
    if len(distinct) < band.min_distinct:
        return False, f"{len(distinct)} distinct dates"
    ages = np.asarray([(reference - d).days / _YEAR_DAYS for d in distinct])
    under = float(np.mean(ages < band.min_age))
    if ages.min() < 0 or under > band.under_share or ages.max() > band.max_age:
        return False, f"ages {ages.min():.0f}-{ages.max():.0f} at the table's latest date (events run up to it)"
    wide = spread(ages)
    small = band.handful_spread is not None and len(distinct) < HANDFUL
    if wide < (band.handful_spread if small else band.min_spread):  # type: ignore[operator]
        return False, f"ages spread {wide:.1f} years"
    ok, months = calendar_ok(column)
    if not ok:
        return False, months
    gaps = row_gaps(column, events, band.min_rows)
    if band.needs_rows and not gaps:
        return False, "no event column shares its rows"
    ok, rows = _before_all(gaps, band)
    why = f"ages {ages.min():.0f}-{ages.max():.0f}, spread {wide:.0f} years, {months}; {rows}"
    return ok, why if ok else rows


Judge = Callable[[str], tuple[bool, str]]


def undecided_birth_columns(
    df: pd.DataFrame,
    names: Sequence[str],
    detections: dict[str, ColumnDetection | None],
    entities: Collection[str],
    judge_for: Callable[[pd.DataFrame, dict[str, ColumnDetection]], Judge],
) -> dict[str, ColumnDetection]:
    """The one column among ``names`` left undecided that ``judge_for(df, decided)`` takes as birth dates, in a table
    about people (a column found to hold names or e-mail addresses) with no birth-date column found yet, its name
    saying nothing else (no event's name).

    Why only one: two columns that both pass are a person's date and an event of theirs, or two people's dates."""
    if E.DATE_OF_BIRTH not in entities:
        return {}
    decided = {k: d for k, d in detections.items() if d is not None}
    people = [k for k, d in decided.items() if d.entity in PERSON_ENTITIES]
    if not people or any(d.entity == E.DATE_OF_BIRTH for d in decided.values()):
        return {}
    if len(df) > MAX_ROWS:
        df = df.sample(MAX_ROWS, random_state=0)
    judge = judge_for(df, decided)
    found: dict[str, ColumnDetection] = {}
    for name in names:
        if name in decided or name not in df.columns or names_an_event(name) or cue_hints(name) - {E.DATE_OF_BIRTH}:
            continue
        born, why = judge(name)
        if born:
            evidence = f"{why}; the table holds people ({', '.join(people[:2])})"
            found[name] = ColumnDetection(name, E.DATE_OF_BIRTH, CONFIDENCE, 1.0, "values+table", 0, None, evidence)
    return found if len(found) == 1 else {}
