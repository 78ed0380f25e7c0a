"""Columns of people written with extras or several to a cell, found from their values alone, even when sparse.

Why: a prison's "other visitors", a maternity list's "birth partner", a booking's "companions" write each person
with what is said of them (``Mia Berg (daughter, 7); Leon Berg (son, 4)``, ``Pedro Porto (11) 90936-9454``) or
several people in one cell, and leave most rows empty. The name rules need nearly every cell to be a plain name,
the contact rules nearly every cell a name and a number, so a column where some cells are plain names, some a
name and a number and some two children with their ages passed neither, with the names shown and hidden (set 31:
14+ locales' other visitors, 11+ locales' birth partners).

Each distinct cell is read by :func:`people_cells.read_people`. A column is one of people when nearly every
distinct cell (placeholders such as ``n/a``, ``TBC`` left out) reads as people, a good share of them with extras or
more than one person, most names are listed (a listed full name, given name first or family name last) and most
are written out (two words or more: ``Paris (75)`` is a town and its département). A sparse column counts from few
values: two distinct cells suffice when they name three people or more. Category cells (``Room 3 (2 beds)``,
``Smith & Sons Ltd``, ``Paracetamol (500 mg); Ibuprofen``, ``Group A (adults, 12)``) are no people.

Example::

    people_cell_columns(df, ["Other Visitors"], found={})
    # {"Other Visitors": ColumnDetection(..., "name", method="values+people_cells")}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.common_words import HEADING_WORDS, common_words
from safe_synthesizer.pii.people_cells import PeopleCell, read_people

__all__ = ["people_cell_columns", "people_cells_score"]

# Distinct cells read per column; the shares that make a column of people (see the module's rules).
MAX_ROWS = 300
MIN_DISTINCT = 2
MIN_NAMES = 3
MIN_PEOPLE = 0.85
MIN_STRUCTURED = 0.3
MIN_LISTED = 0.6
MIN_WRITTEN_OUT = 0.6
# Names the lists hardly know pass with a phone in this share of the cells, this share listed, this few ordinary words.
MIN_PHONE_CELLS = 0.5
MIN_LISTED_WITH_PHONES = 0.1
MAX_ORDINARY_WORDS = 0.1
# Listed or not, a column whose names are this much ordinary words is one of things (``Red Room (adults, 3)``).
MAX_ORDINARY_LISTED = 0.2
# ... or with a relation or an age said of them in this share of the cells, this share listed.
MIN_SAID = 0.6
MIN_LISTED_WITH_RELATIONS = 0.25
# Cheap first: of the first cells, this share must hold a bracket, a separator, a digit or an @.
_PROBE = 40
_MARKS = frozenset("()[];|/&+,@:")
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,4}")


def _marked(value: str) -> bool:
    return any(ch in _MARKS or ch.isdigit() for ch in value)


def _written_out(name: str) -> bool:
    """Given and family name both written: two words, or two to four Han, kana or Hangul letters (``孟璐``)."""
    return len(name.replace(",", " ").split()) > 1 or _CJK_NAME.fullmatch(name) is not None


def _ordinary_share(names: list[str]) -> float:
    """Share of the names' words that are ordinary words and no listed name (``Red Room``, ``Blue Team``; ``Fall``
    is a word and a Senegalese family name)."""
    words = [w.strip(".,") for n in names for w in n.replace(",", " ").split()]
    ordinary = common_words() | HEADING_WORDS
    said = sum(w.lower() in ordinary and not (V.last_name_known(w) or V.first_name_known(w)) for w in words)
    return said / max(1, len(words))


def _contacts_of_unlisted_people(read: list[PeopleCell], names: list[str], n_cells: int, listed: float) -> bool:
    """Names the lists hardly know (Malawi, Madagascar, Senegal, Brittany) written with a phone in most cells, or
    with a relation or an age said of them: people when some are listed, nearly all are written out and hardly any
    of their words is an ordinary word (``Acme Plumbing 020 7946 0000`` is a firm's line)."""
    if listed < MIN_LISTED_WITH_PHONES:
        return False
    phoned = sum(bool(p.phones) for p in read) >= MIN_PHONE_CELLS * n_cells
    if not phoned and (listed < MIN_LISTED_WITH_RELATIONS or sum(p.said > 0 for p in read) < MIN_SAID * n_cells):
        return False
    if _ordinary_share(names) > MAX_ORDINARY_WORDS:
        return False
    return sum(map(_written_out, names)) >= 0.9 * len(names)


def people_cells_score(values: Sequence[str]) -> tuple[float, str] | None:
    """(share of people cells, evidence) when the distinct non-empty ``values`` are a column of people with extras
    (see the module's rules), else ``None``."""
    cells = [v for v in values if not is_missing_token(v)]
    if len(cells) < MIN_DISTINCT:
        return None
    probe = cells[:_PROBE]
    if sum(map(_marked, probe)) < MIN_STRUCTURED * len(probe):
        return None
    read: list[PeopleCell] = []
    for i, v in enumerate(cells):
        if (p := read_people(v)) is not None:
            read.append(p)
        elif i + 1 - len(read) > (1 - MIN_PEOPLE) * len(cells):
            return None  # too many cells are no people already
    share = len(read) / len(cells)
    structured = sum(p.structured for p in read) / len(cells)
    names = [n for p in read for n in p.names]
    if share < MIN_PEOPLE or structured < MIN_STRUCTURED or len(names) < MIN_NAMES:
        return None
    listed = sum(vouched for p in read for vouched in p.listed) / len(names)
    written_out = sum(map(_written_out, names)) / len(names)
    if written_out < MIN_WRITTEN_OUT or _ordinary_share(names) > MAX_ORDINARY_LISTED:
        return None
    if listed < MIN_LISTED and not _contacts_of_unlisted_people(read, names, len(cells), listed):
        return None
    evidence = (
        f"{share:.0%} of {len(cells)} distinct cells people, {structured:.0%} with extras or several people, "
        f"{listed:.0%} listed names"
    )
    return share, evidence


def people_cell_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, object]
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` whose cells are people with extras (see the module's rules), found as
    name columns. ``found`` maps the columns decided already (any value other than ``None``): they are skipped."""
    out: dict[str, ColumnDetection] = {}
    for column, series in undecided_text_columns(df, names, found):
        distinct = list(
            islice(dict.fromkeys(v.strip() for v in series.to_numpy() if isinstance(v, str) and v.strip()), MAX_ROWS)
        )
        score = people_cells_score(distinct)
        if score is None:
            continue
        share, evidence = score
        out[column] = ColumnDetection(
            column, E.NAME, 0.85, round(share, 4), "values+people_cells", len(distinct), None, evidence
        )
    return out
