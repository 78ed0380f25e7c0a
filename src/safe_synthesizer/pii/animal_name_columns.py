"""Given-name findings that are animals' names: the puppies of a puppy-walking log, the horses of a riding school.

Why: animals get people's given names (``Mabel``, ``Otis``, ``Archie``, ``Florence``), so a column of them beside a
register's people reads as a sparse given-name column (:mod:`column_sparse_given`: single capitalised words, mostly
listed given names, about one per person), with the header shown (``Puppy``) or hidden (set 47: en_GB and ht_HT,
three false columns). An animal's name is not a person's PII (its keeper's is), and the replaced column would only
garble the table. Two kinds of evidence tell it, neither a list of pet names:

* the column's own header names an animal (:func:`cue_subjects.names_an_animal`, many languages): decided;
* with the header hidden, the TABLE says animals are about (another column names an animal, a breed, a litter or a
  species in its header, or its values carry breed words: ``B-litter (Labrador)``, ``German Shepherd``), the
  column's names are not the table's PEOPLE's (at most :data:`MAX_PEOPLE_WORDS` of them are words of its person
  columns: a staff member on duty or a relative is drawn from the people's own names, a dog seldom), and they do
  not FOLLOW the table's people where that can be told: a person's own given name, middle name or nickname is the
  same on every row of that person, while the animals a keeper walks, rides or brings change from row to row (among
  the people met on two rows or more, :data:`MIN_REPEATED_PEOPLE` at least, fewer than :data:`MIN_FOLLOWING` keep
  one value).

Only findings of the values alone (methods ``values...``) are read; a header-cued person column is left as found.

Example::

    animal_name_columns(df, {"c000": det_first_name, "c003": det_name})
    # ["c000"]  -- Mabel, Wilson, Hattie ... beside ``B-litter (Labrador)``; each walker walks several of them
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_breed_names import has_breed_word
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cue_subjects import names_an_animal
from safe_synthesizer.pii.cues import tokens

__all__ = ["animal_name_columns", "table_about_animals"]

MAX_ROWS = 2000
# Share of a column's distinct values carrying a breed word that makes it a breed (or litter) column: one in four
# or five levels (``Lab x Golden`` and ``Golden`` carry none).
MIN_BREED_SHARE = 0.2
# Share of the candidate's distinct values that must be single words (an animal's call name).
MIN_SINGLE = 0.9
# People met on two filled rows or more needed to judge, and the share of them keeping one value that says the
# column follows its people.
MIN_REPEATED_PEOPLE = 3
MIN_FOLLOWING = 0.5
# Share of the candidate's distinct values that are words of the table's person columns, at most.
MAX_PEOPLE_WORDS = 0.2
_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_WORD = re.compile(r"[^\W\d_][^\W\d]*")
# Record words of animal keeping in a header (breed, litter, species, microchip, whelping, stud book), in the
# languages the breed headers of :mod:`column_breed_names` cover; the animals themselves are
# :func:`names_an_animal`'s.
_ANIMAL_RECORD_WORDS = frozenset(
    {
        "breed", "breeds", "litter", "species", "microchip", "chip", "whelped", "whelping", "sire", "dam", "studbook",
        "rasse", "wurf", "tierart", "race", "portee", "espece", "raza", "camada", "especie", "razza", "cucciolata",
        "specie", "ras", "nest", "worp", "soort", "raca", "ninhada", "rasa", "miot", "gatunek",
    }
)  # fmt: skip


def _text_values(series: pd.Series) -> list[str]:
    return [v.strip() for v in series.iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]


def table_about_animals(df: pd.DataFrame, leave_out: str) -> bool:
    """A column other than ``leave_out`` names an animal or an animal record in its header, or holds breeds.

    >>> table_about_animals(pd.DataFrame({"a": ["Rex"], "b": ["B-litter (Labrador)"]}), "a")
    True
    """
    for column in df.columns:
        if column == leave_out:
            continue
        header = str(column)
        if names_an_animal(header) or tokens(header) & _ANIMAL_RECORD_WORDS:
            return True
        series = df[column]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        distinct = set(_text_values(series))
        if distinct and sum(map(has_breed_word, distinct)) >= MIN_BREED_SHARE * len(distinct):
            return True
    return False


def _follows_people(df: pd.DataFrame, column: str, people: list[str]) -> bool | None:
    """Whether the column's value stays one per person (people told by the full-name columns ``people``) among the
    people on two filled rows or more; None when too few people come back to say."""
    by_person: dict[tuple[str, ...], set[str]] = {}
    rows: dict[tuple[str, ...], int] = {}
    frame = df.iloc[:MAX_ROWS]
    for value, *names in zip(frame[column].to_numpy(), *(frame[c].to_numpy() for c in people), strict=True):
        if not isinstance(value, str) or not value.strip():
            continue
        key = tuple(str(n).strip().casefold() for n in names)
        if not any(k and k != "nan" for k in key):
            continue
        by_person.setdefault(key, set()).add(value.strip())
        rows[key] = rows.get(key, 0) + 1
    repeated = [k for k, n in rows.items() if n >= 2]
    if len(repeated) < MIN_REPEATED_PEOPLE:
        return None
    return sum(len(by_person[k]) == 1 for k in repeated) >= MIN_FOLLOWING * len(repeated)


def _people_words(df: pd.DataFrame, people: list[str]) -> frozenset[str]:
    """Folded words of the table's person columns."""
    return frozenset(w.casefold() for c in people for v in _text_values(df[c]) for w in _WORD.findall(v))


def animal_name_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """Columns of ``found`` read as given names (or names) from their values that hold animals' names (module
    docstring): their own header names an animal, or the table is about animals and the names are neither the
    table's people's words nor follow its people."""
    out: list[str] = []
    people = [c for c, d in found.items() if d is not None and d.entity in _PERSON and c in df.columns]
    full = [c for c in people if found[c].entity == E.NAME]  # type: ignore[union-attr]
    for column, det in found.items():
        if det is None or det.entity not in (E.FIRST_NAME, E.NAME) or column not in df.columns:
            continue
        if not det.method.startswith("values"):
            continue
        distinct = set(_text_values(df[column]))
        if not distinct or sum(" " not in v for v in distinct) < MIN_SINGLE * len(distinct):
            continue
        if names_an_animal(str(column)):
            out.append(column)
            continue
        others = [c for c in people if c != column]
        if not others or not table_about_animals(df, column):
            continue
        words = _people_words(df, others)
        if sum(v.casefold() in words for v in distinct) > MAX_PEOPLE_WORDS * len(distinct):
            continue
        if _follows_people(df, column, [c for c in full if c != column]) is not True:
            out.append(column)
    return out
