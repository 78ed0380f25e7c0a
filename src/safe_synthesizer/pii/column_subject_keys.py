"""Which of a table's name columns name the rows' own person, and which a handful of staff over many rows.

Why: the table passes read a column's values against the people of its rows: a birth date stays with its person
over their rows, an event's date changes (:func:`~safe_synthesizer.pii.column_few_births.one_date_per_person`). A
register also names the one who served each row: the bailiff who issued an angling permit, the consultant of a
ward's patient, the agent of a debt case, the nurse of a donation (``Issued By``: ``Mr Krogh`` on a third of the
rows). Read as the rows' person, such a column has each "person" carry many birth dates, and the birth-date column
was taken for events and left as written (set 30: juniors' birth dates beside the issuing bailiff, patients' beside
their consultant, in a dozen locales). What marks such a column does not depend on the language or the names: a
few values fill many rows. A row's own person comes back a few times (donors, tenants, members renewing); the
staff of a register serve several rows each on average, many more than any customer comes back.

:func:`subject_keys` keeps the keys (tuples of columns whose values together name a person) that may name the rows'
own person: not the ones whose distinct values are under :data:`MAX_STAFF_SHARE` of their filled rows, nor the ones
with under :data:`MIN_SHARE_OF_BEST` of the distinct values of the most varied key.

Example::

    subject_keys(df, [("email",), ("Member Name",), ("Issued By",)])  # [("email",), ("Member Name",)]
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

# A key whose distinct values are at most this share of its filled rows names staff (a person every four rows).
MAX_STAFF_SHARE = 0.25
# A key with under this share of the most varied key's distinct values names fewer people than the rows hold.
MIN_SHARE_OF_BEST = 0.5
# Filled rows a key needs before its repeats say anything (a table of eight rows and two nurses says little).
MIN_ROWS = 8


def _who(df: pd.DataFrame, key: Sequence[str]) -> pd.Series:
    """Each row's key value (the key's cells joined, casefolded), blank when a cell is."""
    parts = [df[c].astype("string").fillna("").str.strip().str.casefold().astype(object) for c in key]
    who = parts[0].str.cat(parts[1:], sep="|") if len(parts) > 1 else parts[0]
    blank = pd.concat([part == "" for part in parts], axis=1).any(axis=1)
    return who.where(~blank, "")


def distinct_people(df: pd.DataFrame, key: Sequence[str]) -> tuple[int, int]:
    """(distinct values, filled rows) of ``key`` in ``df``."""
    who = _who(df, key)
    filled = who[who != ""]
    return int(filled.nunique()), len(filled)


def subject_keys(df: pd.DataFrame, keys: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The keys of ``keys`` that may name the rows' own person, in their order (the others name staff)."""
    counts = {key: distinct_people(df, key) for key in keys if set(key) <= set(df.columns)}
    best = max((d for d, _ in counts.values()), default=0)
    kept = []
    for key in keys:
        if key not in counts:
            continue
        distinct, rows = counts[key]
        if rows >= MIN_ROWS and (distinct <= MAX_STAFF_SHARE * rows or distinct < MIN_SHARE_OF_BEST * best):
            continue
        kept.append(key)
    return kept
