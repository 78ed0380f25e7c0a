"""Town columns of phrases (``Youth band``, ``Abide with Me``, ``Soprano cornet``) are no town columns.

Why: a column of capitalised words beside a code column reads as a town and its postcode to the pair rules
(:mod:`place_pairs`), and the learned classifier calls many short capitalised texts towns. A brass band's register
wrote its players' ``Band`` (``Youth band``, ``Training band``, ``Black Dyke``), ``Instrument`` (``Soprano cornet``,
``Tenor horn``, ``Euphonium``) and ``Next piece`` (``Abide with Me``, ``Death or Glory``, ``Mrs Robinson arr.``)
beside a registration number ``Reg. no`` of five digits: the tables were published with the pieces and the
instruments replaced by fake towns and the registration numbers by fake postcodes (set 41, seen: ka_GE, sw_KE,
en_HK, dv_MV, fr_TD, shown and hidden).

What a town is not: a phrase. A town's name is capitalised word by word, its lower-case words are particles
(``Rio de Janeiro``, ``Frankfurt am Main``, ``Newcastle upon Tyne``, ``Stratford-upon-Avon``). A common noun
after a capitalised word (``Youth band``, ``Tenor horn``) or a function word of a title (``Abide with Me``,
``Death or Glory``) is English (or any language's) phrasing, not a town's. So a column found as towns is taken back
when a good share of its distinct values are such phrases and few of them are listed towns or carry a town's
marker (``New ...``, ``...ville``); the postcode column the pair rule found beside such a column is taken back with
it (its only evidence was the "town").

Only the column's first distinct values are read (a few hundred), so the cost is per column, not per cell.

Example::

    phrase_town_columns(df, found)  # ["Next piece", "Reg. no"]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection

MAX_VALUES = 200  # distinct values read per column
MIN_VALUES = 3
# Of a column's distinct values, at least this share phrases and under this share listed or marked towns.
MIN_PHRASE_SHARE = 0.25
MAX_TOWN_SHARE = 0.5

# Lower-case words a town's name holds: particles and prepositions of place names in the languages of the lists.
TOWN_PARTICLES = frozenset(
    ["de", "del", "della", "dei", "delle", "di", "da", "das", "do", "dos", "du", "des", "la", "le", "les", "los",
     "las", "el", "al", "am", "an", "im", "in", "der", "den", "dem", "bei", "vor", "ob", "unter", "upon", "on",
     "under", "by", "sur", "sous", "en", "lès", "lez", "aux", "au", "van", "von", "het", "op", "aan", "ter", "ten",
     "y", "e", "i", "et", "of", "the", "na", "nad", "pod", "u", "w", "z", "pri", "kod", "och", "på", "ved",
     "sul", "sull", "sulla", "nel", "in", "dello", "degli", "dal", "a", "o", "em", "ao", "d", "l", "s", "'s"]
)  # fmt: skip

_WORD = re.compile(r"[^\W\d_][^\W\d_'’.]*\.?")
# A word of Latin lower-case letters (scripts without case never make a phrase here).
_LOWER_LATIN = re.compile(r"[a-zß-öø-ÿāăąćčďēėęěğīįıķļľłńņňōőœŕřśşšţťūůűųźżž][^\W\d_]*\.?")
_UPPER_START = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ]")

_PAIR_TOWN = re.compile(r"postcode beside town column '((?:[^'\\]|\\.)*)'")


def is_phrase(value: str) -> bool:
    """A capitalised first word followed by a lower-case word that is no town particle (``Youth band``, ``Abide with
    Me``, ``Mrs Robinson arr.``): a thing's name or a title, not a town's."""
    words = _WORD.findall(value.replace("-", " "))
    if len(words) < 2 or not _UPPER_START.match(words[0]):
        return False
    return any(_LOWER_LATIN.fullmatch(w) and w.rstrip(".").lower() not in TOWN_PARTICLES for w in words[1:])


def is_town_value(value: str) -> bool:
    """A listed town (any country's list) or a value carrying a town's marker (``New ...``, ``...ville``)."""
    return V.is_listed_city(value) or V.has_place_marker(value)


def _distinct(series: pd.Series) -> list[str]:
    values = series.dropna().astype(str).str.strip()
    return list(dict.fromkeys(v for v in values.head(5000).tolist() if v))[:MAX_VALUES]


def phrase_values(values: Sequence[str]) -> bool:
    """Distinct ``values`` that are phrases more than towns: :data:`MIN_PHRASE_SHARE` phrases (of the values no
    listed or marked town) and under :data:`MAX_TOWN_SHARE` listed or marked towns."""
    if len(values) < MIN_VALUES:
        return False
    towns = [is_town_value(v) for v in values]
    if sum(towns) >= MAX_TOWN_SHARE * len(values):
        return False
    # A town of a marked or listed name may read as a phrase (Mexico's ``San Miguel los altos``): not counted.
    phrases = sum(is_phrase(v) for v, town in zip(values, towns, strict=True) if not town)
    return phrases >= MIN_PHRASE_SHARE * len(values)


def phrase_town_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns of ``found`` taken back: town columns of phrases, and postcode columns the pair rule found beside
    a column of phrases (named in their evidence).

    ``found`` maps columns to their detections (``None``: nothing found); the caller sets the returned ones to
    ``None``.
    """
    out: list[str] = []
    verdict: dict[str, bool] = {}

    def phrases(column: str) -> bool:
        if column not in verdict:
            verdict[column] = column in df.columns and phrase_values(_distinct(df[column]))
        return verdict[column]

    for column, det in found.items():
        if det is None:
            continue
        town = column if det.entity == E.CITY else None
        if det.entity == E.POSTCODE and (m := _PAIR_TOWN.search(det.evidence)):
            town = m.group(1)  # the pair rule's town: the postcode's only evidence
        if town is not None and phrases(town):
            out.append(column)
    return out
