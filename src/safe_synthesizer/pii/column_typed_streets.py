"""Street columns written ``<type> <name> <number>`` or ``<number> <type> <name>`` with a street type the column
check does not know (``Kaya Grandi 31``, ``Kaminda Jan Noorduyn 9``, ``81 Maes y Dref``, ``17 Straed ar Vilin``).

Why: the column check of street lines (``validators.is_street_any``) knows the big locales' street types; the
types of Papiamento (``Kaya``, ``Caya``, ``Kaminda``), Welsh (``Heol``, ``Stryd``, ``Maes``), Breton and Gaelic
(``Straed``, ``Sràid``, ``Rathad``) are known only to the free-text street rules (:mod:`text_street_vocab`). With the
header hidden, a milk round's street column of Bonaire and Curaçao (``Kaya Grandi 31``, ``Kaya Prinses Marie 116``)
was published as written (set 42, seen: nl_BQ, nl_CW). A bare name and a number (``Bay 4``, ``Table 12``) is too
loose alone (:func:`~safe_synthesizer.pii.validators.streets.is_named_street` asks for a header cue); a street type
word of any locale's vocabulary at the line's head (or right after the number) is the cue the header would give.

A column is a street column here when nearly every distinct value (missing words aside) is a name and a house number
(:func:`is_named_street`, or the number first) whose first name word is a street type of :mod:`text_street_vocab`
(types that are also ordinary words, ``Casa``, ``Square``, ``Place``, ``Route``, excepted), and the lines differ
as homes do (not one branch's address over every row). Only a column's first distinct values are read.

Example::

    typed_street_line("Kaya Grandi 31")  # True
    typed_street_columns(df, ["c002"], {})  # {"c002": ColumnDetection(..., "street_address", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_place_round import says_nothing
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.text_street_vocab import CAPITALISED_PREFIXES, DOTTED_PREFIXES, PREFIXES
from safe_synthesizer.pii.validators.streets import is_named_street

__all__ = ["typed_street_columns", "typed_street_line"]

MAX_VALUES = 200  # distinct values read per column
MIN_VALUES = 4
MIN_TYPED_SHARE = 0.8  # of the distinct values that hold something
MIN_HOMES = 0.5  # distinct lines per filled row (of the first MAX_ROWS rows)
MAX_ROWS = 2000
CONFIDENCE = 0.75
# Street types that are ordinary words or things often numbered (``Casa 3``, ``Square 2``, ``Route 66``).
_ORDINARY = frozenset(
    {"casa", "square", "place", "route", "quadra", "setor", "trecho", "conjunto", "vila", "ave", "av"}
)
_NUMBER_FIRST = re.compile(r"^\d{1,5}[A-Za-z]?(?:[/\-]\d{1,4}[A-Za-z]?)?,?\s+(?P<rest>[^\W\d_].*)$")
_NUMBER_LAST = re.compile(r"^(?P<rest>[^\W\d_].*?),?\s+\d{1,5}[A-Za-z]?(?:[/\-]\d{1,4}[A-Za-z]?)?$")


@lru_cache(maxsize=1)
def _types() -> frozenset[str]:
    words = {w.casefold() for w in (*PREFIXES, *CAPITALISED_PREFIXES)}
    words |= {f"{w.casefold()}." for w in DOTTED_PREFIXES}
    return frozenset(words - _ORDINARY)


def _typed(rest: str) -> bool:
    """The words of a line (its number cut off) open with a street type and go on with a name."""
    words = rest.split()
    # A particle may stand between the type and the name (``Maes y Dref``, ``Straed ar Vilin``).
    named = any(w[:1].isupper() for w in words[1:3])
    return 2 <= len(words) <= 6 and words[0].casefold() in _types() and named


def typed_street_line(value: str) -> bool:
    """``value`` is a street type, a name and a house number, in either order (``Kaya Grandi 31``,
    ``81 Maes y Dref``).

    Example::

        typed_street_line("Kaminda Jan Noorduynweg 13")  # True
        typed_street_line("Table 12")  # False
    """
    text = value.strip()
    if not text or "@" in text:
        return False
    if (m := _NUMBER_FIRST.match(text)) is not None and _typed(m.group("rest")):
        return True
    return (m := _NUMBER_LAST.match(text)) is not None and is_named_street(text) and _typed(m.group("rest"))


def _typed_evidence(series: pd.Series) -> str | None:
    if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return None
    values = series.head(MAX_ROWS).dropna().astype(str).str.strip()
    values = values[values != ""]
    distinct = list(dict.fromkeys(values.tolist()))
    empty = not_known_keys(distinct, E.STREET_ADDRESS)
    kept = [v for v in distinct if v not in empty][:MAX_VALUES]
    if len(kept) < MIN_VALUES or len(kept) < MIN_HOMES * len(values):
        return None
    typed = sum(map(typed_street_line, kept)) / len(kept)
    if typed < MIN_TYPED_SHARE:
        return None
    return f"{typed:.0%} street type, name and house number; {len(kept)} distinct lines"


def typed_street_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Street-line columns among ``columns`` that ``found`` left undecided (``None`` or absent), told by a street
    type of any locale at their lines' head; the header says nothing or names a street or address."""
    out: dict[str, ColumnDetection] = {}
    for column in columns:
        if column not in df.columns or found.get(column) is not None:
            continue
        if not (says_nothing(column) or cue_hints(column) & {E.STREET_ADDRESS, E.ADDRESS}):
            continue
        if (why := _typed_evidence(df[column])) is None:
            continue
        n = int(df[column].notna().sum())
        out[column] = ColumnDetection(column, E.STREET_ADDRESS, CONFIDENCE, CONFIDENCE, "values+type", n, None, why)
    return out
