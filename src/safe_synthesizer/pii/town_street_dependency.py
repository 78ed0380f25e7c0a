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

Where the table names its people, a line coming back is one HOUSE only on the rows of its household: rows whose
person holds a name word that gathers on that line (at least half of the word's rows in the table stand there, two
at least: ``CARUANA_Natalie``, ``Mr CARUANA, Peter``, ``Lourdes Caruana`` at ``60 Rosia Road``). A common street
line (``12 Main Street``, ``1 Church Lane``) comes back under other people in other towns, and a register drawn with
its streets apart from its towns (a merged export, a test table) repeats its lines under other people too; neither
is a house coming back, and reading them as one dropped a real town column with its header hidden (its towns left
raw: the worst error, worse than faking a club's locomotives). A given name shared by chance (``John``) is spread
over the table, not gathered on one line. Without person columns the street line alone is the house.

Only the first :data:`MAX_ROWS` rows are read: the cost is per column.

Example::

    unhoused_town_columns(df, {"Loco": det_city, "Indirizzo": det_address})  # ["Loco"]
"""

from __future__ import annotations

import re
from collections import Counter
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
_PEOPLE = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
# A name word of three letters or more (initials and particles say nothing of a household).
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
# Share of a name word's rows in the table that must stand on one line for it to be that line's household's.
MIN_GATHERED = 0.5


def _filled(series: pd.Series) -> pd.Series:
    text = series.astype("string").str.strip()
    return text.where(text.notna() & text.ne(""))


def _person_words(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> pd.Series | None:
    """Each row's folded name words over the table's person columns (None without person columns)."""
    columns = [c for c, d in found.items() if d is not None and d.entity in _PEOPLE and c in df.columns]
    if not columns:
        return None
    rows = df[columns].head(MAX_ROWS).astype("string").fillna("").agg(" ".join, axis=1)
    return rows.map(lambda v: frozenset(w.casefold() for w in _NAME_WORD.findall(v)))


def _household_rows(street: pd.Series, words: pd.Series) -> pd.Series:
    """Rows whose person holds a name word gathered on the row's street line (module docstring)."""
    everywhere = Counter(w for ws in words for w in ws)
    on_line: Counter[tuple[str, str]] = Counter()
    for line, ws in zip(street, words, strict=True):
        if isinstance(line, str):
            on_line.update((line, w) for w in ws)
    return pd.Series(
        [
            isinstance(line, str) and any(on_line[line, w] >= 2 and on_line[line, w] >= MIN_GATHERED * everywhere[w]
                                          for w in ws)
            for line, ws in zip(street, words, strict=True)
        ],
        index=street.index,
    )  # fmt: skip


def same_town_share(streets: pd.Series, towns: pd.Series, people: pd.Series | None = None) -> tuple[float, int]:
    """(share of rows of a repeated, numbered street line that carry that line's usual town, how many such rows).

    ``people``: each row's folded name words, when the table names its people; a line's rows then count only where
    its household stands (module docstring). Case and spacing are ignored; a share of 1.0 over 0 rows means no house
    repeats.

    Example::

        same_town_share(pd.Series(["1 Elm Rd", "1 Elm Rd"]), pd.Series(["Leeds", "Mallard"]))  # (0.5, 2)
    """
    street = _filled(streets.head(MAX_ROWS)).str.casefold().str.replace(r"\s+", " ", regex=True)
    if people is not None:
        street = street.where(_household_rows(street, people.head(MAX_ROWS)))
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
    people = _person_words(df, found)
    out = []
    for column, det in found.items():
        if det is None or det.entity != E.CITY or column not in df.columns:
            continue
        if E.CITY in cue_hints(str(column)):
            continue  # a header naming towns is trusted: common street lines (``1 Main Street``) recur across towns
        checks = [same_town_share(df[s], df[column], people) for s in streets]
        spoken = [share for share, rows in checks if rows >= MIN_REPEAT_ROWS]
        if spoken and len(spoken) == len(checks) and max(spoken) < MIN_SAME_TOWN:
            out.append(column)
    return out
