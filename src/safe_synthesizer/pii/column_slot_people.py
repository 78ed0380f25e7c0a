"""Name columns whose cells are people in any form the slot reader reads: pairs, dressed names, initials, any script.

Why: the register passes (:mod:`column_person_grammar`, :mod:`column_dressed_people`, :mod:`column_written_people`)
each vote with their own list of whole-cell layouts, so a column of bridge pairs (``Ibrahim - Elsheikh``), of
surname - given (``Wähner - Elfriede``), of nicknames in brackets (``Sharon (Bubba) Cleary``) or of mixed forms was
read as too few people and published as written (set 43: 64 name columns shown, 68 hidden). This pass votes with
one general reader (:func:`person_slots.read_person_slots`) and weighs the evidence of people, not the layout:

* dense columns: nearly every distinct filled cell (junk out) reads as people (:data:`MIN_PERSON`), a share in a
  layout nobody writes for a thing (:data:`MIN_STRUCTURED`: two people, dress, initials), and the names vouched
  for by the name lists (:data:`MIN_LISTED`), by coming back in other cells written another way (people return to
  a club; :data:`MIN_RECURRING`), or by the table's other person columns (:data:`MIN_SHARED`); few ordinary words,
  towns or firms (a route ``Cork - Dublin``, a fixture ``Red - Blue`` are no people);
* mostly empty columns (a helper, who to leave it with): every filled cell reads as people of two or more words,
  in a table whose people are found, and the cells share a name word with those people or the lists know them.

The look-alike vetoes of :mod:`detect_table` (products, pubs, breeds named after people) run after this pass.

Example::

    slot_people_columns(df, ["N/S pair", "Score"], {})
    # {"N/S pair": ColumnDetection("N/S pair", "name", ..., method="values+slot_people")}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_person_grammar import (
    MANY_PEOPLE,
    MAX_ROWS,
    MAX_ROWS_PER_PERSON,
    MIN_DISTINCT,
    MIN_LISTED,
    MIN_PERSON,
    MIN_STRUCTURED,
)
from safe_synthesizer.pii.cue_subjects import names_an_animal
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.person_slots import PersonSlots, read_person_slots, slot_words

__all__ = ["slot_people_columns", "slot_people_score"]

# The rows read, the distinct cells a dense column needs, the rows per cell of a few (a category of five values
# fills every row) and the shares of the distinct cells not junk read as people, structured and listed are the
# register readers' own (:mod:`column_person_grammar`); these are the slot reader's further shares.
MIN_RECURRING = 0.4
MIN_SHARED = 0.4
MAX_PLAIN = 0.15
MAX_LONE = 0.4
MAX_PLACES = 0.25
MAX_COMPANIES = 0.1
# Junk cells (``[empty]``, ``pending``, ``~``) are skipped, but may not be most of the column.
MAX_JUNK = 0.34
MAX_SPARSE_JUNK = 0.5
# Unstructured whole names beside the table's people: listed share needed.
MIN_LISTED_PLAIN = 0.7
MAX_WORD_SHARE = 0.3
# Mostly empty columns: share of cells sharing a name word with the table's people, or listed.
MIN_SPARSE_SHARED = 0.5
MIN_SPARSE_LISTED = 0.5
# Mostly empty columns: at most this share of rows filled, at most this many distinct cells.
MAX_SPARSE_FILLED = 0.5
MAX_SPARSE_DISTINCT = 30
_PERSON_ENTITIES = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def _junk(value: str) -> bool:
    """A cell that says nothing of a person and is no attempt at a name: no capital letter in a cased script, or
    wholly in brackets or symbols (``pending``, ``[empty]``, ``<none>``, ``~``, ``n.b.``)."""
    letters = [ch for ch in value if ch.isalpha()]
    if not letters:
        return True
    if value[:1] in "([<{-~*?" and (value[:1] in "-~*?" or value[-1:] in ")]>}"):
        return True
    cased = [ch for ch in letters if ch.lower() != ch.upper()]
    return bool(cased) and not any(ch.isupper() for ch in cased) and len(value.split()) <= 2 and len(value) <= 12


def _place_share(cells: Sequence[PersonSlots]) -> float:
    """Share of the distinct slots that are listed towns and no listed name (a route ``Cork - Dublin``; one
    family named after a town, ``Sainte-Rose``, among many people is no route)."""
    slots = {s.text: s for c in cells for s in c.slots}
    if not slots:
        return 0.0
    return sum(V.is_listed_city(t) and not s.listed for t, s in slots.items()) / len(slots)


def _one_word_throughout(words: Sequence[frozenset[str]]) -> bool:
    """One word in most of three or more cells: a category's (``Larry Ville``, ``Joel Ville``), not a family's few."""
    counts = Counter(w for ws in words for w in ws)
    return len(words) >= 3 and max(counts.values(), default=0) > 0.5 * len(words)


def _every_word_listed(cell: PersonSlots) -> bool:
    return all(V.first_name_known(w) or V.last_name_known(w) for s in cell.slots for w in s.names)


def _multi_word(cell: PersonSlots) -> bool:
    """Two or more people, or one person of two or more name words or with initials: no lone word."""
    return len(cell.slots) > 1 or not cell.slots[0].lone


def slot_people_score(
    values: Sequence[str], table_words: frozenset[str] = frozenset(), *, sparse: bool = False
) -> tuple[float, str] | None:
    """(share of distinct cells read as people, evidence) when ``values`` (a column's filled cells) are people by
    the slot reader (module docstring), else None. ``table_words``: the name words of the table's person columns.

    >>> slot_people_score(["Ibrahim - Elsheikh", "Elhassan - Elnour", "Elamin - Ibrahim", "Hamad - Elhassan"])[0]
    1.0
    """
    distinct = list(dict.fromkeys(values))
    junk = not_known_keys(distinct, E.NAME)
    kept = [v for v in distinct if v not in junk and not _junk(v)]
    if not kept or len(kept) < (1 - (MAX_SPARSE_JUNK if sparse else MAX_JUNK)) * len(distinct):
        return None
    few = len(kept) < MANY_PEOPLE and len(values) > MAX_ROWS_PER_PERSON * len(kept)  # a category over many rows
    if not sparse and (len(kept) < MIN_DISTINCT or few):
        return None
    cells = [read_person_slots(v) for v in kept]
    read = [c for c in cells if c is not None]
    n = len(kept)
    person = len(read) / n
    if person < (1.0 if sparse else MIN_PERSON):
        return None
    if sum(c.plain for c in read) > MAX_PLAIN * n or _place_share(read) > MAX_PLACES:
        return None
    if sum(V.has_company_marker(v) for v in kept) > MAX_COMPANIES * n:
        return None
    words = [slot_words(c) for c in read]
    shared = sum(bool(w & table_words) for w in words) / n
    listed = sum(c.listed for c in read) / n
    structured = sum(c.structured for c in read) / n
    if sparse:
        if not all(map(_multi_word, read)):
            return None
        alone = n == 1 and structured == 1.0 and listed == 1.0  # ``F.D. Talwar``, ``Bautista - Dawn``
        # Listed names vouch for a few cells only in a person's layout or word for word (``Bruce Lee Shield``, a
        # trophy, has an unlisted word after a listed name).
        vouched = all(c.structured or _every_word_listed(c) for c in read) and not _one_word_throughout(words)
        if shared < MIN_SPARSE_SHARED and (listed < MIN_SPARSE_LISTED or n < 2 or not vouched) and not alone:
            return None
        return 1.0, f"{n} distinct cells, all people ({round(100 * shared)}% the table's own names)"
    counts = Counter(w for ws in words for w in ws)
    recurring = sum(any(counts[w] > 1 for w in ws) for ws in words) / n
    lone = sum(not _multi_word(c) for c in read) / n
    # Whole names of a second script or stock beside the table's people (``Марат Кенешбеков`` beside ``Marat
    # Keneshbekov``): no structure, but listed word for word and never a lone or ordinary word.
    # A word in many of the cells is a category's (``Larry Ville``, ``Joel Ville``; ``غرب مريم``, ``غرب سارینا``).
    top = max(counts.values(), default=0)
    second = (
        bool(table_words)
        and n >= MANY_PEOPLE  # a few listed names over a small table are as often labels (``Vera Wang``, ``Ted Baker``)
        and sum(map(_every_word_listed, read)) >= MIN_LISTED_PLAIN * n  # no street or firm word: ``तुलाधर मार्ग``
        and lone == 0
        and not any(c.plain for c in read)
        and top < MAX_WORD_SHARE * n
    )
    if (structured < MIN_STRUCTURED and not second) or lone > MAX_LONE:
        return None
    if listed < MIN_LISTED and recurring < MIN_RECURRING and shared < MIN_SHARED:
        return None
    pairs = sum(len(c.slots) > 1 for c in read) / n
    return person, (
        f"{round(100 * person)}% of {n} distinct cells people ({round(100 * pairs)}% two or more, "
        f"{round(100 * structured)}% structured; {round(100 * listed)}% listed, {round(100 * recurring)}% recurring, "
        f"{round(100 * shared)}% the table's own names)"
    )


def _text_cells(series: pd.Series) -> list[str]:
    return [" ".join(v.split()) for v in series.iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()]


def _table_words(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> frozenset[str]:
    words: set[str] = set()
    for name, detection in found.items():
        if detection is None or detection.entity not in _PERSON_ENTITIES or name not in df.columns:
            continue
        for value in dict.fromkeys(_text_cells(df[name])):
            if (cell := read_person_slots(value)) is not None:
                words |= slot_words(cell)
    return frozenset(words)


def slot_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Name columns among ``names`` not decided in ``found`` whose cells are people by the slot reader: dense
    columns first, then mostly empty ones beside the people found (the dense ones among them)."""
    out: dict[str, ColumnDetection] = {}
    undecided = []
    for name in names:
        if found.get(name) is not None or names_an_animal(name) or name not in df.columns:
            continue
        series = df[name]
        if pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype):
            undecided.append(name)
    table_words = _table_words(df, found)
    sparse: list[tuple[str, list[str]]] = []
    for name in undecided:
        values = _text_cells(df[name])
        if len(values) <= MAX_SPARSE_FILLED * min(len(df), MAX_ROWS):
            sparse.append((name, values))
            continue
        if (scored := slot_people_score(values, table_words)) is not None:
            out[name] = _detection(name, scored, len(values))
    people = {**{k: v for k, v in found.items() if v is not None}, **out}
    if not any(d.entity in _PERSON_ENTITIES for d in people.values()):
        return out
    table_words = _table_words(df, people)
    for name, values in sparse:
        if not values or len(set(values)) > MAX_SPARSE_DISTINCT:
            continue
        if (scored := slot_people_score(values, table_words, sparse=True)) is not None:
            out[name] = _detection(name, scored, len(values))
    return out


def _detection(name: str, scored: tuple[float, str], n_values: int) -> ColumnDetection:
    share, evidence = scored
    return ColumnDetection(name, E.NAME, round(share, 4), round(share, 4), "values+slot_people", n_values, None,
                           evidence)  # fmt: skip
