"""Person columns told from their cells' person parts, whatever form each cell is written in.

Why: a register's person column mixes forms no reader lists (``c/o Susan Allen``, ``ALLEN/PATRICIA MRS``,
``Morales; Autumn``, ``Ryan Lucas <ryan_lucas@outlook.com>``, ``Judy Brown (57)``, ``Dean "Buzz" Harris``); each
form pass wanted most cells in its own forms, so such a column was read as free text or nothing (set 45: person
columns 0.415 shown, the largest gap). This pass reads every cell with the form-free reader
(:func:`person_cell_parts.read_person_parts`: the run of name-like tokens, the rest residue) and asks what people's
names do and categories, firms and products do not:

* nearly every distinct filled cell (junk out) has a person part of one to five name words (:data:`MIN_PERSON`),
  most of two words or more (:data:`MIN_FULL`);
* the RESIDUE behaves as dress: where cells carry any, the same residue shapes (``c/o ·``, ``·/· MRS``, ``· (9)``)
  come back with different names (:data:`MIN_REPEATED_DRESS`), and no one word stands in most cells
  (:data:`MAX_WORD_SHARE`: a category's ``Ville``);
* the NAMES behave as people's: given names the lists know in a given name's slot (:data:`MIN_LISTED_GIVEN`), or
  name words that come back across cells of different residue or in the table's other person columns
  (:data:`MIN_AGREEING`) with some listed words (:data:`MIN_LISTED_ANY`);
* few ordinary words, towns or firm markers among them (:data:`MAX_PLAIN`, :data:`MAX_PLACES`,
  :data:`MAX_COMPANIES`); a few values over many rows is a category.

The cells' forms are never named: a new separator, label or note around the name reads the same way. The
look-alike vetoes of :mod:`detect_table` (products, pubs, breeds, works named after people) run after this pass.

Example::

    form_free_people_columns(df, ["Exhibitor", "Score"], {})
    # {"Exhibitor": ColumnDetection("Exhibitor", "name", ..., method="values+form_free_people")}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.famous_people import is_famous_name
from safe_synthesizer.pii.person_any_form import fold_word, handle_runs
from safe_synthesizer.pii.person_cell_grammar import plain_word
from safe_synthesizer.pii.person_cell_parts import PERSON_SLOT, PersonParts, read_person_parts
from safe_synthesizer.pii.person_cell_tokens import street_word
from safe_synthesizer.pii.person_column_prologue import (
    open_person_cells,
    person_text_columns,
    table_person_words,
    thin_column,
)

__all__ = ["form_free_people_columns", "form_free_people_score", "judge_form_free"]

MIN_DISTINCT = 4
MIN_PERSON = 0.85
MIN_FULL = 0.6
MIN_DRESSED = 0.15
MIN_REPEATED_DRESS = 0.5
MAX_WORD_SHARE = 0.5
MIN_LISTED_GIVEN = 0.5
MIN_AGREEING = 0.3
MIN_LISTED_ANY = 0.3
# Cells opening with a word of a few that no given-name list holds: places or firms of a few kinds.
MIN_OPENED = 5
MAX_OPENER_SHARE = 0.4
MAX_FAMOUS = 0.25
MIN_SAME_PERSON = 0.2
MIN_OWN_MAIL = 0.1
MAX_PLAIN = 0.15
MAX_PLACES = 0.2
MAX_COMPANIES = 0.1
_RESIDUE_WORD = re.compile(r"[^\W\d_]+")
# A number right after or before a person run with only a space between (no bracket, mark or word).
_HOUSE_NUMBER = re.compile(rf"{PERSON_SLOT} 9[^\W\d_]?$|^9[^\W\d_]? {PERSON_SLOT}")


@lru_cache(maxsize=65536)
def _given_listed(word: str) -> bool:
    return len(word.rstrip(".")) > 1 and V.first_name_known(word)


@lru_cache(maxsize=65536)
def _family_listed(word: str) -> bool:
    return len(word.rstrip(".")) > 1 and V.last_name_known(word)


def _slots(parts: PersonParts) -> tuple[list[str], list[str]]:
    """(given words, family words) by position: the run after the mark of a family-first cell is the given part;
    in one run the last word is the family name."""
    words = [w for w in parts.words if len(w.rstrip(".")) > 1]
    if parts.family_first:
        (s0, e0), _ = parts.runs
        family = [w for w in words if parts.text.find(w, s0, e0) >= 0]
        return [w for w in words if w not in family], family
    return words[:-1], words[-1:]


def _set_aside(value: str) -> bool:
    """A login handle (lower case, no space, a digit or a ``.``/``_`` inside: another reader's); a lower-case word or
    a number is no person and counts against."""
    if " " in value or not value.islower():
        return False
    return any(ch.isdigit() or ch in "._" for ch in value) and handle_runs(value) is not None


def _few_people(kept: Sequence[str], table_words: frozenset[str]) -> tuple[tuple[float, str] | None, str]:
    """Two or three distinct cells of a thin column, people when each is a full name in any form (no firm, street or
    ordinary word), each with a listed given name in its slot or a name word of the table's people, one at least
    of the table's people (a guarantor, a contact written as the register writes its members)."""
    read = [read_person_parts(v) for v in kept]
    shared = 0
    for value, parts in zip(kept, read, strict=True):
        if parts is None or V.has_company_marker(value) or _street_residue(parts) or _plain(parts):
            return None, "few: no person"
        if len([w for w in parts.words if len(w.rstrip(".")) > 1]) < 2:
            return None, "few: not full"
        given, _ = _slots(parts)
        own = any(fold_word(w) in table_words for w in parts.words if len(w.rstrip(".")) > 2)
        if not own and not any(_given_listed(w) for w in given):
            return None, "few: no evidence"
        shared += own
    if not shared:
        return None, "few: none of the table's people"
    return (1.0, f"{len(kept)} distinct filled cells, full names in any form, {shared} of the table's people"), "people"


def judge_form_free(
    values: Sequence[str], table_words: frozenset[str] = frozenset()
) -> tuple[tuple[float, str] | None, str]:
    """:func:`form_free_people_score` with the reason of a refusal (for measuring scripts; no cell values)."""
    opening = open_person_cells(
        values, min_distinct=MIN_DISTINCT, set_aside=_set_aside, table_words=table_words, few=_few_people
    )
    if opening.verdict is not None:
        return opening.verdict
    kept = opening.kept
    n = len(kept)
    read = [p for p in map(read_person_parts, kept) if p is not None]
    if len(read) < MIN_PERSON * n:
        return None, f"person {len(read) / n:.2f}"
    full = sum(len([w for w in p.words if len(w.rstrip(".")) > 1]) >= 2 for p in read)
    if full < MIN_FULL * n:
        return None, f"full {full / n:.2f}"
    if sum(V.has_company_marker(v) for v in kept) > MAX_COMPANIES * n:
        return None, "firms"
    if sum(_street_residue(p) for p in read) > MAX_PLACES * n:
        return None, "addresses"
    if _few_openers(read):
        return None, "few openers"
    famous = sum(is_famous_name(p.text) for p in read)
    if famous >= 2 and famous > MAX_FAMOUS * n:
        return None, "famous names"  # songs, works, styles: ``Jolene - Dolly Parton``
    words = [frozenset(fold_word(w) for w in p.words if len(w.rstrip(".")) > 2) for p in read]
    counts = Counter(w for ws in words for w in ws)
    throughout = frozenset(w for w, c in counts.items() if c > MAX_WORD_SHARE * len(read))
    # One word in most cells is a category's (``Larry Ville``, ``Joel Ville``) unless the cells agree without it (a
    # family's register: its given names come back too).
    if throughout and len(read) >= 3 and _agreeing(read, words, table_words, throughout) < MIN_AGREEING * n:
        return None, "one word throughout"
    if sum(_plain(p) for p in read) > MAX_PLAIN * n:
        return None, "plain words"
    if sum(_places(p) for p in read) > MAX_PLACES * n:
        return None, "places"
    dressed, repeated = _dress(read)
    if dressed < MIN_DRESSED * n and not table_words:
        return None, f"bare {dressed / n:.2f}"
    if dressed and repeated < MIN_REPEATED_DRESS * dressed:
        return None, f"residue not repeated {repeated}/{dressed}"
    slots = [_slots(p) for p in read]
    given = sum(any(_given_listed(w) for w in g) for g, _ in slots) / n
    listed = sum(any(_given_listed(w) or _family_listed(w) for w in g + f) for g, f in slots) / n
    agreeing = _agreeing(read, words, table_words) / n
    # What only people's names do, listed or not: the same person written in two layouts (``Matanitobua; Ana``,
    # ``c/o Ana Matanitobua``), an e-mail made of the cell's own name words.
    same = _same_person(read) / n
    mails = sum(_own_mail(p) for p in read) / n
    vouched = listed >= MIN_LISTED_ANY or same >= MIN_SAME_PERSON or mails >= MIN_OWN_MAIL
    if given < MIN_LISTED_GIVEN and (agreeing < MIN_AGREEING or not vouched):
        return (
            None,
            f"evidence given {given:.2f} agree {agreeing:.2f} listed {listed:.2f} same {same:.2f} mail {mails:.2f}",
        )
    share = len(read) / n
    evidence = (
        f"{round(100 * share)}% of {n} distinct cells hold a person part ({round(100 * dressed / n)}% with residue "
        f"repeated over names); {round(100 * given)}% listed given names, {round(100 * agreeing)}% agree"
    )
    return (share, evidence), "people"


def form_free_people_score(
    values: Sequence[str], table_words: frozenset[str] = frozenset()
) -> tuple[float, str] | None:
    """(share of distinct cells with a person part, evidence) when ``values`` (a column's filled cells) are people in
    any forms (module docstring), else None. ``table_words``: folded name words of the table's person columns.

    >>> form_free_people_score(["c/o Susan Allen", "ALLEN/PATRICIA MRS", "Attn: Marissa Adkins", "Judy Brown (57)",
    ...                         "Adkins; Marissa", "c/o Judy Brown", "BROWN/PETER MR", "Attn: Peter Brown"])[0]
    1.0
    """
    return judge_form_free(values, table_words)[0]


def _plain(parts: PersonParts) -> bool:
    """The person part holds an ordinary word (street, town, day, common noun) no name list knows."""
    return any(plain_word(w) and not _given_listed(w) and not _family_listed(w) for w in parts.words
               if len(w.rstrip(".")) > 1)  # fmt: skip


def _places(parts: PersonParts) -> bool:
    names = [w for w in parts.words if len(w.rstrip(".")) > 1]
    return bool(names) and all(V.is_listed_city(w) for w in names) and not any(_given_listed(w) for w in names)


def _dress(read: Sequence[PersonParts]) -> tuple[int, int]:
    """(cells with residue, those whose residue shape comes back in another cell with other name words)."""
    by_frame: dict[str, set[frozenset[str]]] = {}
    for p in read:
        if not p.bare:
            by_frame.setdefault(p.frame, set()).add(frozenset(p.words))
    dressed = sum(not p.bare for p in read)
    repeated = sum(not p.bare and len(by_frame[p.frame]) >= 2 for p in read)
    return dressed, repeated


def _agreeing(
    read: Sequence[PersonParts],
    words: Sequence[frozenset[str]],
    table_words: frozenset[str],
    leave_out: frozenset[str] = frozenset(),
) -> int:
    """Cells sharing a name word (not in ``leave_out``) with a cell of another residue shape, or with the table's
    other person columns."""
    frames: dict[str, set[str]] = {}
    for p, ws in zip(read, words, strict=True):
        for w in ws:
            frames.setdefault(w, set()).add(p.frame)
    return sum(
        any(frames[w] - {p.frame} or w in table_words for w in ws - leave_out)
        for p, ws in zip(read, words, strict=True)
    )


def _same_person(read: Sequence[PersonParts]) -> int:
    """Cells whose name words (two or more) come back whole in a cell of another residue shape."""
    frames: dict[frozenset[str], set[str]] = {}
    for p in read:
        key = frozenset(fold_word(w) for w in p.words if len(w.rstrip(".")) > 1)
        if len(key) >= 2:
            frames.setdefault(key, set()).add(p.frame)
    return sum(
        len(frames.get(frozenset(fold_word(w) for w in p.words if len(w.rstrip(".")) > 1), ())) >= 2 for p in read
    )


def _own_mail(parts: PersonParts) -> bool:
    """The cell's e-mail holds one of its own name words (three letters or more) in its local part."""
    if not parts.emails:
        return False
    words = {fold_word(w) for w in parts.words if len(w.rstrip(".")) > 2}
    for s, e in parts.emails:
        local = fold_word(parts.text[s:e].partition("@")[0])
        if any(w in local for w in words):
            return True
    return False


def _street_residue(parts: PersonParts) -> bool:
    """The residue holds a street word, a town (``rue``, ``boulevard``, ``Str.``) or a bare house number, or the person
    part opens or ends with a street word (``Rua Jacinto``, ``Harbour Road``): an address, not a person."""
    rest = parts.frame.replace(PERSON_SLOT, " ")
    if any(street_word(w) or V.is_listed_city(w) for w in _RESIDUE_WORD.findall(rest) if len(w) > 2):
        return True
    if _HOUSE_NUMBER.search(parts.frame):
        return True  # ``Никола Карев 170``, ``12 Harbour View``: a number bare beside the name is a house's
    return street_word(parts.words[0]) or street_word(parts.words[-1])


def _few_openers(read: Sequence[PersonParts]) -> bool:
    """The person parts open with a few words that come back and that no given-name list holds (``Nueva ...``,
    ``San ...``, ``Vieja ...``; ``Apotheke ...``, ``Autohaus ...``): places or firms of a few kinds, not people (a
    family-first cell opens with its family name, a given name's slot does not apply)."""
    firsts = [p.words[0].casefold() for p in read if not p.family_first and len(p.words) >= 2]
    if len(firsts) < MIN_OPENED:
        return False
    counts = Counter(firsts)
    repeated = sum(c for w, c in counts.items() if c >= 2 and not _given_listed(w.title()))
    return len(counts) <= MAX_OPENER_SHARE * len(firsts) and repeated >= 0.5 * len(firsts)


def _cell_words(value: str) -> list[str]:
    """Folded name words of one cell of the table's person columns (its person part's words of three letters on)."""
    p = read_person_parts(value)
    return [] if p is None else [fold_word(w) for w in p.words if len(w.rstrip(".")) > 2]


def form_free_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Name columns among ``names`` not decided in ``found`` whose cells hold people in any form (module docstring).
    A mostly empty column (:func:`person_column_prologue.thin_column`) is read with the table's people's name words
    as evidence."""
    out: dict[str, ColumnDetection] = {}
    table_words: frozenset[str] | None = None
    for name, values in person_text_columns(df, names, found).items():
        thin = thin_column(values, df)
        if thin and table_words is None:
            table_words = table_person_words(df, found, _cell_words)
        scored = form_free_people_score(values, table_words if thin and table_words else frozenset())
        if scored is not None:
            share, evidence = scored
            out[name] = ColumnDetection(name, E.NAME, round(share, 4), round(share, 4), "values+form_free_people",
                                        len(values), None, evidence)  # fmt: skip
    return out
