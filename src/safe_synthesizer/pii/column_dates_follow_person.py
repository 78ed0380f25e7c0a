"""Whether a date column's dates follow the row's own person when the table's first person key (a booker, a
parent) carries several.

Why: the small-table birth passes (:mod:`column_past_births`) ask that a person seen on several rows keeps one date
(:func:`column_few_births.one_date_per_person`): a birth date stays with its person, an event's changes. They read
the person from the table's first key, often the e-mail or the name of whoever BOOKED the row. In a table of
children's activities (a party hire's birthday child, a junior hawk walk, a sailing club's junior helms) the booker
is a parent who comes back with each of their children, so the key's "person" carries two or three birth dates
and the column was taken for events and left as written, header shown or hidden (set 47: 5 of 7 hidden
children's columns). The rows say whose dates they are: beside the booker each row names its own person (the
guest, the helm, the child), and the dates change exactly when that person changes. An event's dates do not: a
family booking every month writes the same child (or the booker alone) with another date.

So the dates follow a second name column when, among the key's people seen on several rows with dates (at least
:data:`~column_few_births.MIN_REPEATED_PEOPLE` of them with two dates or more), the rows of one key person that
name the same second person keep one date, and two different dates always stand beside two different second
people. This replaces nothing: it is asked only where the first key said "several dates per person".

Example::

    dates_follow_person(df, "c002", [("c005",)], ["c001"])  # True: each parent's rows, one date per child
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from safe_synthesizer.pii.column_birth_cells import is_placeholder
from safe_synthesizer.pii.column_date_keys import readings, same_date
from safe_synthesizer.pii.column_few_births import MIN_REPEATED_PEOPLE

# Share of a key's people with several dates whose dates must each stand beside a second person of their own.
MIN_FOLLOWING = 0.9


def _normal(values: pd.Series) -> pd.Series:
    text = values.astype("string").str.strip().str.casefold()
    return text.mask(text.fillna("").map(lambda v: not v or is_placeholder(v)))


def dates_follow_person(
    df: pd.DataFrame, date_column: str, person_keys: Sequence[Sequence[str]], name_columns: Sequence[str]
) -> bool:
    """Whether the dates of ``date_column`` follow one of ``name_columns`` within the groups of a key of
    ``person_keys`` that carries several dates per person (see the module).

    Example::

        df = pd.DataFrame({"booker": ["a@x", "a@x", "b@y", "b@y"], "child": ["Tom", "Mia", "Ben", "Zoe"],
                           "born": ["2015-03-02", "2017-06-09", "2014-01-20", "2016-11-05"]})
        dates_follow_person(df, "born", [("booker",)], ["child"])  # True
    """
    cells = pd.Series(readings(df[date_column]), index=df.index)
    dated = cells.map(bool)
    for key in person_keys:
        parts = [_normal(df[column]) for column in key]
        who = parts[0]
        for part in parts[1:]:
            who = who + "|" + part
        who = who[dated & who.notna()]
        several = [rows.index for _, rows in cells[who.index].groupby(who) if len(rows) >= 2 and not same_date(rows)]
        if len(several) < MIN_REPEATED_PEOPLE:
            continue
        for column in name_columns:
            if column in key or column not in df.columns:
                continue
            second = _normal(df[column])
            following = 0
            for index in several:
                named = second[index].dropna()
                if len(named) < len(index):
                    continue  # a row of the group names no second person: the date may be the booker's
                groups = [cells[rows.index] for _, rows in named.groupby(named)]
                one_each = all(same_date(g) for g in groups)
                # Different dates beside different people: as many people as dates at least.
                dates = {frozenset(c) for c in cells[index]}
                following += one_each and len(groups) >= len(dates)
            if following >= MIN_FOLLOWING * len(several):
                return True
    return False
