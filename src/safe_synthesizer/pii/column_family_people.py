"""Columns of the row's family members, told by the row's surname: ``E. Hilgers`` beside ``Hilgers``.

Why: a childminder's register, a school's pick-up list or a club's junior sheet writes the child's surname in one
column and who dropped the child off or collected them in another (``E. Hilgers``, ``Xosé Pereira Figueiras``,
``Monteiro R.``, ``THIBAUT ALLARD``). A small table holds two to five families, each parent filling many rows, so
the name rules read the column as a category of a few staff names repeated (which they must not take for people);
the lists know few of the names (Galician, Tahitian, Lao); the header says ``Dropped off by`` or is lost. Set 39:
the drop-off and collection columns of eight childminder tables, shown and hidden, and their surname columns.

What tells it is the row: in most rows where both are filled, the cell of one column (``Y``, one to three words)
is the first or the last words of the cell of the other (``X``) and ``X`` holds more: the person's given name or
initials (``R``). A family's surname repeated in a person's name row by row is no accident of a category. To keep
out a make beside its make-and-model (``Bailey`` / ``Bailey Unicorn``) and a town beside its quarter:

* ``X`` and ``Y`` are capitalised words of letters (or all capitals), no digits, no street or company word;
* ``R`` is initials, or a listed given name, or (when ``Y`` closes ``X``, the given-name-first order; a make opens
  its model) a capitalised word that is no ordinary word and no town;
* at least :data:`MIN_ROWS` rows agree, :data:`MIN_AGREE` of the rows both fill, with two families or more.

``X`` is found as a name column, ``Y`` (when undecided) as a surname column.

Beside :mod:`column_family_names` (two concepts, on purpose): this pass finds the **person** column (full names
and initials, a parent's ``E. Hilgers``) by a surname column, while neither is decided yet: the surname must open
or close the person's cell and what is left must be a given name or initials. :mod:`column_family_names` runs after
the person columns are decided and finds the **one-part** columns beside them (a family's surname standing
anywhere among the words of the row's decided person cell, a child's given name kept with one surname, a
customer's surname beside the houses). One finds people by their family's column, the other family columns by
their people.

Example::

    family_people_columns(df, ["Surname", "Dropped off by"], found={})
    # {"Dropped off by": ColumnDetection(..., "name", ...), "Surname": ColumnDetection(..., "last_name", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.common_words import common_words
from safe_synthesizer.pii.gazetteers import all_street_words

__all__ = ["family_people_columns", "family_remainder"]

MAX_ROWS = 500  # a register says it in its first rows
MIN_ROWS = 4
MIN_AGREE = 0.7
MIN_FAMILIES = 2
# Share of a person column's filled cells that must be names of two words or more (junk and placeholders aside).
MIN_SHAPED = 0.6
# Share of the distinct remainders that must be given-name-like (initials, listed, or shaped so: see the rules).
MIN_GIVEN = 0.8
_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
_INITIALS = re.compile(r"(?:[^\W\d_]\.?[\s\-]?){1,3}")


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return frozenset(common_words()) | all_street_words()


def _words(cell: str) -> list[str] | None:
    """The cell's words when it is one to five capitalised (or all-capital) name words, else ``None``."""
    words = cell.split()
    if not 1 <= len(words) <= 5 or not all(_NAME_WORD.fullmatch(w) and w[:1].isupper() for w in words):
        return None
    return words


def family_remainder(remainder: list[str], closes: bool) -> bool:
    """The words of a person's name left when the family's surname is taken out are a given name: initials, a
    listed given name, or (``closes``: the surname closed the name) a capitalised word no word list or town list
    holds."""
    text = " ".join(remainder)
    if _INITIALS.fullmatch(text) and sum(ch.isalpha() for ch in text) <= 3:
        return True
    if len(remainder) > 2:
        return False
    if any(w.casefold().strip(".") in _not_name_words() and not V.first_name_known(w) for w in remainder):
        return False
    if all(V.first_name_known(w) for w in remainder):
        return True
    return closes and not V.is_listed_city(text) and not V.has_company_marker(text)


def _pair_score(xs: list[_Words | None], ys: list[_Words | None]) -> tuple[int, int, int, float] | None:
    """(rows agreeing, rows both filled, families, share of given-name remainders) of ``X`` beside ``Y`` (each
    row's name words, ``None`` where the cell is no name)."""
    both = agree = 0
    families: set[str] = set()
    remainders: dict[str, bool] = {}
    for xw, yw in zip(xs, ys, strict=True):
        if xw is None or yw is None:
            continue  # a row without both names (empty, ``s/ info``, ``#VALUE!``) says nothing either way
        both += 1
        if len(xw) <= len(yw) or len(yw) > 3:
            continue
        xf, yf = xw.folded, yw.folded
        if xf[-len(yf) :] == yf:
            rest, closes = xw[: -len(yw)], True
        elif xf[: len(yf)] == yf:
            rest, closes = xw[len(yw) :], False
        else:
            continue
        agree += 1
        families.add(" ".join(yf))
        key = " ".join(rest).casefold()
        if key not in remainders:
            remainders[key] = family_remainder(list(rest), closes)
    if not remainders:
        return None
    return agree, both, len(families), sum(remainders.values()) / len(remainders)


class _Words(tuple):
    """A cell's name words, with their case-folded forms (``folded``) computed once for every pairing."""

    folded: tuple[str, ...]

    @classmethod
    def of(cls, words: list[str]) -> _Words:
        made = cls(words)
        made.folded = tuple(w.casefold() for w in words)
        return made


def _row_words(series: pd.Series) -> tuple[list[_Words | None], int]:
    """Each row's name words (``None``: empty, a placeholder or no name) and the count of filled cells."""
    out: list[_Words | None] = []
    filled = 0
    seen: dict[str, _Words | None] = {}
    for v in series.iloc[:MAX_ROWS].to_numpy():
        if not isinstance(v, str) or not v.strip() or is_missing_token(v):
            out.append(None)
            continue
        filled += 1
        if v not in seen:
            words = _words(v.strip())
            seen[v] = None if words is None else _Words.of(words)
        out.append(seen[v])
    return out, filled


def family_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, object]
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` whose cells hold the row's surname of another column with a given name
    or initials (see the module's rules), as name columns, and those surname columns (if undecided) as surnames.

    ``found`` maps columns to their detection or entity (``None``: undecided); a column decided as anything but a
    person is no surname column."""
    entity = {c: getattr(d, "entity", d) for c, d in found.items()}
    texts = [
        c
        for c in names
        if c in df.columns and (pd.api.types.is_object_dtype(df[c].dtype) or pd.api.types.is_string_dtype(df[c].dtype))
    ]
    surnames = [c for c in texts if entity.get(c) is None or entity.get(c) in _PERSON]
    undecided = [c for c in texts if entity.get(c) is None]
    if not undecided or len(surnames) < 2:
        return {}
    words = {c: _row_words(df[c]) for c in surnames}
    out: dict[str, ColumnDetection] = {}
    for x in undecided:
        cells, filled = words[x]
        shaped = sum(w is not None and len(w) > 1 for w in cells)
        if x in out or shaped < MIN_ROWS or shaped < MIN_SHAPED * filled:
            continue
        for y in surnames:
            if y == x:
                continue
            score = _pair_score(cells, words[y][0])
            if score is None:
                continue
            agree, both, families, given = score
            if agree < MIN_ROWS or agree < MIN_AGREE * both or families < MIN_FAMILIES or given < MIN_GIVEN:
                continue
            why = (
                f"{agree} of {both} rows hold the surname of {y!r} with a given name or initials "
                f"({families} families, {given:.0%} of the rest given names)"
            )
            out[x] = ColumnDetection(x, E.NAME, 0.8, agree / both, "values+family_people", agree, None, why)
            if entity.get(y) is None and y not in out:
                out[y] = ColumnDetection(y, E.LAST_NAME, 0.8, agree / both, "values+family_people", agree, None,
                                         f"the family surname of {x!r} in {agree} of {both} rows")  # fmt: skip
            break
    return out
