"""Birth-date columns of small tables about people: fewer distinct dates, with the table's names as evidence.

Why: by its values alone a date column needs :data:`~safe_synthesizer.pii.column_dates.MIN_DISTINCT` (20)
distinct dates before the spread of its years is read, because a handful of dates spread over decades may be
anything (founding years of a few firms, releases of a few records). A club's or practice's export has 15-40
rows, repeat customers and blank cells: its birth-date column holds 10-19 distinct dates and was left as
written (blind set 23: 24 rows, 19 distinct dates). Such a column still counts when two kinds of evidence
agree: the rest of the table is about people (a column already found to hold names or e-mail addresses), and
its dates pass the same tests of a life span as a large column does (all within 0-110 years back, 10th to 90th
percentile at least 20 years apart, median age at least 25). Event dates of a few years fail the spread however
many people the table names; dates of a table with no person in it stay unjudged.

A handful of dates (4-9: a contact list or a customer export of a dozen rows) says too little by its spread alone;
it counts when the rows say the rest: people seen on several rows keep one date each (a birth date stays with its
person, whatever layout each row writes it in; an event's date changes).

A column under a second header row (a sheet of merged headers: its first cell ``Date of birth``; a survey export's
question row, with the tool's field-id row under it) is a birth-date column when the cells below read as such
(:func:`sub_headed_birth_dates`).

Runs as a table pass (after names are found), on columns the per-column check left and whose name says
nothing against a birth date (an event's name: ``joined``, ``next due``).

Example::

    few_birth_date_columns(df, ["c000", "c001", "c002"], {"c001": name_detection})
    # {"c002": ColumnDetection("c002", "date_of_birth", 0.8, ..., "values+table", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_birth_cells import birth_cell, birth_date_score, is_placeholder, numeric_birth_dates
from safe_synthesizer.pii.column_date_keys import readings, same_date
from safe_synthesizer.pii.column_dates import MIN_DISTINCT, YOUNG_MARK, birth_date_evidence
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.column_subject_keys import subject_keys
from safe_synthesizer.pii.column_yearless_births import YEARLESS_MARK
from safe_synthesizer.pii.cue_subjects import names_an_event
from safe_synthesizer.pii.cues import cue_hints

# Distinct dates a small table's birth-date column needs: with 10, the 10th-90th percentile spread still rests
# on 8 dates; fewer are a handful of people, whose dates say too little by themselves.
MIN_FEW_DISTINCT = 10
# A handful of dates (4-9) counts when the rows say more: people seen on several rows keep one date each.
MIN_HANDFUL = 4
# Entities whose columns show that a table's rows are people.
PERSON_ENTITIES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.EMAIL})
CONFIDENCE = 0.8
# People seen on two rows or more needed before the rows say anything; share of them with one date throughout.
MIN_REPEATED_PEOPLE = 2
MIN_SAME_DATE = 0.8
# Share of the cells under a second header row naming a birth date that must be dates, ages or partial dates.
MIN_SUB_HEADED_DATES = 0.9
_DIGIT = re.compile(r"\d")


def person_keys(detections: dict[str, ColumnDetection | None]) -> list[tuple[str, ...]]:
    """Columns whose values name one person: each e-mail column, each full-name column, then a surname column
    with a first-name column (alone, a first name or a surname is shared by many people: two Annas, a family)."""
    of = {e: [k for k, d in detections.items() if d is not None and d.entity == e] for e in PERSON_ENTITIES}
    keys = [(k,) for k in of[E.EMAIL] + of[E.NAME]]
    if of[E.LAST_NAME] and of[E.FIRST_NAME]:
        keys.append((of[E.LAST_NAME][0], of[E.FIRST_NAME][0]))
    return keys


def table_person_keys(df: pd.DataFrame, detections: dict[str, ColumnDetection | None]) -> list[tuple[str, ...]]:
    """:func:`person_keys` whose columns are all in ``df`` (detections may name columns of a wider plan)."""
    return [k for k in person_keys(detections) if set(k) <= set(df.columns)]


def names_two_people(detections: dict[str, ColumnDetection | None]) -> bool:
    """Whether each row names two people: two full-name columns, or four of given names and surnames (two pairs;
    a surname of a script the lists do not hold may be taken for a given name, so the pair is not asked for).

    Why: a roster of children (a youth club's players, a camp's or a school's pupils) writes a parent or guardian
    beside each child (``Contact 1 First``, ``Contact 1 Last``, ``Parent name``), as lists of adults seldom do.
    Children's birth dates span a decade of recent years, which an archive of events does too by its values
    alone (:func:`~safe_synthesizer.pii.column_dates.young_birth_date_evidence`); with the second person on
    each row the table says whose dates they are. One extra first name (a nickname) or a second e-mail address
    (work and home) is the same person again, and does not count."""
    count = {e: sum(1 for d in detections.values() if d is not None and d.entity == e) for e in PERSON_ENTITIES}
    return count[E.NAME] >= 2 or count[E.FIRST_NAME] + count[E.LAST_NAME] >= 4


# Share of the rows that must name two people for the table to be a roster of children with their guardians.
MIN_TWO_PEOPLE_ROWS = 0.5


def rows_name_two_people(df: pd.DataFrame, detections: dict[str, ColumnDetection | None]) -> bool:
    """Whether most rows (:data:`MIN_TWO_PEOPLE_ROWS`) fill the name cells of two people: full-name cells count one
    person each, given-name and surname cells half a person each.

    Why: a children's roster names a guardian on each child's row; a library's or club's member list has the columns
    of a contact person too (Koha's ``contactname``, ``relationship``), filled on the few rows of child members only.
    Its other dates (enrolled, joined) span the recent years children's birth dates also span, so a guardian's
    columns say children only where the rows fill them."""
    weights = {E.NAME: 1.0, E.FIRST_NAME: 0.5, E.LAST_NAME: 0.5}
    people = pd.Series(0.0, index=df.index)
    for column, found in detections.items():
        if found is not None and found.entity in weights and column in df.columns:
            filled = df[column].astype("string").str.strip().fillna("") != ""
            people += filled.astype(float) * weights[found.entity]
    return bool(len(df)) and float((people >= 2).mean()) >= MIN_TWO_PEOPLE_ROWS


def rows_name_guardians(df: pd.DataFrame, detections: dict[str, ColumnDetection | None]) -> bool:
    """Whether the rows name two people each (:func:`names_two_people`, :func:`rows_name_two_people`), staff left
    out: a teacher, coach or bailiff written on many rows (:func:`~column_subject_keys.subject_keys`) is no
    guardian of the row's child."""
    keys = table_person_keys(df, detections)
    kept = {c for key in subject_keys(df, keys) for c in key}
    staff = {c for key in keys if len(key) == 1 for c in key} - kept
    people = {k: _as_full_name(df, d) for k, d in detections.items() if k not in staff and d is not None}
    return names_two_people(people) and rows_name_two_people(df, people)


# Share of a given-name or surname column's filled cells that must hold two words or more for it to name people in
# full (``Augustine Sesay``, ``KARGBO, Momodu`` in a column found to hold given names).
MIN_FULL_NAME_CELLS = 0.8


def _as_full_name(df: pd.DataFrame, found: ColumnDetection) -> ColumnDetection:
    """``found`` as a full-name column when it was read as given names or surnames but its cells hold two words or
    more: a payer's or parent's full name, typed by a name list that knew one of its words."""
    if found.entity not in (E.FIRST_NAME, E.LAST_NAME) or found.column not in df.columns:
        return found
    cells = df[found.column].astype("string").str.strip().replace("", pd.NA).dropna()
    if not len(cells) or float(cells.str.contains(r"\w[\s,]+\w", regex=True).mean()) < MIN_FULL_NAME_CELLS:
        return found
    return replace(found, entity=E.NAME)


def one_date_per_person(df: pd.DataFrame, date_column: str, person_keys: Sequence[Sequence[str]]) -> bool | None:
    """Whether each person seen on several rows has one date in ``date_column`` (True), several (False), or
    ``None`` when no key (columns whose values together name a person) has :data:`MIN_REPEATED_PEOPLE` people
    seen twice with a date.

    Why: customers come back (a family books a sitter every month, a patient returns): a birth date is theirs and
    repeats with them, an appointment's or order's date changes from row to row. Dates are compared as the
    calendar dates they name (:mod:`column_date_keys`): a merged export writes one birth date ``12.03.1980`` on one
    row and ``1980-03-12`` or ``12/3/80`` on the next. A cell of no date (``-``, ``NULL``, ``0/0/00``) is no second
    date of its person, and a placeholder in a key column (``-`` where a guest gave no e-mail) names no one: rows of
    many people share it."""
    cells = pd.Series(readings(df[date_column]), index=df.index)
    dated = cells.map(bool)
    for key in person_keys:
        parts = [df[column].astype("string").str.strip().str.casefold() for column in key]
        # ``-``, ``n/a`` where a guest gave no e-mail: no one's key (rows of many people share it).
        parts = [part.mask(part.fillna("").map(is_placeholder)) for part in parts]
        who = parts[0]
        for part in parts[1:]:
            who = who + "|" + part  # a row missing a part of the key has no key (NA), and is left out
        who = who[dated & who.notna()]
        who = who[who.str.strip("|") != ""]
        groups = [rows for _, rows in cells[who.index].groupby(who) if len(rows) >= 2]
        if len(groups) >= MIN_REPEATED_PEOPLE:
            return sum(same_date(rows) for rows in groups) >= MIN_SAME_DATE * len(groups)
    return None


def few_birth_date_columns(
    df: pd.DataFrame,
    names: Sequence[str],
    detections: dict[str, ColumnDetection | None],
    entities: Collection[str] = (E.DATE_OF_BIRTH,),
    sample_size: int = 500,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Birth-date columns of 10-19 distinct dates among ``names`` the per-column check left, when another
    column of the table was found to hold people (:data:`PERSON_ENTITIES`)."""
    if E.DATE_OF_BIRTH not in entities:
        return {}
    people = [k for k, d in detections.items() if d is not None and d.entity in PERSON_ENTITIES]
    if not people:
        return {}
    found: dict[str, ColumnDetection] = {}
    guardians = rows_name_guardians(df, detections)
    for name in names:
        if detections.get(name) is not None or names_an_event(name) or cue_hints(name) - {E.DATE_OF_BIRTH}:
            continue
        if (headed := sub_headed_birth_dates(df[name], sample_size=sample_size, seed=seed)) is not None:
            found[name] = ColumnDetection(name, E.DATE_OF_BIRTH, CONFIDENCE, 1.0, "values+table", 0, None, headed)
            continue
        born, why = small_birth_dates(df[name], sample_size=sample_size, seed=seed, min_distinct=MIN_HANDFUL)
        if not born:
            continue
        # Staff columns (a bailiff, a consultant, a music teacher over their pupils) are no person of the dates.
        same = one_date_per_person(df, name, subject_keys(df, table_person_keys(df, detections)))
        # A person's birth date is the same on each of their rows; an event's date is not. Children's dates (a
        # decade of recent years) look like an archive of events by their values: their column needs the rows.
        # So does a handful of dates (a few people, whose dates alone say too little).
        handful = len({frozenset(r) for r in readings(df[name]) if r}) < MIN_FEW_DISTINCT
        # A tool's birthdays without a year (``0000-05-26``) say birth date whatever the rows or the dates' spread.
        # Children's dates are also told by rows naming a second person beside each child (a guardian).
        young = YOUNG_MARK in why and not guardians
        if same is False or (same is None and (young or handful) and YEARLESS_MARK not in why):
            continue
        evidence = f"{why}; the table holds people ({', '.join(people[:2])})"
        if same:
            evidence += ", one date per person over their rows"
        elif YOUNG_MARK in why:
            evidence += ", each row names a second person (a guardian)"
        found[name] = ColumnDetection(name, E.DATE_OF_BIRTH, CONFIDENCE, 1.0, "values+table", 0, None, evidence)
    paired = {c for a in found for b in found if a < b and event_pair(df, a, b) for c in (a, b)}
    return {k: v for k, v in found.items() if k not in paired}


# A start and its end: one column's date on or before the other's on this share of the rows both fill ...
MIN_ORDERED_ROWS = 0.9
# ... and within this many years of it on most (a parent's birth date precedes a child's by more).
MAX_EVENT_GAP_YEARS = 15
MIN_NEAR_ROWS = 0.8


def event_pair(df: pd.DataFrame, a: str, b: str) -> bool:
    """Whether columns ``a`` and ``b`` date a start and its end on each row (hire and termination, member since
    and last visit): one on or before the other on nearly every row, mostly within :data:`MAX_EVENT_GAP_YEARS`.

    Why: an old export's two event columns of a small table both pass the life-span tests (every date 15-40 years
    back, spread over decades) when judged alone. Two people's birth dates on one row are in no fixed order (a
    visitor and a prisoner, spouses), or a generation apart (a mother and her child)."""
    gaps = []
    for x, y in zip(readings(df[a]), readings(df[b]), strict=True):
        fx = sorted(r for r in x if r[1] is not None and r[2] is not None)
        fy = sorted(r for r in y if r[1] is not None and r[2] is not None)
        if fx and fy:
            gaps.append((date(*fy[0]) - date(*fx[0])).days / 365.25)  # type: ignore[arg-type]
    if len(gaps) < MIN_HANDFUL:
        return False
    g = np.asarray(gaps)
    if float(np.mean(g != 0)) < 0.5:  # one date written twice (a copy of the column) is no pair of events
        return False
    near = float(np.mean(np.abs(g) < MAX_EVENT_GAP_YEARS)) >= MIN_NEAR_ROWS
    return near and max(float(np.mean(g >= 0)), float(np.mean(g <= 0))) >= MIN_ORDERED_ROWS


def sub_headed_birth_dates(series: pd.Series, sample_size: int = 500, seed: int = 0) -> str | None:
    """Evidence that a column is birth dates under a second header row, else None: its first cell names a birth
    date (``Fecha de nacimiento``, ``Date of birth``) and nearly all cells below are dates, ages or partial dates.

    Why: a sheet with merged headers (``Participant`` over ``First name | Surname | Date of birth``) is read with
    the merged row as the header: the column is ``Unnamed: 2`` and its real name is its first cell. A camp's
    children are born within a few years, which their dates alone do not tell from events."""
    if series.empty or pd.isna(series.iloc[0]):
        return None
    head = str(series.iloc[0]).strip()
    if _DIGIT.search(head) or cue_hints(head) != {E.DATE_OF_BIRTH}:
        return None
    rest = series.iloc[1:]
    # A survey tool writes one more header row under the question (Qualtrics' ``{"ImportId":"QID6"}``,
    # SurveyMonkey's answer-option row): a second cell that is no date, nor a cell a date column leaves, is a header.
    if len(rest) and pd.notna(second := rest.iloc[0]) and birth_cell(str(second)) is None:
        rest = rest.iloc[1:]
    rest = rest.dropna()
    if rest.empty or pd.api.types.is_numeric_dtype(rest.dtype):
        return None
    score = birth_date_score(sample_values(rest.astype(str), sample_size, seed), cued=True)
    if score.share < MIN_SUB_HEADED_DATES:
        return None
    return f"first cell names the column (a second header row); {score.evidence}"


def small_birth_dates(
    series: pd.Series, sample_size: int = 500, seed: int = 0, min_distinct: int = MIN_FEW_DISTINCT
) -> tuple[bool, str]:
    """Whether a column of ``min_distinct`` to :data:`MIN_DISTINCT` - 1 distinct dates reads as birth dates by the
    life-span tests of :func:`birth_date_evidence` (larger columns were judged by the per-column check already and
    are not judged again)."""
    values = series.dropna()
    if values.empty:
        return False, "empty"
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        distinct = values.nunique()
        if not min_distinct <= distinct < MIN_DISTINCT:
            return False, f"{distinct} distinct dates"
        return birth_date_evidence(values, seed=seed, min_distinct=min_distinct)
    if pd.api.types.is_bool_dtype(values.dtype):
        return False, "booleans"
    if pd.api.types.is_numeric_dtype(values.dtype):
        if not min_distinct <= values.nunique() < MIN_DISTINCT:
            return False, f"{values.nunique()} distinct values"
        return numeric_birth_dates(values, cued=False, min_distinct=min_distinct)
    sample = sample_values(values.astype(str), sample_size, seed)
    if not min_distinct <= sample.n_distinct < 2 * MIN_DISTINCT:  # placeholders and remarks are left out later
        return False, f"{sample.n_distinct} distinct values"
    score = birth_date_score(sample, cued=False, min_distinct=min_distinct)
    return score.values_decide and score.share >= 0.9, score.evidence
