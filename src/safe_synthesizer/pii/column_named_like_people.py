"""The learned classifier's person findings on a small closed set of things NAMED like people: boats, stills, horses,
perfumes, a club's fleet, recurring across the rows beside the table's own register of people.

Why: a rowing log's ``Boat`` (``Lady Margaret``, ``Queen Mother``, ``Old Tom``, ``Steve Redgrave``), a distillery
visit's ``Still`` (``Angela``, ``Old Bessie``, ``Mary Rose``, ``Constance``) or a perfumer's ``Likes`` (``Miss Dior``,
``Shalimar``, ``Floris No. 89``) hold given names and titles, so the learned classifier (:mod:`column_rescue`)
answers ``name`` from the shape of the cells and the look of the table around them, while the rules' own name check
reads a quarter of them or less as people. The vetoes of things named after people (:mod:`column_named_after`,
:mod:`column_category_people`) need a word of the thing's kind or a long table (2.2 rows per value); a club's ten
bookings have neither. What the VALUES and the TABLE say, whatever the thing:

- the rules read few of the values as people (the finding's ``share`` at most :data:`MAX_RULE_SHARE`): the
  classifier alone names the column;
- the values are a small closed set: each distinct value on :data:`MIN_ROWS_PER_VALUE` rows or more on average,
  two of them at least recurring. A register of people grows with its rows; a fleet stops at its few boats;
- the table holds its own register of people beside it: a person column the RULES found with
  :data:`REGISTER_RATIO` times as many distinct values. The things are then not the table's people;
- the header, when it says anything, names no person: no person cue and no role noun (``Guide``, ``Coach``,
  ``Perfumer``, ``Booked by`` keep a staff rota of given names, whose values recur too).

Example::

    named_like_people_columns(df, {"Still": det_classifier_name}, {"Ospite": det_rule_name})
    # ["Still"]  -- Angela, Old Bessie, Mary Rose, Constance on 9 rows beside 9 guests
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import cues
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.person_role_words import role_word_cues

__all__ = ["named_like_people_columns"]

CLASSIFIER_METHOD = "classifier"  # :data:`column_rescue.METHOD`
_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# The rules' own name check on the column below which the classifier alone names it (0.17-0.25 on set 51's boats,
# stills and perfumes; a register of dressed people the rules half read stays above it).
MAX_RULE_SHARE = 0.34
# Rows per distinct value from which the values are a small closed set, and how many recur at least.
MIN_ROWS_PER_VALUE = 1.5
MIN_RECURRING = 2
MIN_CELLS = 4
# How many times more distinct people the rules' register of the table holds.
REGISTER_RATIO = 1.3


def _values(series: pd.Series) -> list[str]:
    cells = series.dropna().astype(str).str.strip()
    return [v for v in cells if v and not is_missing_token(v)]


def _names_a_person(column: str) -> bool:
    if cues.says_nothing(column):
        return False
    return bool(role_word_cues(column)) or bool(cues.cue_hints(column) & _PERSON)


def closed_set(values: list[str]) -> bool:
    """A few values recurring over the rows (see :data:`MIN_ROWS_PER_VALUE`, :data:`MIN_RECURRING`).

    Example::

        closed_set(["Angela", "Old Bessie", "Angela", "Mary Rose", "Old Bessie", "Angela"])  # True
    """
    if len(values) < MIN_CELLS:
        return False
    counts = pd.Series(values).value_counts()
    return len(values) / len(counts) >= MIN_ROWS_PER_VALUE and int((counts >= 2).sum()) >= MIN_RECURRING


def named_like_people_columns(
    frame: pd.DataFrame,
    rescued: Mapping[str, ColumnDetection | None],
    found: Mapping[str, ColumnDetection | None],
) -> list[str]:
    """Columns of ``rescued`` whose classifier person finding is a closed set of things named like people (see the
    module); ``found`` holds the rules' findings of the table (its register of people).

    Example::

        named_like_people_columns(df, {"Boat": det_classifier_name}, {"Rameur": det_rule_name})  # ["Boat"]
    """
    register = 0
    for column, det in found.items():
        if det is not None and det.entity in _PERSON and det.method != CLASSIFIER_METHOD and column in frame:
            register = max(register, len(set(_values(frame[column]))))
    if not register:
        return []
    out: list[str] = []
    for column, det in rescued.items():
        if det is None or det.entity not in _PERSON or det.method != CLASSIFIER_METHOD or column not in frame:
            continue
        if det.share > MAX_RULE_SHARE or _names_a_person(str(column)):
            continue
        values = _values(frame[column])
        if closed_set(values) and register >= REGISTER_RATIO * len(set(values)):
            out.append(column)
    return out
