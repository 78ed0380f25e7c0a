"""Birth-date columns of small tables about people, told by how far their dates stand from today.

Why: with the header hidden, a date column of 3-19 distinct dates was left as written unless its people came back
on several rows (:mod:`column_few_births`): its spread alone says too little (a handful of dates spread over decades
may be anything), so a show's junior entrants (``09 12 2013``, ``07 09 2015``, ``27 03 2017``), a rink's skaters and
their parents, a club's few members kept their birth dates in the output. Their dates differ from the table's event
dates in one way the spread does not see: an export's events run up to the day it was written (a visit, an order,
an induction last month: the sets' event columns all hold a date of the last year), while nobody in a table of
people was born in the last :data:`MIN_YEARS_BEFORE` years but babies (a nursery's register, which the spread and
row tests read). So a column of a table that holds people (a name or e-mail column found) is read as birth dates when:

- nearly all its filled cells are full dates (:func:`column_birth_cells.birth_cell`; placeholders left out),
- it has :data:`MIN_DATES` to :data:`~column_dates.MIN_DISTINCT` - 1 distinct dates (larger columns are judged by
  the spread of a life span already),
- its most recent date is :data:`MIN_YEARS_BEFORE` years or more before today and its oldest at most
  :data:`MAX_AGE` years,
- its dates span :data:`MIN_SPAN_YEARS` years or more (a one-day event, a season's fixtures, a backup's dates do
  not: people are born over years), and
- its name says nothing against a birth date (an event's name, another entity's cue), and it is no start and end
  of one event with another such column (:func:`column_few_births.event_pair`),
- no person seen on several rows has several dates in it (a family's bookings, a contact's visits:
  :func:`column_few_births.one_date_per_person`), and no birth-date column was found in the table already (an
  archived club's members: born, and joined years ago); of two such columns, the one with the earlier dates.

What this gives up: a small export of an old archive (events all two years old or more, over three years) in a table
of people would read as births; the sets' and the shared data's date columns have none (``benchmarks/dev_db_s60.py``).

Example::

    past_birth_columns(df, ["c002", "c003"], {"c001": name_detection})
    # {"c003": ColumnDetection("c003", "date_of_birth", 0.8, 1.0, "values+table", ...)}
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.age_annotated_dates import without_age
from safe_synthesizer.pii.column_birth_cells import as_iso, birth_cell
from safe_synthesizer.pii.column_dates import MAX_AGE, MIN_DISTINCT
from safe_synthesizer.pii.column_dates_follow_person import dates_follow_person
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import PERSON_ENTITIES, event_pair, one_date_per_person, table_person_keys
from safe_synthesizer.pii.column_subject_keys import subject_keys
from safe_synthesizer.pii.cue_subjects import names_an_event
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.date_reader import read_date

MIN_DATES = 3
MIN_YEARS_BEFORE = 2.0
MIN_SPAN_YEARS = 3.0
MIN_DATE_SHARE = 0.9
CONFIDENCE = 0.8
# Cells read per column: a small table's column is read whole up to this many filled cells.
MAX_CELLS = 400


def _dates(series: pd.Series) -> list[date] | None:
    """The dates of a column's filled cells when nearly all (:data:`MIN_DATE_SHARE`, placeholders left out) are full
    dates, else None."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        stamps = series.dropna()
        return [d.date() for d in stamps] if len(stamps) else None
    if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return None
    cells = [str(v).strip() for v in series.dropna().tolist()[:MAX_CELLS] if str(v).strip()]
    head = cells[:20]
    if sum(any(ch.isdigit() for ch in c) for c in head) < 0.5 * len(head):
        return None  # cheap first: a column of words (names, categories) is not read cell by cell
    kinds = [birth_cell(c) for c in cells]
    kept = [c for c, k in zip(cells, kinds, strict=True) if k != "placeholder"]
    dated = [c for c, k in zip(cells, kinds, strict=True) if k == "date"]
    if not kept or len(dated) < MIN_DATE_SHARE * len(kept):
        return None
    out = [d for cell in dated if (d := cell_date(cell)) is not None]
    return out if len(out) >= MIN_DATE_SHARE * len(dated) else None


def cell_date(cell: str) -> date | None:
    """The date of a cell with a four-digit year or a month word, in any layout (an age after it, a backslash
    between its fields, a weekday beside it), else None. Number only dates with a two-digit year are left out:
    ``26-10-18`` is 2026-10-18 in one export and 26 October 2018 in another, and the rule rests on the year."""
    core = without_age(cell) or cell
    reading = read_date(core.replace("\\", "|"))
    if reading is not None:
        short = any(not isinstance(p, str) and p[0] == "Y" and p[1] == 2 for p in reading.pieces)
        return None if short else reading.date
    try:
        return date.fromisoformat(as_iso(core))
    except ValueError:
        return None


def past_birth_evidence(series: pd.Series, today: date | None = None) -> str | None:
    """Why a small column's dates read as people's birth dates (see the module), or None.

    Example::

        past_birth_evidence(pd.Series(["09 12 2013", "07 09 2015", "27 03 2017"]), date(2026, 6, 1))
        # '3 distinct dates of 2013-2017, the latest 9.2 years before today'
    """
    today = today or date.today()
    dates = _dates(series)
    if not dates:
        return None
    distinct = sorted(set(dates))
    if not MIN_DATES <= len(distinct) < MIN_DISTINCT:
        return None
    latest = (today - distinct[-1]).days / 365.25
    oldest = (today - distinct[0]).days / 365.25
    span = (distinct[-1] - distinct[0]).days / 365.25
    if latest < MIN_YEARS_BEFORE or oldest > MAX_AGE or span < MIN_SPAN_YEARS:
        return None
    return (
        f"{len(distinct)} distinct dates of {distinct[0].year}-{distinct[-1].year}, "
        f"the latest {latest:.1f} years before today"
    )


def past_birth_columns(
    df: pd.DataFrame,
    names: Sequence[str],
    detections: dict[str, ColumnDetection | None],
    entities: Collection[str] = (E.DATE_OF_BIRTH,),
    today: date | None = None,
) -> dict[str, ColumnDetection]:
    """Birth-date columns among ``names`` the other passes left, in a table where a column of people was found."""
    if E.DATE_OF_BIRTH not in entities:
        return {}
    people = [k for k, d in detections.items() if d is not None and d.entity in PERSON_ENTITIES]
    if not people or any(d is not None and d.entity == E.DATE_OF_BIRTH for d in detections.values()):
        return {}  # no people, or their birth dates found already: another old date column is an event's
    keys = subject_keys(df, table_person_keys(df, detections))
    named = [k for k, d in detections.items() if d is not None and d.entity in (E.NAME, E.FIRST_NAME, E.LAST_NAME)]
    found: dict[str, ColumnDetection] = {}
    oldest: dict[str, date] = {}
    for name in names:
        if name not in df.columns or detections.get(name) is not None:
            continue
        if names_an_event(name) or cue_hints(name) - {E.DATE_OF_BIRTH}:
            continue
        why = past_birth_evidence(df[name], today)
        # A person seen on several rows with several dates (a family's bookings, a contact's visits): events.
        # A booker or parent seen with several dates whose rows each name their own person (a child per date): births.
        if why is not None and (
            one_date_per_person(df, name, keys) is not False or dates_follow_person(df, name, keys, named)
        ):
            oldest[name] = min(_dates(df[name]) or [date.max])
            evidence = f"{why}; the table holds people ({', '.join(people[:2])})"
            found[name] = ColumnDetection(name, E.DATE_OF_BIRTH, CONFIDENCE, 1.0, "values+table", 0, None, evidence)
    paired = {c for a in found for b in found if a < b and event_pair(df, a, b) for c in (a, b)}
    found = {k: v for k, v in found.items() if k not in paired}
    # Two old date columns beside one person (born, joined an archived club): the earlier dates are the births.
    return {k: found[k] for k in sorted(found, key=lambda k: oldest[k])[:1]}
