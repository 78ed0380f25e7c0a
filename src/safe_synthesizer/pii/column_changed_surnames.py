"""Second family-name columns of a person register: married, maiden and birth names, filled for a few persons.

Why: a class-reunion sheet's ``Married name (if changed)``, a register's ``geb.`` or ``apellido de casada`` holds
one surname on a row in five or six (``Valenzuela``, ``Söding``, ``van 't Riet``, ``Đặng``), beside the table's own
given-name and family-name columns. Too few values for the value checks, so with its header hidden the column was
missed, and beside the family-name column the stock-pair pass read it as the given-name half of a pair (a surname
fake in place of a given name, and a false given-name column). Two things tell it:

- a header that names a married, maiden or birth name (:mod:`name_change_headers`, any language the sets use),
  over values shaped like surnames;
- with no such header (hidden, or a header that says nothing), a table whose given and family names are already
  found, and values that read as family names: listed surnames that are no plain vocabulary word (``Green``,
  ``White`` are colours too), or words of the table's own family-name column, and hardly any given names only.

A column of full names under such a header (``Maria Schmidt``) is a ``name`` column. Columns whose header speaks of
something else (a nickname, a middle name, a pet, a team) are never read from values here.

Example::

    changed_surname_columns(df, ["c001", "c002", "c003"], {"c001": first, "c002": last, "c003": None})
    # {"c003": ColumnDetection("c003", "last_name", 0.8, ..., "values+changed-surname", ...)}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cue_subjects import names_an_animal
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.name_change_headers import says_changed_surname

MAX_ROWS = 500
# Share of the filled cells that must be shaped like a surname (or a full name, under a header).
MIN_SHAPED = 0.9
# Without a header: share of the distinct values that must read as family names, and that may read as given names
# only; at most this many towns or firms.
MIN_FAMILY = 0.6
MAX_GIVEN_ONLY = 0.2
MAX_PLACES = 0.2
# Share of the values that must be full names (two words or more, a listed given name first) for a ``name`` column.
MIN_FULL_NAMES = 0.5
# Without a header: filled on this share of the rows at most (an extra name for some persons; a full column beside
# the pair is read by the pair passes), and distinct values per filled cell at least (a category repeats).
MAX_FILLED = 0.6
MIN_DISTINCT_PER_CELL = 0.4
_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# Surname particles written apart (``van 't Riet``, ``Bourgondië, van``, ``de la Cruz``, ``bin Salleh``).
_PARTICLES = frozenset(
    ("van", "von", "vom", "zu", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "des", "la", "le",
     "l'", "d'", "'t", "t", "ter", "ten", "te", "het", "op", "mac", "mc", "o'", "bin", "binti", "al", "el", "ibn",
     "ben", "y", "e")
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Letters in at most four words, apart only by spaces, commas, hyphens and apostrophes (``van 't Riet``).
_SHAPE = re.compile(r"[^\W\d_]+(?:['’ ,-]+[^\W\d_]+){0,5}")


def _text_values(series: pd.Series) -> list[str]:
    if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
        return []
    return [v.strip() for v in series.iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]


def _core(value: str) -> list[str] | None:
    """The name words of a surname cell, particles left out; None when the cell holds digits or odd marks."""
    value = "".join(ch for ch in value if not unicodedata.category(ch).startswith("M"))  # Thai, Lao vowel signs
    if len(value) > 60 or not _SHAPE.fullmatch(value):
        return None
    words = _WORD.findall(value)
    return [w for w in words if w.casefold() not in _PARTICLES]


def _surname_shaped(value: str) -> bool:
    """One family name, maybe hyphenated or with particles: one core word (two with a particle or a comma)."""
    core = _core(value)
    return core is not None and 1 <= len(core) <= 2 and (len(core) == 1 or len(_WORD.findall(value)) > len(core))


def _full_name(value: str) -> bool:
    core = _core(value)
    return core is not None and 2 <= len(core) <= 4 and V.first_name_known(core[0])


def _plain(word: str) -> bool:
    """A common word of a language (``green``, ``hall``): a listed surname too, but no evidence of one alone."""
    from safe_synthesizer.pii.common_words import common_words

    return word in common_words()


def _table_words(df: pd.DataFrame, columns: Sequence[str]) -> set[str]:
    """Case-folded name words of the given columns (hyphen parts too: ``Carter-Gardner`` gives ``carter``)."""
    out: set[str] = set()
    for column in columns:
        for value in _text_values(df[column]):
            for word in _WORD.findall(value):
                out.add(word.casefold())
                out.update(part.casefold() for part in word.split("-"))
    return out


def _family_reading(distinct: list[str], family: set[str], given: set[str]) -> tuple[float, float]:
    """(share reading as family names, share reading as given names only) of distinct surname cells: a word of the
    table's family-name column, a listed surname that is no common word, or a surname particle (``van``)."""
    fam = giv = 0
    for value in distinct:
        words = _core(value) or []
        core = [p.casefold() for w in words for p in w.split("-") if p]
        if not core:
            continue
        particle = len(words) < len(_WORD.findall(value))
        listed = any(V.last_name_known(w) and not _plain(w) for w in core)
        fam += particle or listed or any(w in family for w in core)
        giv += all((V.first_name_known(w) and not V.last_name_known(w)) or (w in given and w not in family)
                   for w in core)  # fmt: skip
    return fam / len(distinct), giv / len(distinct)


def _place(value: str) -> bool:
    """A listed town that is no listed surname too (``Lima``, ``Neves``, ``Costa`` are both), or a firm."""
    return (V.is_listed_city(value) and not V.last_name_known(value)) or V.has_company_marker(value)


def _detection(column: str, entity: str, share: float, n: int, why: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.8, share, "values+changed-surname", n, None, why)


def _by_header(column: str, values: list[str]) -> ColumnDetection | None:
    """A married/maiden/birth-name header over surname cells (``last_name``) or full names (``name``)."""
    distinct = list(dict.fromkeys(values))
    places = sum(map(_place, distinct))
    if places > MAX_PLACES * len(distinct):
        return None
    surnames = sum(map(_surname_shaped, values)) / len(values)
    full = sum(map(_full_name, values)) / len(values)
    if full >= MIN_FULL_NAMES and surnames + full >= MIN_SHAPED:
        return _detection(column, E.NAME, full, len(distinct), "a married/birth-name header over full names")
    if surnames >= MIN_SHAPED:
        return _detection(column, E.LAST_NAME, surnames, len(distinct), "a married/birth-name header over surnames")
    return None


def _by_values(column: str, values: list[str], rows: int, family: set[str], given: set[str]) -> ColumnDetection | None:
    """Surname cells on a few rows that read as family names in a table whose given and family names are found."""
    if len(values) > MAX_FILLED * rows or sum(map(_surname_shaped, values)) < MIN_SHAPED * len(values):
        return None
    if len(set(values)) < MIN_DISTINCT_PER_CELL * len(values):
        return None
    distinct = list(dict.fromkeys(v for v in values if _surname_shaped(v)))
    if sum(_place(v) for v in distinct) > MAX_PLACES * len(distinct):
        return None
    if any(len(v) <= 3 and v.isupper() for v in distinct):
        return None  # codes (``US``, ``GF``), not names
    fam, giv = _family_reading(distinct, family, given)
    if fam < MIN_FAMILY or giv > MAX_GIVEN_ONLY:
        return None
    why = f"surname cells beside the table's given and family names: {fam:.0%} family names, {giv:.0%} given only"
    return _detection(column, E.LAST_NAME, fam, len(distinct), why)


def _header_open(column: str) -> bool:
    """The header says nothing of another kind (a nickname, a middle name, a pet, a team, a date)."""
    hints = cue_hints(column)
    return not names_an_animal(column) and hints <= _PERSON and E.FIRST_NAME not in hints


def changed_surname_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Married, maiden and birth-name columns among the undecided ``columns`` (module docstring)."""
    decided = {c: d.entity for c, d in found.items() if d is not None and c in df.columns}
    firsts = [c for c, e in decided.items() if e == E.FIRST_NAME]
    lasts = [c for c, e in decided.items() if e == E.LAST_NAME]
    out: dict[str, ColumnDetection] = {}
    family: set[str] | None = None
    given: set[str] = set()
    for column in columns:
        if column not in df.columns or found.get(column) is not None:
            continue
        values = _text_values(df[column])
        if not values:
            continue
        if says_changed_surname(column):
            if (det := _by_header(column, values)) is not None:
                out[column] = det
            continue
        if not (firsts and lasts) or not _header_open(column):
            continue
        if family is None:
            family, given = _table_words(df, lasts), _table_words(df, firsts)
        if (det := _by_values(column, values, min(len(df), MAX_ROWS), family, given)) is not None:
            out[column] = det
    return out
