"""Name columns whose people are written in a register's mixed layouts: couples, households, scorebook initials.

Why: a window cleaner's ``Name`` holds ``Mr & Mrs Krebs``, ``LÖCHEL-VOLLBRECHT E.`` and ``Famille Bonnet-Bailly``;
a plumber's ``Customer`` ``Mr & Mrs Dausabea``, ``QUIRK, Mark (Mr)`` and ``Quine Illiam``; a riding school's
``Rider`` ``M.U. Alik`` and ``hadley rosalinda``; a hall's ``Huurder`` ``COFFIE J.``. The per-column rules need
plain full names, the desk pass (:mod:`column_written_people`) its own few layouts and no couple or household, so
each of these columns was published as written, with its header shown and hidden (set 41: 56 of 436 name columns).

A column is one of people here when its distinct filled cells (not-known words out) read as people by
:func:`person_cell_grammar.read_person_cell` (or the desk's :func:`column_written_people.written_person`):

* nearly all of them (:data:`MIN_PERSON`: a stray ``ask at desk`` is allowed);
* a share in a layout nobody writes for a thing (:data:`MIN_STRUCTURED`: titles, a couple, a household,
  initials, ``FAMILY, Given (Mrs)``, ``given FAMILY``) and most with evidence beyond their shape;
* few whose family word is an ordinary word (``Block C``, ``Hall B``), few lone words (a given-name or surname
  column is the one-part rules'), few towns or firms.

The look-alike vetoes of :mod:`detect_table` (ponies, rooms, bats named after people) run after this pass.

Example::

    person_grammar_columns(df, ["Name", "Price"], {})
    # {"Name": ColumnDetection("Name", "name", ..., method="values+person_grammar")}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_written_people import STRUCTURED_FORMS, written_person
from safe_synthesizer.pii.cue_subjects import names_an_animal
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.person_cell_grammar import PersonCell, read_person_cell

_Reading = TypeVar("_Reading")

# Rows read per column (registers are small; a long column is the per-column rules' to decide) and distinct
# filled cells needed.
MAX_ROWS = 2000
MIN_DISTINCT = 3
# Below this many distinct cells the rows per cell must stay few (a customer comes back; a round's five codes fill
# every row).
MANY_PEOPLE = 8
MAX_ROWS_PER_PERSON = 4.0
# Shares of the distinct filled cells: read as a person, in a structured layout, with evidence beyond the shape.
MIN_PERSON = 0.85
MIN_STRUCTURED = 0.3
MIN_LISTED = 0.4
# Shares that make it something else: family words that are ordinary words, lone words, towns, firms.
MAX_PLAIN = 0.25
MAX_LONE = 0.4
MAX_PLACES = 0.2
MAX_COMPANIES = 0.1


def person_form(value: str) -> PersonCell | None:
    """The cell's person form by the grammar, else by the desk's layouts (``Carol (Haynes)``, ``HAYNES/CAROL``)."""
    if (cell := read_person_cell(value)) is not None:
        return cell
    desk = written_person(value)
    if desk is None:
        return None
    form, listed = desk
    if form in STRUCTURED_FORMS:
        return PersonCell(f"desk_{form}", True, listed)
    return PersonCell("lone" if form in {"family", "given_only"} else "plain", False, listed)


def register_readings(
    distinct: Sequence[str], n_values: int, read: Callable[[str], _Reading | None]
) -> list[_Reading | None] | None:
    """Each of a column's ``distinct`` filled cells read by ``read`` (``n_values`` filled cells in all), or None when
    the column is no register of people by its first look: a few values over many rows (a category: rounds, teams),
    or its first 40 cells mostly not read as people (they settle most columns, so the rest is never read)."""
    n = len(distinct)
    if n < MIN_DISTINCT or (n < MANY_PEOPLE and n_values > MAX_ROWS_PER_PERSON * n):
        return None
    probe = [read(v) for v in distinct[:40]]
    if sum(r is not None for r in probe) < MIN_PERSON * len(probe) - 1:
        return None
    return probe + [read(v) for v in distinct[40:]]


def person_grammar_score(values: Sequence[str]) -> tuple[float, str] | None:
    """(share of distinct cells read as people, evidence) when ``values`` (a column's filled cells, junk out) are
    people in a register's layouts (module docstring), else None."""
    distinct = list(Counter(values))
    n = len(distinct)
    forms = register_readings(distinct, len(values), person_form)
    if forms is None:
        return None
    read = [f for f in forms if f is not None]
    person = len(read) / n
    structured = sum(f.structured for f in read) / n
    listed = sum(f.listed for f in read) / n
    plain = sum(f.plain for f in read) / n
    lone = sum(f.form == "lone" for f in read) / n
    if person < MIN_PERSON or structured < MIN_STRUCTURED or listed < MIN_LISTED:
        return None
    if plain > MAX_PLAIN or lone > MAX_LONE:
        return None
    if sum(1 for v in distinct if V.has_place_marker(v) or V.is_listed_city(v)) / n >= MAX_PLACES:
        return None
    if sum(1 for v in distinct if V.has_company_marker(v)) / n >= MAX_COMPANIES:
        return None
    by_form = Counter(f.form for f in read)
    parts = ", ".join(f"{round(100 * c / n)}% {k}" for k, c in by_form.most_common(4))
    share = round(100 * structured)
    return person, f"{round(100 * person)}% people in a register's layouts ({parts}; {share}% structured)"


def _filled(series: pd.Series) -> list[str]:
    cells = [" ".join(v.split()) for v in series.iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]
    junk = not_known_keys(list(dict.fromkeys(cells)), E.NAME)
    return [v for v in cells if v not in junk and any(ch.isalpha() for ch in v)]


def person_grammar_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Name columns among ``names`` not decided in ``found`` whose cells are people in a register's layouts."""
    out: dict[str, ColumnDetection] = {}
    for name in names:
        if found.get(name) is not None or names_an_animal(name):
            continue
        series = df[name]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        values = _filled(series)
        if (scored := person_grammar_score(values)) is None:
            continue
        share, evidence = scored
        out[name] = ColumnDetection(name, E.NAME, round(share, 4), round(share, 4), "values+person_grammar",
                                    len(values), None, evidence)  # fmt: skip
    return out
