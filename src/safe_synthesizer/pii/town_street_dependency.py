"""A town finding checked against the table's street lines: one house, one town.

Why: the town passes read a column of capitalised words beside the people's street lines as their towns
(:mod:`column_block_towns`, :mod:`place_pairs`, the learned classifier), and a model railway club's register holds
its members' locomotives there (``City of Truro``, ``King George V``, ``Mallard``, ``Flying Scotsman`` beside
``Indirizzo``): the locomotives were published as fake towns (set 46, seen: it_IT, pa_IN, headers hidden). Any
header, any language, any thing a club or shop lists per visit (a boat, a machine, a course) fits the same shape;
no word list knows them all. What a town column is, structurally: the town of an address. A street line with its
house number names one house, and a house stands in one town, so where the same street line comes back on several
rows, its town comes back with it (a household, a returning member, a repeated order). A column whose words change
from row to row under one and the same house is something the rows carry, not the house's town.

So: of the rows whose street line (with a digit: a house number, a unit) is written more than once, the share that
carry that line's usual word in the town column; under :data:`MIN_SAME_TOWN` (with at least :data:`MIN_REPEAT_ROWS`
such rows) against every street or address column of the table, the town finding is taken back. Streets written
without numbers (``Hauptstraße``, a neighbourhood) are left out: one such street runs through many towns. A table
whose houses never repeat says nothing (the finding stands).

Only the first :data:`MAX_ROWS` rows are read: the cost is per column.

Example::

    unhoused_town_columns(df, {"Loco": det_city, "Indirizzo": det_address})  # ["Loco"]
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cues import cue_hints

__all__ = ["same_town_share", "unhoused_town_columns"]

MAX_ROWS = 5000
# Rows of a repeated house that carry the house's usual town: a typo or a move leaves a few others.
MIN_SAME_TOWN = 0.75
MIN_REPEAT_ROWS = 4  # rows of repeated houses needed before the check speaks
_STREETS = frozenset({E.STREET_ADDRESS, E.ADDRESS})


def _filled(series: pd.Series) -> pd.Series:
    text = series.astype("string").str.strip()
    return text.where(text.notna() & text.ne(""))


def same_town_share(streets: pd.Series, towns: pd.Series) -> tuple[float, int]:
    """(share of rows of a repeated, numbered street line that carry that line's usual town, how many such rows).

    Case and spacing are ignored; a share of 1.0 over 0 rows means no house repeats.

    Example::

        same_town_share(pd.Series(["1 Elm Rd", "1 Elm Rd"]), pd.Series(["Leeds", "Mallard"]))  # (0.5, 2)
    """
    street = _filled(streets.head(MAX_ROWS)).str.casefold().str.replace(r"\s+", " ", regex=True)
    town = _filled(towns.head(MAX_ROWS)).str.casefold()
    frame = pd.DataFrame({"s": street, "t": town}).dropna()
    frame = frame[frame["s"].str.contains(r"\d", regex=True)]
    frame = frame[frame["s"].duplicated(keep=False)]
    if frame.empty:
        return 1.0, 0
    usual = frame.groupby(["s", "t"]).size().groupby(level=0).max().sum()  # each house's usual town's rows
    return float(usual / len(frame)), len(frame)


def unhoused_town_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The town findings of ``found`` whose words change under one and the same house on every street or address
    column of the table (see the module); the caller sets them to ``None``."""
    streets = [c for c, d in found.items() if d is not None and d.entity in _STREETS and c in df.columns]
    if not streets:
        return []
    out = []
    for column, det in found.items():
        if det is None or det.entity != E.CITY or column not in df.columns:
            continue
        if E.CITY in cue_hints(str(column)):
            continue  # a header naming towns is trusted: common street lines (``1 Main Street``) recur across towns
        checks = [same_town_share(df[s], df[column]) for s in streets]
        spoken = [share for share, rows in checks if rows >= MIN_REPEAT_ROWS]
        if spoken and len(spoken) == len(checks) and max(spoken) < MIN_SAME_TOWN:
            out.append(column)
    return out
