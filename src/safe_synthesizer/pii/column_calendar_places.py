"""Columns of weekdays and months (``Mon``, ``Tue``, ``Sat``; ``Dienstag``; ``Mon A``; ``Jan-Mar``) are no towns.

Why: a delivery round, a rota or a class timetable writes the day of each round or visit in a column of its own,
short capitalised words right beside the customers' street lines. With the header hidden, the town pass of the
address block (:mod:`column_block_towns`: several levels of capitalised place words on the street's rows) and the
pair rules read such a column as the customers' towns and replaced the days with fake towns (set 42, seen: a milk
round's ``Day`` column in 11 locales, hidden).

What a town is not: a calendar word. Weekday and month names form a closed class in every language
(:data:`~safe_synthesizer.pii.weekday_dates.WEEKDAYS`, :mod:`month_names`), so a column whose distinct values are
nearly all made of them (with a round's letter or number, ``Mon A``, ``Tue 2``, and ranges ``Mon-Fri``,
``Tue/Thu``) is taken back from every place finding, and a postcode the pair rule found beside it (its only evidence
was the "town"). Person findings are taken back too when the words are weekdays (``Sat``, ``Mittwoch``); months
alone stay (``June``, ``April``, ``May`` are given names).

Only a column's first distinct values are read (a few hundred): the cost is per column, not per cell.

Example::

    calendar_values(["Mon", "Tue", "Sat", "Thu"])  # "weekday"
    calendar_place_columns(df, found)  # ["Day"] where ``found["Day"].entity == "city"``
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.month_names import month_number
from safe_synthesizer.pii.weekday_dates import WEEKDAYS

__all__ = ["calendar_place_columns", "calendar_values"]

MAX_VALUES = 200  # distinct values read per column
MIN_VALUES = 2
MIN_CALENDAR_SHARE = 0.9  # of the distinct values, made of calendar words only
# Entities a column of days or months is wrongly given: places always, people only for weekdays.
_PLACES = frozenset({E.CITY, E.STATE, E.STREET_ADDRESS, E.ADDRESS})
_PEOPLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# A round's or a slot's mark beside the day: a letter, a number, am/pm, a week word; the joiners of a range.
_MARK = re.compile(r"^(?:[a-z]|\d{1,2}|am|pm|a\.m|p\.m|week|wk|round|only|and|&|-|–|/|\+)$")
_TOKEN = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*|\d+|[&/+\-–]")
_PAIR_TOWN = re.compile(r"postcode beside town column '((?:[^'\\]|\\.)*)'")


@lru_cache(maxsize=1)
def _weekday_words() -> frozenset[str]:
    """Every weekday word of every language (full and abbreviated), lower case, spaces as written."""
    words: set[str] = set()
    for text in WEEKDAYS.values():
        for part in text.split("|"):
            words |= {alt.replace("_", " ").casefold() for day in part.split() for alt in day.split("/")}
    return frozenset(words)


def _word_kind(word: str) -> str | None:
    key = word.casefold().rstrip(".")
    # Two-letter forms (``Mo``, ``Di``, ``Ma``) are also codes (states, countries): counted only in other scripts.
    if (len(key) >= 3 or not key.isascii()) and key in _weekday_words():
        return "weekday"
    if len(key) >= 3 and month_number(key) is not None:
        return "month"
    return None


def _value_kind(value: str) -> str | None:
    """``weekday`` or ``month`` when ``value`` is calendar words with at most a round's marks, else ``None``."""
    kinds = []
    for token in _TOKEN.findall(value.casefold()):
        if (kind := _word_kind(token)) is not None:
            kinds.append(kind)
        elif not _MARK.match(token):
            return None
    if not kinds:
        return None
    return "weekday" if "weekday" in kinds else "month"


def calendar_values(values: Sequence[str]) -> str | None:
    """``weekday`` when nearly every distinct value names weekdays (with a round's marks), ``month`` when they name
    months, else ``None``.

    Example::

        calendar_values(["Mon A", "Tue", "Fri", "Mon B"])  # "weekday"
        calendar_values(["Leeds", "Mon", "York"])  # None
    """
    if len(values) < MIN_VALUES:
        return None
    kinds = [_value_kind(v) for v in values]
    if sum(k is not None for k in kinds) < MIN_CALENDAR_SHARE * len(values):
        return None
    return "weekday" if "weekday" in kinds else "month"


def _distinct(series: pd.Series) -> list[str]:
    values = series.dropna().astype(str).str.strip()
    return list(dict.fromkeys(v for v in values.head(5000).tolist() if v))[:MAX_VALUES]


def calendar_place_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns of ``found`` taken back: place (and, for weekdays, person) findings on columns of calendar words,
    and postcode columns the pair rule found beside such a "town" (named in their evidence).

    ``found`` maps columns to their detections (``None``: nothing found); the caller sets the returned ones to
    ``None``.
    """
    verdict: dict[str, str | None] = {}

    def kind(column: str) -> str | None:
        if column not in verdict:
            series = df[column] if column in df.columns else None
            plain = series is not None and not pd.api.types.is_numeric_dtype(series.dtype)
            verdict[column] = calendar_values(_distinct(series)) if plain else None
        return verdict[column]

    out: list[str] = []
    for column, det in found.items():
        if det is None:
            continue
        if (det.entity in _PLACES and kind(column) is not None) or (
            det.entity in _PEOPLE and kind(column) == "weekday"
        ):
            out.append(column)
        elif det.entity == E.POSTCODE and (m := _PAIR_TOWN.search(det.evidence or "")) and kind(m.group(1)):
            out.append(column)  # the pair rule's town was a day: the postcode's only evidence
    return out
