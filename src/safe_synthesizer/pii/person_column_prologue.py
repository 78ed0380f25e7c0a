"""The opening every person-column judge shares: which columns to read, their cells, and the first verdicts.

Why: the judges of :mod:`column_form_free_people`, :mod:`column_mixed_form_people` and
:mod:`column_machine_joined_people` each opened alike (skip decided, animal-named and non-text columns; fold a
column's first cells; drop the cells no person is (``n/a``, ``inconnu``); refuse too few distinct cells, or a few
values over many rows (a category's); read a thin column's two or three cells against the table's people). Three
copies drifted apart in small ways; one opening keeps them reading a column the same way, and a fix to it (a new
kind of junk, a category's shape) reaches all three. Each judge still says what it sets aside beyond the shared
junk and how few cells are too few.

Example::

    opening = open_person_cells(["Ann Lee", "n/a", "Bo Chan", "Ed Kim", "Al Roy"], min_distinct=4)
    opening.kept, opening.verdict  # (['Ann Lee', 'Bo Chan', 'Ed Kim', 'Al Roy'], None)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_person_grammar import MANY_PEOPLE, MAX_ROWS, MAX_ROWS_PER_PERSON
from safe_synthesizer.pii.cue_subjects import names_an_animal
from safe_synthesizer.pii.not_known_cells import not_known_keys

__all__ = [
    "Opening",
    "Verdict",
    "open_person_cells",
    "person_text_columns",
    "table_person_words",
    "text_cells",
    "thin_column",
]

# A judge's answer: ((share, evidence) or None, the reason in words; no cell values).
Verdict = tuple[tuple[float, str] | None, str]
# Columns filled under this share of the rows read are thin: read with the table's people as evidence.
THIN_FILL = 0.5
# Distinct cells of a thin column the table's people can vouch for (to the judge's ``min_distinct``).
MIN_FEW = 2
# Values of a person column read to gather the table's name words.
_TABLE_VALUES = 300
_PERSON_ENTITIES = (E.NAME, E.FIRST_NAME, E.LAST_NAME)


@dataclass(frozen=True)
class Opening:
    """The distinct filled cells a judge reads on (shared junk and the judge's set-asides out, first seen first), and
    the verdict when the opening already settles the column (None: the judge goes on)."""

    kept: list[str]
    verdict: Verdict | None = None


def text_cells(series: pd.Series) -> list[str]:
    """The column's filled text cells among its first :data:`MAX_ROWS`, runs of white space folded to one space."""
    return [" ".join(v.split()) for v in series.iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]


def thin_column(values: Sequence[str], df: pd.DataFrame) -> bool:
    """Fewer filled cells than :data:`THIN_FILL` of the rows read: a mostly empty column."""
    return len(values) < THIN_FILL * min(len(df), MAX_ROWS)


def person_text_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, list[str]]:
    """The columns among ``names`` a person judge reads, in order, with their cells (:func:`text_cells`): present,
    not decided in ``found``, not named for an animal, of text dtype.

    >>> person_text_columns(pd.DataFrame({"Owner": ["Ann Lee"], "Dog": ["Rex"], "n": [1]}), ["Owner", "Dog", "n"], {})
    {'Owner': ['Ann Lee']}
    """
    out: dict[str, list[str]] = {}
    for name in names:
        if found.get(name) is not None or names_an_animal(name) or name not in df.columns:
            continue
        series = df[name]
        if pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype):
            out[name] = text_cells(series)
    return out


def table_person_words(
    df: pd.DataFrame, found: Mapping[str, ColumnDetection | None], words_of: Callable[[str], Iterable[str]]
) -> frozenset[str]:
    """The name words (as ``words_of`` gives them for one cell) of the table's person columns found so far, over each
    column's first distinct values."""
    words: set[str] = set()
    for name, detection in found.items():
        if detection is None or detection.entity not in _PERSON_ENTITIES or name not in df.columns:
            continue
        for v in df[name].iloc[:MAX_ROWS].dropna().astype(str).unique()[:_TABLE_VALUES]:
            words.update(words_of(v))
    return frozenset(words)


def open_person_cells(
    values: Sequence[str],
    *,
    min_distinct: int,
    set_aside: Callable[[str], bool] | None = None,
    max_junk: float | None = None,
    table_words: frozenset[str] = frozenset(),
    few: Callable[[list[str], frozenset[str]], Verdict] | None = None,
    too_few: str = "few cells",
    category: str = "category",
) -> Opening:
    """The opening of a person-column judge on ``values`` (a column's filled cells), in order:

    * the distinct cells, less the cells no person is (:func:`not_known_keys`) and those ``set_aside`` says are
      another reader's;
    * two cells to ``min_distinct`` with ``table_words`` (the table's people's name words): ``few`` decides;
    * fewer than ``min_distinct`` kept, or (with ``max_junk``) more than that share of the distinct cells dropped:
      refused as ``too_few``;
    * under :data:`MANY_PEOPLE` kept over more than :data:`MAX_ROWS_PER_PERSON` rows each: refused as ``category``
      (a round's five codes fill every row; a customer comes back).

    >>> open_person_cells(["Ann Lee", "Bo Chan"] * 10, min_distinct=4).verdict
    (None, 'few cells')
    """
    distinct = list(dict.fromkeys(values))
    junk = not_known_keys(distinct, E.NAME)
    kept = [v for v in distinct if v not in junk and not (set_aside is not None and set_aside(v))]
    n = len(kept)
    if few is not None and table_words and MIN_FEW <= n < min_distinct:
        return Opening(kept, few(kept, table_words))
    if n < min_distinct or (max_junk is not None and n < (1 - max_junk) * len(distinct)):
        return Opening(kept, (None, too_few))
    if n < MANY_PEOPLE and len(values) > MAX_ROWS_PER_PERSON * n:
        return Opening(kept, (None, category))
    return Opening(kept)
