"""Columns of people each written with how they relate to the record: ``son - Mark Haynes``, ``Mark Haynes (son)``.

Why: a meals-on-wheels round sheet, a care home's or a school's list writes the next of kin, the family member or
the contact as a relation word and a name joined by a spaced dash or a colon (``niece - Jordan Brown``, ``Mutter:
Anna Berg``, ``hijo – Juan Ruiz``), and leaves many rows empty. The name rules see the relation word and reject the
cell; the people-with-extras rule (:mod:`column_people_cells`) first probes the cells for brackets, separators or
digits and a spaced dash is none of them, so the column was published as written, with the names shown and hidden
(set 39: the next of kin of seven meals tables, under ``Next of kin``, ``Familiar``, ``Familiare``).

What tells it, from the values alone: nearly every distinct filled cell of two words or more (placeholders aside;
one word, ``#VALUE!`` or ``n.k.``, is junk) reads as people with extras (:func:`people_cells.read_people`), most of
them say a relation of family or care (:data:`KIN_WORDS`: the shared relation lists, no role words), the names are
written out (two words or more) and hardly any of their words is an ordinary word. A category column of ticket
types or rooms (``Adult - Off Peak``, ``Child - Standard``) says no kin word or names no whole person.

The cells are replaced as people-with-extras cells are (:meth:`people_cells.PeopleCell.rebuild` through
``value_cells``): the relation word stays, the name is faked (``son - <fake>``).

Example::

    relation_people_columns(df, ["Next of kin"], found={})
    # {"Next of kin": ColumnDetection(..., "name", method="values+relation_people")}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_kin_contacts import MORE_RELATIONS
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.common_words import HEADING_WORDS, common_words
from safe_synthesizer.pii.people_cells import PeopleCell, read_people
from safe_synthesizer.pii.text_name_bracket_relation import RELATIONS

__all__ = ["KIN_WORDS", "relation_cell", "relation_people_columns", "relation_people_score"]

# Words of kinship, marriage, friendship and care (many languages): the extras that make a cell one person's
# relation to the record. Role words (``main``, ``lead``, ``adult``, ``guest``) are left out: they also label
# categories (``Adult - Off Peak``).
KIN_WORDS: frozenset[str] = RELATIONS | MORE_RELATIONS
# Distinct cells read per column; the shares that make a column of related people (see the module's rules).
MAX_CELLS = 300
MAX_ROWS = 2000
MIN_READ = 3
MIN_PEOPLE = 0.85
MIN_KIN = 0.6
MIN_WRITTEN_OUT = 0.8
MAX_ORDINARY_WORDS = 0.1
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# A relation joined to a name by a dash with spaces round it (``son - Mark Haynes``, ``hijo – Juan Ruiz``).
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _kin_said(cell: PeopleCell) -> bool:
    """A kin word stands in the cell outside its names (``niece`` of ``niece - Jordan Brown``)."""
    rest, at = [], 0
    for a, b, _kind, _who in cell.parts:
        rest.append(cell.text[at:a])
        at = b
    rest.append(cell.text[at:])
    words = _WORD.findall(" ".join(rest).casefold())
    return any(w in KIN_WORDS for w in words) or any(p in KIN_WORDS for w in words for p in w.split("-"))


def relation_cell(cell: object) -> PeopleCell | None:
    """``cell`` read as people when it says a kin word beside the names (``niece - Jordan Brown``), else ``None``.

    Why: the replacement splits a name column's cells into names and extras only when a quick probe sees a
    bracket, a separator or a digit (:func:`people_cells.split_people_cell`); a relation joined by a spaced dash
    has none, so the whole cell was faked as one name and the relation word was lost to a given name."""
    if not isinstance(cell, str) or not _SPACED_DASH.search(cell):
        return None
    people = read_people(cell)
    if people is None or not people.names or not _kin_said(people):
        return None
    return people


def _ordinary_share(names: list[str]) -> float:
    words = [w.casefold() for n in names for w in _WORD.findall(n)]
    ordinary = common_words() | HEADING_WORDS
    return sum(w in ordinary for w in words) / max(1, len(words))


def relation_people_score(values: Sequence[str]) -> tuple[float, str] | None:
    """(share of related-people cells, evidence) when the distinct non-empty ``values`` are a column of people each
    with their relation (see the module's rules), else ``None``."""
    # One word is no relation and a name (``#VALUE!``, ``n.k.``, ``0000``): junk or a placeholder, not counted.
    cells = [v for v in values if not is_missing_token(v) and len(v.split()) > 1]
    read: list[PeopleCell] = []
    for i, v in enumerate(cells):
        if (p := read_people(v)) is not None and p.names:
            read.append(p)
        elif i + 1 - len(read) > (1 - MIN_PEOPLE) * len(cells):
            return None  # too many cells are no people already
    if len(read) < MIN_READ or len(read) < MIN_PEOPLE * len(cells):
        return None
    kin = sum(map(_kin_said, read))
    if kin < MIN_KIN * len(read):
        return None
    names = [n for p in read for n in p.names]
    written_out = sum(len(_WORD.findall(n)) > 1 for n in names)
    if written_out < MIN_WRITTEN_OUT * len(names) or _ordinary_share(names) > MAX_ORDINARY_WORDS:
        return None
    share = len(read) / len(cells)
    evidence = f"{share:.0%} of {len(cells)} distinct cells people, {kin / len(read):.0%} with a relation said"
    return share, evidence


def relation_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, object]
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` whose cells are people with their relation (see the module's rules),
    found as name columns. ``found`` maps the columns decided already (any value but ``None``): they are skipped."""
    out: dict[str, ColumnDetection] = {}
    for column, series in undecided_text_columns(df, names, found):
        head = series.iloc[:MAX_ROWS].to_numpy()  # the head is enough: a column of kin says so from its first rows
        distinct = list(islice(dict.fromkeys(v.strip() for v in head if isinstance(v, str) and v.strip()), MAX_CELLS))
        if len(distinct) < MIN_READ:
            continue
        score = relation_people_score(distinct)
        if score is None:
            continue
        share, evidence = score
        out[column] = ColumnDetection(
            column, E.NAME, 0.85, round(share, 4), "values+relation_people", len(distinct), None, evidence
        )
    return out
