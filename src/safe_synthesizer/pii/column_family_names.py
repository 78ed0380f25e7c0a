"""One-part name columns of a small register: a family's surname, a child's given name, a customer's surname.

Why: a childminder's register writes the child's given name (``Child``/``Enfant``/``Kind``) and the family's surname
in two columns, one row per visit: a dozen rows hold three to ten children, far too few distinct values for the
name checks (:data:`~safe_synthesizer.pii.column_sample.MIN_DISTINCT_WITHOUT_CUE`) or the split-name pass (which
needs varied columns), and with the names hidden both stayed as written (blind set 39: ten tables). A newsagent's
delivery book writes each customer by the surname alone beside the house and postcode: eight to twenty rows, again
too few, and beside a postcode column the place pass took the surnames for towns.

What the rows say, whatever the header:

* **a family's surname**: single name words (a particle or a second surname allowed: ``van Laar``, ``Serra
  Ferrer``) that stand, on most rows, among the words of the same row's person cell (the parent who dropped the
  child off: ``Norman Phillips``, ``ALLARD Thibaut``) and are not that whole cell. No category, town or product is
  written in the words of each row's own person;
* **a customer's surname**: in a table whose street column is found, single words nearly all listed surnames, hardly
  any listed towns or given names, that follow the street row by row (one surname per house and one house per
  surname: the household); a category repeats over many houses, a town column holds towns;
* **a child's given name**: right beside a surname column (decided, or found above), single words nearly all listed
  given names, few towns or pets, each name kept with one surname over its rows (a child belongs to one family;
  staff on duty or a password chosen per visit go with many families), in a table with other person columns;
* **a pair of them**: two neighbouring columns of single words, one nearly all listed given names and no surnames,
  the other nearly all listed surnames and no given names, each given name kept with one surname over repeated
  rows, in a table with another person column (scripts whose names only the lists tell: ``ליאל`` / ``רובינשטיין``).

Beside :mod:`column_family_people` (two concepts, on purpose): that pass finds an undecided **person** column by a
surname column that opens or closes its cells (``E. Hilgers`` / ``Hilgers``); this one takes the person columns as
decided and finds the **one-part** name columns beside them.

A town column stays a town column: a surname found in the rows' person cells is no town, and a list-only surname
column must hold hardly any listed towns. Children's birth dates are then read by the birth-date passes
(:mod:`column_few_births`, :mod:`column_row_births`), which need the table's person columns found first.

Example::

    family_findings(df, ["Date", "c001", "c002", "c003", "c006"], found, entities=KNOWN_ENTITIES)
    # {"c001": ...first_name "values+family", "c002": ...last_name, "c003": ...date_of_birth "values+table"}
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import few_birth_date_columns
from safe_synthesizer.pii.column_row_births import row_birth_date_columns
from safe_synthesizer.pii.gazetteers import MAX_PET_NAMES, PARTICLES, PET_NAMES
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.titles import is_title

METHOD = "values+family"
CONFIDENCE = 0.8
# Rows read per column: a register's first rows tell; the pass stays cheap on large tables.
MAX_ROWS = 300
# Words of a name cell (particles and second surnames allowed).
MAX_WORDS = 3
# Surname by the rows: share of the rows filling both whose person cell holds the value's words, matched rows and
# matched distinct values needed, and the share of matched rows where the value is the whole person cell at most.
MIN_ROW_LINKED = 0.6
MIN_LINKED_ROWS = 3
MIN_LINKED_VALUES = 2
MAX_WHOLE_CELL = 0.2
# Listed shares of the distinct values: a pair's given names and surnames, customers' surnames beside houses (the
# lists miss many: Bermuda's ``Trott``), a child's given names; values listed only as the other kind of name, and
# towns, at most.
MIN_LISTED = 0.85
MIN_LISTED_CUSTOMERS = 0.6
MAX_OTHER_KIND = 0.15
MAX_TOWNS = 0.1
MIN_LISTED_GIVEN = 0.8
MAX_GIVEN_TOWNS = 0.2
# Customers beside houses: distinct values, and the share of rows whose value keeps one house (and the house one value).
MIN_CUSTOMERS = 4
MIN_SAME_HOUSE = 0.9
# A given name kept with one surname: share of its rows, distinct given names needed, and rows per given name for
# a pair without any other link (people seen again).
MIN_SAME_FAMILY = 0.85
MIN_GIVEN = 2
MIN_PAIR_REPEAT = 1.5
_PEOPLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LINKS = frozenset(PARTICLES) | {"bin", "binti", "al", "el", "y", "i"}


def _cells(df: pd.DataFrame, column: str, entity: str) -> list[str | None]:
    """The first rows' cells of ``column``, stripped, with not-known cells (``-``, ``n/d``, ``sem``) as ``None``."""
    raw = [v.strip() if isinstance(v, str) and v.strip() else None for v in df[column].iloc[:MAX_ROWS].to_numpy()]
    junk = not_known_keys(list(dict.fromkeys(v for v in raw if v is not None)), entity)
    return [None if v in junk else v for v in raw]


def _name_words(value: str) -> list[str] | None:
    """The name words of a cell of one name (``van Laar``, ``Serra Ferrer``, ``Hendrikse-Simonis``), else ``None``."""
    if any(ch.isdigit() for ch in value) or not V.is_name_shaped_any_case(value):
        return None
    words = value.replace(",", " ").split()
    if not 1 <= len(words) <= MAX_WORDS:
        return None
    core = [w for w in words if w.casefold() not in _LINKS]
    if not core or all(is_title(w) for w in core):
        return None  # ``Mrs`` in a Title column is among the words of ``LINDQVIST/ASTRID MRS``, and no surname
    return [w.casefold() for w in core]


def _one_name_column(df: pd.DataFrame, column: str, entity: str) -> list[str | None] | None:
    """The column's cells when nearly all filled ones are one name each (text columns only), else ``None``."""
    if not (pd.api.types.is_object_dtype(df[column].dtype) or pd.api.types.is_string_dtype(df[column].dtype)):
        return None
    cells = _cells(df, column, entity)
    filled = [v for v in cells if v is not None]
    if len(filled) < MIN_LINKED_ROWS:
        return None
    shaped = sum(_name_words(v) is not None for v in dict.fromkeys(filled))
    return cells if shaped >= 0.9 * len(set(filled)) else None


def _row_words(df: pd.DataFrame, people: Sequence[str]) -> list[list[set[str]]]:
    """Per person column, per row: the case-folded words of the cell."""
    out = []
    for column in people:
        words = []
        for v in df[column].iloc[:MAX_ROWS].to_numpy():
            words.append({w.casefold() for w in _WORD.findall(v)} if isinstance(v, str) else set())
        out.append(words)
    return out


def _row_linked(cells: list[str | None], person_rows: list[list[set[str]]]) -> tuple[float, int, int]:
    """(share of rows linked, linked rows, linked distinct values) against the best person column."""
    best = (0.0, 0, 0)
    for words in person_rows:
        both = linked = whole = 0
        values: set[str] = set()
        for value, row in zip(cells, words, strict=False):
            if value is None or not row or (parts := _name_words(value)) is None:
                continue
            both += 1
            if set(parts) <= row:
                linked += 1
                whole += set(parts) == row
                values.add(value.casefold())
        if both and linked and whole <= MAX_WHOLE_CELL * linked and linked / both > best[0]:
            best = (linked / both, linked, len(values))
    return best


def _shares(values: Collection[str]) -> dict[str, float]:
    """Shares of ``values`` listed as given names, surnames, only given names, only surnames, towns, pets' names."""
    n = max(len(values), 1)
    given = {v for v in values if V.first_name_known(v)}
    last = {v for v in values if V.last_name_known(v)}
    return {
        "given": len(given) / n,
        "last": len(last) / n,
        "given_only": len(given - last) / n,
        "last_only": len(last - given) / n,
        "towns": sum(map(V.is_listed_city, values)) / n,
        "pets": sum(v.casefold() in PET_NAMES for v in values) / n,
    }


def _consistent(keys: list[str | None], values: list[str | None]) -> tuple[float, float]:
    """(share of rows whose value is its key's usual value, rows per key) over the rows filling both."""
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    for k, v in zip(keys, values, strict=False):
        if k is not None and v is not None:
            by_key[k.casefold()][v.casefold()] += 1
    rows = sum(sum(c.values()) for c in by_key.values())
    if not rows:
        return 0.0, 0.0
    return sum(c.most_common(1)[0][1] for c in by_key.values()) / rows, rows / len(by_key)


def _detection(column: str, entity: str, share: float, n: int, why: str) -> ColumnDetection:
    return ColumnDetection(column, entity, CONFIDENCE, round(share, 4), METHOD, n, None, why)


def family_name_columns(
    df: pd.DataFrame,
    names: Sequence[str],
    found: Mapping[str, str | None],
    paired_towns: Collection[str] = (),
) -> dict[str, ColumnDetection]:
    """Surname and given-name columns among the undecided ``names`` (see the module); ``found`` maps the decided
    columns to their entity. ``paired_towns``: town columns only the postcode/town pair or the classifier read,
    taken back as customers' surnames when nearly all their values are listed surnames and none towns."""
    columns = [c for c in names if c in df.columns]
    decided = {c: e for c, e in found.items() if e is not None and c in df.columns and c not in paired_towns}
    people = [c for c, e in decided.items() if e == E.NAME]
    out: dict[str, ColumnDetection] = {}
    surnames = [c for c, e in decided.items() if e == E.LAST_NAME]
    undecided = {c: cells for c in columns if c not in decided and (cells := _one_name_column(df, c, E.LAST_NAME))}
    # A family's surname among the words of the row's person cell.
    if people:
        person_rows = _row_words(df, people)
        for column, cells in undecided.items():
            share, rows, values = _row_linked(cells, person_rows)
            if share < MIN_ROW_LINKED or rows < MIN_LINKED_ROWS or values < MIN_LINKED_VALUES:
                continue
            distinct = {v for v in cells if v is not None}
            sh = _shares(distinct)
            if sh["given"] > sh["last"] and sh["last"] < 0.5:
                continue  # the person's own given name: the pair and sparse passes read those
            why = f"{share:.0%} of rows hold it among the words of the row's person ({rows} rows, {values} names)"
            out[column] = _detection(column, E.LAST_NAME, share, len(distinct), why)
            surnames.append(column)
    # A customer's surname beside the houses.
    streets = [c for c, e in decided.items() if e in (E.STREET_ADDRESS, E.ADDRESS)]
    for column, cells in undecided.items():
        if column in out or not streets:
            continue
        distinct = {v for v in cells if v is not None}
        sh = _shares(distinct)
        listed = MIN_LISTED if column in paired_towns else MIN_LISTED_CUSTOMERS
        if len(distinct) < MIN_CUSTOMERS or sh["last"] < listed or sh["given_only"] > MAX_OTHER_KIND:
            continue
        if sh["towns"] > MAX_TOWNS:
            continue
        houses = _cells(df, streets[0], E.STREET_ADDRESS)
        same, _ = _consistent(cells, houses)
        back, _ = _consistent(houses, cells)
        if min(same, back) < MIN_SAME_HOUSE:
            continue
        why = f"{sh['last']:.0%} listed surnames, one house per surname on {min(same, back):.0%} of rows"
        out[column] = _detection(column, E.LAST_NAME, sh["last"], len(distinct), why)
        surnames.append(column)
    out = {c: d for c, d in out.items() if c not in paired_towns or d.entity == E.LAST_NAME}
    undecided = {c: cells for c, cells in undecided.items() if c not in paired_towns or c in out}
    # A child's given name beside the family's surname.
    index = {c: i for i, c in enumerate(columns)}
    person_columns = [c for c, e in decided.items() if e in _PEOPLE] + list(out)
    for column, cells in undecided.items():
        if column in out or column not in index:
            continue
        beside = [s for s in surnames if s in index and abs(index[s] - index[column]) == 1]
        if not beside or not [p for p in person_columns if p not in beside and p != column]:
            continue
        distinct = {v for v in cells if v is not None}
        if any(" " in v for v in distinct):
            continue
        sh = _shares(distinct)
        given = sh["given"]
        if len(distinct) < MIN_GIVEN or given < MIN_LISTED_GIVEN or sh["last_only"] > MAX_OTHER_KIND:
            continue
        if sh["towns"] > MAX_GIVEN_TOWNS or sh["pets"] > MAX_PET_NAMES:
            continue
        family = _cells(df, beside[0], E.LAST_NAME)
        same, per_name = _consistent(cells, family)
        if same < MIN_SAME_FAMILY or per_name < MIN_PAIR_REPEAT:
            continue
        why = f"{given:.0%} listed given names beside surnames {beside[0]}, each with one family on {same:.0%} of rows"
        out[column] = _detection(column, E.FIRST_NAME, given, len(distinct), why)
    # A pair no other link tells: given names and surnames apart by the lists, kept together over repeated rows.
    if [c for c, e in decided.items() if e in _PEOPLE]:
        left = [c for c in columns if c in undecided and c not in out]
        for a, b in itertools.pairwise(left):
            if a in out or b in out or index[b] - index[a] != 1:
                continue
            pair = _pair(a, b, undecided) or _pair(b, a, undecided)
            if pair is not None:
                out.update(pair)
    return out


def _pair(first: str, last: str, undecided: Mapping[str, list[str | None]]) -> dict[str, ColumnDetection] | None:
    """``first`` given names and ``last`` surnames, told apart by the lists, kept together over repeated rows."""
    a = {v for v in undecided[first] if v is not None}
    b = {v for v in undecided[last] if v is not None}
    if min(len(a), len(b)) < MIN_GIVEN or any(" " in v for v in a):
        return None
    sa, sb = _shares(a), _shares(b)
    a_given, b_last = sa["given"], sb["last"]
    if a_given < MIN_LISTED or sa["last_only"] > MAX_OTHER_KIND or b_last < MIN_LISTED:
        return None
    if sb["given_only"] > MAX_OTHER_KIND or max(sa["towns"], sb["towns"]) > MAX_TOWNS or sa["pets"] > MAX_PET_NAMES:
        return None
    same, per_name = _consistent(undecided[first], undecided[last])
    if same < MIN_SAME_FAMILY or per_name < MIN_PAIR_REPEAT:
        return None
    why = f"{a_given:.0%} listed given names beside {b_last:.0%} listed surnames, kept together on {same:.0%} of rows"
    return {
        first: _detection(first, E.FIRST_NAME, a_given, len(a), why),
        last: _detection(last, E.LAST_NAME, b_last, len(b), why),
    }


def family_findings(
    df: pd.DataFrame,
    names: Sequence[str],
    found: Mapping[str, ColumnDetection | None],
    *,
    entities: Collection[str],
    sample_size: int = 500,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """The family's name columns (:func:`family_name_columns`) and then, when any was found, the birth-date columns
    the birth passes read with them (a child's birth date beside the child's given name)."""
    if not {E.FIRST_NAME, E.LAST_NAME} <= set(entities):
        return {}
    decided = {k: v.entity for k, v in found.items() if v is not None}
    # Surnames beside a postcode column the place pair took for towns (a newsagent's ``Martinecová``, ``Kaupas``).
    # ... and those the learned classifier read as towns (Dominica's ``Peltier``, ``Jno Baptiste``: no list knows them).
    paired = [k for k, v in found.items()
              if v is not None and v.entity == E.CITY and v.method in ("values+pair", "classifier")]  # fmt: skip
    out = family_name_columns(df, [*names, *(p for p in paired if p not in names)], decided, paired)
    if not out or E.DATE_OF_BIRTH not in entities or E.DATE_OF_BIRTH in decided.values():
        return out
    now: dict[str, ColumnDetection | None] = {**found, **out}
    rest = [n for n in names if now.get(n) is None]
    births = few_birth_date_columns(df, rest, now, entities, sample_size=sample_size, seed=seed)
    if not births:
        births = row_birth_date_columns(df, rest, now, entities)
    return {**out, **births}
