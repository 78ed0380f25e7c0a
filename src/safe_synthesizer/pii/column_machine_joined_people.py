"""Person columns whose cells a machine joined (``Short.Tracy``, ``ROYER_Gilles``, ``elena-trezzini``,
``JulieMichaelkennedy``, ``Bennett (A)``), mixed with plain and dressed names, told from the pieces' names and the
layouts' repetition.

Why: the form-free pass (:mod:`column_form_free_people`) reads a cell's person part as runs of space-separated
name-like words; cells joined by a dot, an underscore, a slug's hyphen or a case change have no such run, and a
column mixing five joined layouts with plain names was left to nothing (set 46: person columns 0.787 shown, 0.768
hidden; most misses such mixes). This pass reads every distinct cell with :func:`person_cell_joins.read_joined_person`
(any joiner, any case change, a bracketed initial, a label or title before) and asks what people's names do and
identifiers, file names, firms and categories do not:

* nearly every distinct filled cell (junk out) reads as name pieces (:data:`MIN_READ`), most of two pieces or a
  family name with an initial (:data:`MIN_FULL`), and a fair share are JOINED or labelled (:data:`MIN_JOINED`: a
  plain column is the other passes');
* the joined layouts come back over different names (:data:`MIN_REPEATED_LAYOUT`): an export joins all its cells
  one way;
* the pieces are people's: a listed given name in most cells (:data:`MIN_GIVEN`), or pieces coming back across
  cells of different layouts or in the table's other person columns (:data:`MIN_AGREEING`) with listed names
  (:data:`MIN_LISTED`);
* few ordinary words (``report``, ``final``, ``data``, ``parent``), streets, towns or firm markers among the pieces
  (:data:`MAX_PLAIN`, :data:`MAX_PLACES`, :data:`MAX_FIRMS`); no one piece in most cells (a category's word).

Example::

    machine_joined_people_columns(df, ["Player"], {})
    # {"Player": ColumnDetection("Player", "name", ..., method="values+machine_joined_people")}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_person_grammar import MAX_ROWS_PER_PERSON
from safe_synthesizer.pii.famous_people import is_famous_name
from safe_synthesizer.pii.person_any_form import fold_word
from safe_synthesizer.pii.person_cell_grammar import plain_word
from safe_synthesizer.pii.person_cell_joins import JoinedPerson, read_joined_person
from safe_synthesizer.pii.person_cell_parts import read_person_parts
from safe_synthesizer.pii.person_cell_tokens import street_word
from safe_synthesizer.pii.person_column_prologue import (
    open_person_cells,
    person_text_columns,
    table_person_words,
    thin_column,
)

__all__ = ["judge_machine_joined", "machine_joined_people_columns", "machine_joined_people_score"]

MIN_DISTINCT = 4
MIN_READ = 0.85
MIN_FULL = 0.7
MIN_JOINED = 0.15
MIN_JOINED_CELLS = 2
MIN_REPEATED_LAYOUT = 0.5
MIN_GIVEN = 0.5
MIN_AGREEING = 0.3
MIN_LISTED = 0.4
MAX_PLAIN = 0.1
MAX_PLACES = 0.15
MAX_FIRMS = 0.05
MAX_FAMOUS = 0.25
MAX_WORD_SHARE = 0.5


@lru_cache(maxsize=65536)
def _given(word: str) -> bool:
    return len(word) > 1 and V.first_name_known(word)


@lru_cache(maxsize=65536)
def _family(word: str) -> bool:
    return len(word) > 1 and V.last_name_known(word)


def _dressed(p: JoinedPerson) -> bool:
    """Joined by a machine, or with a label or a title before the name (``mum:``, ``Mme``)."""
    return p.joined or p.layout.startswith(("L: ", "T "))


def _given_slots(p: JoinedPerson) -> list[str]:
    """Pieces that may be the given name: those outside the family name the cell marks, else any piece."""
    if p.family is None:
        return list(p.pieces)
    return [w for k, w in enumerate(p.pieces) if k not in p.family]


def _plain(p: JoinedPerson) -> bool:
    """A piece is an ordinary word (``report``, ``Data``, ``Parent``) no name list holds."""
    return any(plain_word(w) and not _given(w) and not _family(w) for w in p.pieces)


def _places(p: JoinedPerson) -> bool:
    return any(street_word(w) and not _family(w) and not _given(w) for w in p.pieces) or (
        all(V.is_listed_city(w) for w in p.pieces) and not any(_given(w) for w in p.pieces)
    )


def _few_people(kept: Sequence[str], table_words: frozenset[str]) -> tuple[tuple[float, str] | None, str]:
    """Two or three distinct cells of a thin column: people when each reads as two or more name pieces, one at least
    joined, each holding a word of the table's people or a listed given name, one at least of the table's people."""
    read = [read_joined_person(v) for v in kept]
    if any(p is None or len(p.pieces) + bool(p.initial) < 2 or _plain(p) or _places(p) for p in read):
        return None, "few: no person"
    if not any(p.joined for p in read if p is not None):
        return None, "few: none joined"
    shared = 0
    for p in read:
        assert p is not None
        own = any(fold_word(w) in table_words for w in p.pieces if len(w) > 2)
        if not own and not any(_given(w) for w in _given_slots(p)):
            return None, "few: no evidence"
        shared += own
    if not shared:
        return None, "few: none of the table's people"
    return (1.0, f"{len(kept)} distinct filled cells, joined names, {shared} of the table's people"), "people"


def judge_machine_joined(
    values: Sequence[str], table_words: frozenset[str] = frozenset()
) -> tuple[tuple[float, str] | None, str]:
    """:func:`machine_joined_people_score` with the reason of a refusal (for measuring scripts; no cell values)."""
    opening = open_person_cells(values, min_distinct=MIN_DISTINCT, table_words=table_words, few=_few_people)
    if opening.verdict is not None:
        return opening.verdict
    kept = opening.kept
    n = len(kept)
    read = [p for p in map(read_joined_person, kept) if p is not None]
    # A cell left unread without a capital letter is a missing-cell word of some language (``inconnu``, ``à
    # compléter``, ``see file``): no person and no evidence against.
    n -= sum(1 for v in kept if read_joined_person(v) is None and not any(ch.isupper() for ch in v))
    if n < MIN_DISTINCT:
        return None, "few cells"
    if len(read) < MIN_READ * n:
        return None, f"read {len(read) / n:.2f}"
    joined = [p for p in read if _dressed(p)]
    if len(joined) < max(MIN_JOINED_CELLS, MIN_JOINED * n):
        return None, f"joined {len(joined) / n:.2f}"
    if not any(p.joined for p in joined) and len(values) > MAX_ROWS_PER_PERSON * n:
        return None, "category"  # plain names, a few titled, repeated over the rows: a staff rota, not this pass's
    full = sum(len(p.pieces) + bool(p.initial) >= 2 for p in read)
    if full < MIN_FULL * n:
        return None, f"full {full / n:.2f}"
    if sum(V.has_company_marker(v) for v in kept) > MAX_FIRMS * n:
        return None, "firms"
    if sum(_plain(p) for p in read) > MAX_PLAIN * n:
        return None, "plain words"
    if sum(_places(p) for p in read) > MAX_PLACES * n:
        return None, "places"
    famous = sum(is_famous_name(" ".join(p.pieces)) for p in read)
    if famous >= 2 and famous > MAX_FAMOUS * n:
        return None, "famous names"
    layouts = Counter(p.layout for p in joined)
    repeated = sum(c for c in layouts.values() if c >= 2)
    if repeated < MIN_REPEATED_LAYOUT * len(joined):
        return None, f"layouts not repeated {repeated}/{len(joined)}"
    words = [frozenset(fold_word(w) for w in p.pieces if len(w) > 2) for p in read]
    counts = Counter(w for ws in words for w in ws)
    agreeing = _agreeing(read, words, table_words)
    if any(c > MAX_WORD_SHARE * len(read) for c in counts.values()) and agreeing < MIN_AGREEING * n:
        return None, "one word throughout"
    given = sum(any(_given(w) for w in _given_slots(p)) for p in read) / n
    listed = sum(any(_given(w) or _family(w) for w in p.pieces) for p in read) / n
    agree = agreeing / n
    if given < MIN_GIVEN and (agree < MIN_AGREEING or listed < MIN_LISTED):
        return None, f"evidence given {given:.2f} agree {agree:.2f} listed {listed:.2f}"
    share = len(read) / n
    evidence = (
        f"{round(100 * share)}% of {n} distinct cells read as name pieces ({round(100 * len(joined) / n)}% joined, "
        f"layouts repeated); {round(100 * given)}% listed given names, {round(100 * agree)}% agree"
    )
    return (share, evidence), "people"


def machine_joined_people_score(
    values: Sequence[str], table_words: frozenset[str] = frozenset()
) -> tuple[float, str] | None:
    """(share of distinct cells read as name pieces, evidence) when ``values`` (a column's filled cells) are people
    written joined and plain (module docstring), else None. ``table_words``: folded name words of the table's person
    columns (evidence for a mostly empty column).

    >>> machine_joined_people_score(["Short.Tracy", "Hughes.Arthur", "Jackson (B)", "Hughes (K)", "Clayton.Tina",
    ...                      "Lees.Marcus", "Jackson (V)", "Hughes.Kyle"])[0]
    1.0
    """
    return judge_machine_joined(values, table_words)[0]


def _agreeing(read: Sequence[JoinedPerson], words: Sequence[frozenset[str]], table_words: frozenset[str]) -> int:
    """Cells sharing a piece with a cell of another layout, or with the table's other person columns."""
    layouts: dict[str, set[str]] = {}
    for p, ws in zip(read, words, strict=True):
        for w in ws:
            layouts.setdefault(w, set()).add(p.layout)
    return sum(any(layouts[w] - {p.layout} or w in table_words for w in ws) for p, ws in zip(read, words, strict=True))


def _cell_words(value: str) -> list[str]:
    """Folded name words of one cell of the table's person columns: its joined pieces, else its person part's words
    (three letters on)."""
    if (p := read_joined_person(value)) is not None:
        return [fold_word(w) for w in p.pieces if len(w) > 2]
    if (q := read_person_parts(value)) is not None:
        return [fold_word(w) for w in q.words if len(w.rstrip(".")) > 2]
    return []


def machine_joined_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Name columns among ``names`` not decided in ``found`` whose cells are people written joined (module
    docstring). A mostly empty column (:func:`person_column_prologue.thin_column`) is read with the table's people's
    name words as evidence."""
    out: dict[str, ColumnDetection] = {}
    cells = person_text_columns(df, names, found)
    dense = [name for name, values in cells.items() if not thin_column(values, df)]
    thin = [name for name, values in cells.items() if thin_column(values, df)]
    # Dense columns first; the mostly empty ones then read with the table's people, this pass's finds among them.
    for group in (dense, thin):
        table_words = table_person_words(df, {**found, **out}, _cell_words) if group is thin and thin else frozenset()
        for name in group:
            _judge_into(out, name, cells[name], table_words)
    return out


def _judge_into(out: dict[str, ColumnDetection], name: str, values: list[str], table_words: frozenset[str]) -> None:
    """Add ``name`` to ``out`` when its cells are people written joined."""
    scored = machine_joined_people_score(values, table_words)
    if scored is not None:
        share, evidence = scored
        out[name] = ColumnDetection(name, E.NAME, round(share, 4), round(share, 4), "values+machine_joined_people",
                                    len(values), None, evidence)  # fmt: skip
