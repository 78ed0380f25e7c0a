"""Person-name findings that are places named after people: rooms, halls, dojos, clubs, schools.

Why: a music school's ``Room`` column (``Bach``, ``Mozart Room``, ``Salle Debussy``, ``Clara-Schumann-Saal``), a
martial-arts register's ``Dojo`` or a table of universities holds composers' and founders' names, so a check that
reads words (the learned classifier above all) takes it for people. No person's name carries the word of a place's
kind (:mod:`name_venue_words`), while a third or more of such a column's distinct values do: those findings are
dropped, whatever found them.

Example::

    venue_named_columns(df, {"c004": det_name, "c001": det_name})
    # ["c004"]  -- Bach, Mozart Room, Aula Verdi, Sweelinckzaal
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.name_venue_words import has_venue_word

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
MAX_ROWS = 2000
# Share of the distinct values that carry a place word: a column of people has none (a stray ``Hall`` is read only
# as a place word where it opens a value).
MIN_VENUE_SHARE = 0.3


def venue_named_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns of ``found`` detected as people's names whose values are mostly places named after people."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _PERSON or column not in df.columns:
            continue
        values = {v.strip() for v in df[column].iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()}
        if values and sum(map(has_venue_word, values)) >= MIN_VENUE_SHARE * len(values):
            out.append(column)
    return out
