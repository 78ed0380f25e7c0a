"""Birth dates told by the rows: a date before every event date of its row, kept by its person, in a table of people.

Why: the value rules (:mod:`column_dates`, :mod:`column_few_births`, :mod:`column_cohort_births`) read a date
column's spread, and when that says too little they ask the table's repeat people to keep one date each
(:func:`~column_few_births.one_date_per_person`). Two kinds of birth-date column stayed as written, names hidden
(blind set 33: 27 columns):

- children's birth dates in a roster that names a parent or guardian on each row (a nursery, a kindergarten, a
  youth club): born one to six years before the export, a few years apart, they fail the children's value test
  (none in the last two years, a spread of five) that keeps an archive's events out, and each child is on one row,
  so no person repeats;
- adults' birth dates in a small log of visits or bookings (a pharmacy's repeat prescriptions, an interpreting
  agency's bookings, a burial register): a handful of dates, some cells blank or ``0``, and the repeat client is
  written differently from row to row (``AL-ZAWI, Ibrahim``, ``Ibrahim Al-Zawi``; ``龚, 强`` and ``龚强``), or two
  clients share a name and differ, or the first key read is a booker's e-mail or a grave owner's that repeats over
  other people's rows: the rows' answer was "no one repeats" or "dates change", and the column was left.

What the rows do say, in any language or layout: a person's birth date precedes every event written beside it (the
visit, the booking, the start, the check-in, the death), by gaps that vary as ages do; an adult's by fifteen years
or more, a child's by up to eighteen. Event dates cluster near the export and follow each other by days to a few
years. So a column left undecided counts as birth dates when all of these hold:

- the table holds people (a column found to hold names or e-mail addresses), no birth-date column was found yet,
  and the column's name says nothing else (no event's name);
- nearly all its filled cells (``0``, ``?``, ``n/a``, words without digits left out) are day-precise dates, in any
  mix of layouts (:func:`~column_date_keys.readings`), and the table has another date column (its events);
- on the rows that fill both, the date lies before each event column's date, by gaps that vary;
- an adult's (:data:`ADULTS`): fifteen years or more before each event on those rows, ages within a life
  span, spread over years (a decade for a handful of dates), over most months and with weekends;
- a child's (:data:`CHILDREN`): all within eighteen years of the table's latest event and nearly all a year or
  more before it (a roster's children are a year old or more, a nursery's youngest included; a joining date runs up
  to the export: a kids' club's ``joined`` beside each child's ``last visit`` and parent), spread over two
  years or more, before the events on most rows (a waiting list is joined before some births), a year or more
  before them on the median row (not an incident and its claim, a death and its burial), over most months, with
  weekends, and the rows name a family member beside each child (a guardian of their surname: :func:`family_rows`);
- the rows' own person (the key naming the most people, staff left out by :func:`~column_subject_keys.subject_keys`,
  names compared whatever their case, order and punctuation) does not carry several dates; a handful of adults'
  dates needs people seen twice who keep theirs (:func:`person_verdict`); dates differ between people.

Only one column of a table is taken: two columns that both pass are a person's date and an event of theirs. The
rows are read, and the ages tested, by :mod:`row_event_dates` (shared with :mod:`column_cohort_births`: the same
test with a cohort's bars); :data:`ADULTS` and :data:`CHILDREN` are this pass's bars.

Example::

    row_birth_date_columns(df, ["c000", "c001", "c002"], {"c000": name_detection})
    # {"c002": ColumnDetection("c002", "date_of_birth", 0.8, ..., "values+table", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_birth_cells import is_placeholder
from safe_synthesizer.pii.column_date_keys import Reading, readings, same_date
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import PERSON_ENTITIES, table_person_keys
from safe_synthesizer.pii.column_subject_keys import subject_keys
from safe_synthesizer.pii.row_event_dates import (
    HANDFUL,
    AgeBand,
    Judge,
    age_band_evidence,
    date_column,
    event_columns,
    mostly_dated,
    reference_date,
    undecided_birth_columns,
)

# Share of a column's dated-or-not cells (junk left out) that must be day-precise dates (and half of all filled).
MIN_DATED_SHARE = 0.9
# Adults: distinct dates, years before each row's events, oldest age, spread of ages (a
# handful of dates asks a decade); rows filling both columns needed, share of them where the date comes 15+ years
# first; gaps that vary as ages do (10th to 90th percentile, or the range of a handful: no fixed term or offset).
ADULTS = AgeBand(min_distinct=4, min_age=15, max_age=110, min_spread=4, handful_spread=10, row_share=0.95)
# Children: distinct dates, youngest age at the table's latest event (a year: a club's joining dates run up to
# the export, children on a roster are older) but for a few (5%: a baby or two of a nursery), oldest, spread of
# ages, median years before events; a nursery's waiting list is joined before some children are born (a place
# booked in pregnancy): before the events on 80% of the rows. Own dev tables (benchmarks/dev_db_event_tables.py):
# a kids' club's joining dates beside its last visits and a parent 61 -> 11 of 64 taken; nurseries 59 of 64 kept.
CHILDREN = AgeBand(
    min_distinct=8, min_age=1.0, under_share=0.05, min_gap=0.0, max_age=18, min_spread=2, row_share=0.8,
    min_median_gap=1.0,
)  # fmt: skip
# The rows' person: share of the people seen twice (with a date) who keep one date; dates per person.
MIN_SAME_SHARE = 0.6
MAX_SAME_SHARE_AGAINST = 0.5
MIN_DIFFERING_AGAINST = 2
MIN_DATES_PER_PERSON = 0.5


_WORD_CHARS = re.compile(r"\w", re.UNICODE)


def person_of(parts: Sequence[str]) -> str | None:
    """A person's key from the cells naming them, whatever the case, order and punctuation (``AL-ZAWI, Ibrahim``,
    ``Ibrahim Al-Zawi``; ``龚, 强`` and ``龚强``): their letters, sorted; None when a cell is blank or a placeholder."""
    letters: list[str] = []
    for part in parts:
        text = part.strip()
        if not text or is_placeholder(text):
            return None
        letters += _WORD_CHARS.findall(text.casefold())
    return "".join(sorted(letters)) or None


def _people(df: pd.DataFrame, key: Sequence[str]) -> list[str | None]:
    columns = [df[c].astype("string").fillna("").tolist() for c in key]
    return [person_of(parts) for parts in zip(*columns, strict=True)]


def person_verdict(
    df: pd.DataFrame, cells: list[set[Reading]], keys: Sequence[tuple[str, ...]]
) -> tuple[bool | None, int]:
    """(whether the rows' own person keeps one date: True, carries several: False, or None when too few people are
    seen twice with a date to tell; how many people the dated rows name).

    The rows' own person is the key naming the most people (a booker's e-mail, a grave owner, a parent repeat over
    other people's rows). Two clients sharing a name differ: a single person with two dates says nothing, and the
    verdict is that of the majority."""
    best: list[str | None] = []
    for key in subject_keys(df, list(keys)):
        who = _people(df, key)
        if len({w for w in who if w}) > len({w for w in best if w}):
            best = who
    if not best:
        return None, 0
    groups: dict[str, list[set[Reading]]] = {}
    for who, cell in zip(best, cells, strict=True):
        if who and cell:
            groups.setdefault(who, []).append(cell)
    repeated = [rows for rows in groups.values() if len(rows) >= 2]
    same = sum(same_date(rows) for rows in repeated)
    if not repeated:
        return None, len(groups)
    if same >= MIN_SAME_SHARE * len(repeated):
        return True, len(groups)
    differ = len(repeated) - same
    if differ >= MIN_DIFFERING_AGAINST and same < MAX_SAME_SHARE_AGAINST * len(repeated):
        return False, len(groups)
    return None, len(groups)


# Share of the rows that must name a child's family member beside them (a guardian of the child's surname).
MIN_FAMILY_ROWS = 0.5
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def _words(cell: str) -> set[str]:
    return {w for w in _NAME_WORD.findall(cell.casefold()) if len(w) >= 2}


def _kin(surname: str, cell: str) -> bool:
    """Whether ``cell`` (a full name) carries ``surname``: written inside it (``Brandt`` in ``Rita BRANDT``, ``강`` in
    ``강영숙``), or a word of it ends the surname's stem (``Симонов`` and ``Симонова``)."""
    surname = surname.strip().casefold()
    if not surname or is_placeholder(surname):
        return False
    return surname in cell or any(len(w) >= 3 and w in surname for w in _words(cell))


def family_rows(df: pd.DataFrame, detections: dict[str, ColumnDetection]) -> bool:
    """Whether most rows name a child and, beside them, a family member: a full name of the child's surname that is
    not the child's own (it does not hold the row's given name).

    Why: a nursery's or youth club's roster writes each child with a parent or guardian (``Jonas`` | ``Brandt`` |
    ``Rita Brandt``), as lists of adults seldom do; children's birth dates span a few recent years, which events do
    too, so the family beside each child is what says whose dates they are. Two unrelated people per row (tenants, a
    deceased and the grave's owner) are no family; a full name beside its own person's split names (a CRM's ``Full
    name``, ``First``, ``Last``) is one person. A child in a full-name column beside a parent in another counts by
    the surname word they share."""
    kinds = {e: [k for k, d in detections.items() if d.entity == e and k in df.columns] for e in PERSON_ENTITIES}
    full = kinds[E.NAME]
    if not full or not len(df):
        return False
    cells = {k: df[k].astype("string").fillna("").str.casefold().tolist() for k in full}
    if kinds[E.LAST_NAME] and kinds[E.FIRST_NAME]:
        lasts = df[kinds[E.LAST_NAME][0]].astype("string").fillna("").tolist()
        firsts = df[kinds[E.FIRST_NAME][0]].astype("string").fillna("").str.casefold().str.strip().tolist()
        family = sum(
            any(c[i].strip() and first and first not in c[i] and _kin(lasts[i], c[i]) for c in cells.values())
            for i, first in enumerate(firsts)
        )
    elif len(full) >= 2:
        child, others = cells[full[0]], [cells[k] for k in full[1:]]
        family = sum(
            any(o[i].strip() and o[i] != child[i] and _words(child[i]) & _words(o[i]) for o in others)
            for i in range(len(df))
        )
    else:
        return False
    return family >= MIN_FAMILY_ROWS * len(df)


def row_birth_evidence(
    df: pd.DataFrame,
    name: str,
    keys: Sequence[tuple[str, ...]],
    guardians: bool,
    today: date | None = None,
) -> tuple[bool, str]:
    """(whether column ``name`` reads as birth dates by its rows, why); ``keys`` name the table's people and
    ``guardians`` says each row names a second person (see the module's docstring)."""
    column = date_column(df[name])
    if column is None or not mostly_dated(column, MIN_DATED_SHARE):
        return False, "not day-precise dates"
    today = today or date.today()
    if max(column.dated) > today:
        return False, "dates after today"
    events = event_columns(df, name)
    reference = reference_date(events, today)
    if reference is None:
        return False, "no event column"
    adults, why = age_band_evidence(column, events, reference, ADULTS)
    born, why = adults, f"adults: {why}"
    if not born and guardians:
        born, why = age_band_evidence(column, events, reference, CHILDREN)
        why = f"children: {why}"
    if not born:
        return False, why
    cells = readings(df[name])
    same, people = person_verdict(df, cells, keys)
    if same is False:
        return False, f"{why}; the rows' people carry several dates each"
    distinct = len(set(column.dated))
    if people and distinct < MIN_DATES_PER_PERSON * people:
        return False, f"{why}; {distinct} dates for {people} people (shared dates: events)"
    if same is None and distinct < HANDFUL and adults:
        return False, f"{why}; a handful of dates, no person seen twice keeping one"
    return True, why + ("; one date per person over their rows" if same else "")


def row_birth_date_columns(
    df: pd.DataFrame,
    names: Sequence[str],
    detections: dict[str, ColumnDetection | None],
    entities: Collection[str] = (E.DATE_OF_BIRTH,),
    today: date | None = None,
) -> dict[str, ColumnDetection]:
    """Birth-date columns among ``names`` left undecided, told by their rows' events, in a table about people with
    no birth-date column found yet (see the module's docstring)."""

    def judge_for(sample: pd.DataFrame, decided: dict[str, ColumnDetection]) -> Judge:
        keys, guardians = table_person_keys(sample, decided), family_rows(sample, decided)
        return lambda name: row_birth_evidence(sample, name, keys, guardians, today)

    return undecided_birth_columns(df, names, detections, entities, judge_for)
