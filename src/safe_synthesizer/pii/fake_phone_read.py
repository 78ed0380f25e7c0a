"""Fakes of phone cells written with any words: each number faked, the words kept, a person asked for renamed.

Why: the phone faker reads a cell as one number in one layout: ``07469 335565 - evenings`` lost its trunk ``0``,
``01526 5684134 (ab 18 Uhr)`` had the note's hour scrambled with the number, and cells whose words no list holds
(``06 19114744 - vragen naar Loïs``, ``Denmark: 34 47 68 30``, ``kāinga: 07 302 2840; pūkoro: 0274 386 233``) came
back with the digits of both numbers scrambled as one (no valid fake) and the person asked for kept as she was.
Cells whose words are :mod:`phone_cell_grammar`'s closed-class labels, notes and extensions are read by its grammar;
a cell the grammar does not read is read by its structure
(:func:`~safe_synthesizer.pii.phone_cell_reader.read_phone_words`); its numbers are faked with the column's other
numbers (so ``06 19114744 - vragen naar Loïs`` and ``06 19114744`` get the same fake) and written back between the
cell's own words; a person named at the end of a request (:func:`~safe_synthesizer.pii.phone_cell_reader.
trailing_person`) is faked by ``fake_people``, the run's name faker, so she gets the fake she gets elsewhere. Each
cell is read on its own: the same under DP. A listed person's name anywhere in the words (a contact's, in a column
of phones) is faked the same way.

Example::

    read_phone_fakes(["06 19114744 - vragen naar Loïs"], fake_numbers, fake_people)
    # {"06 19114744 - vragen naar Loïs": "06 12345678 - vragen naar Olaf"}  (the fakers' own fakes)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from safe_synthesizer.pii.phone_cell_grammar import PhoneCell, read_phone_cell
from safe_synthesizer.pii.phone_cell_reader import listed_people, read_phone_words, trailing_person

__all__ = ["read_phone_fakes"]

# The fast path: a cell with no letter and no list separator is one bare number (or no phone cell at all).
_MAYBE_DRESSED = re.compile(r"[^\W\d_]|\s/|/\s|[,;]\s")

Fakes = Callable[[list[str]], dict[str, str]]


def _read(value: str) -> PhoneCell | None:
    """The grammar's reading (its closed words) first, else the structural one; a cell that is one number with an
    extension alone is the phone faker's own (it fakes the extension too)."""
    if not _MAYBE_DRESSED.search(value):
        return None
    cell = read_phone_cell(value) or read_phone_words(value)
    if cell is None or not cell.dressed or cell.numbers == (value,):
        return None
    return cell


def read_phone_fakes(
    uniques: Sequence[str], fake_numbers: Fakes, fake_people: Fakes | None = None
) -> dict[str, str] | None:
    """Original -> fake for ``uniques`` when some cell holds words or several numbers (``None`` otherwise): the
    numbers of every cell (a cell that does not read stands as one) are faked by one call of ``fake_numbers``, each
    read cell rebuilt around its numbers' fakes, and a person asked for at its end faked by ``fake_people``.

    Example::

        read_phone_fakes(["Denmark: 34 47 68 30"], lambda ns: {n: "4" + n[1:] for n in ns})
        # {"Denmark: 34 47 68 30": "Denmark: 44 47 68 30"}
    """
    cells = {v: c for v in uniques if (c := _read(v)) is not None}
    if not cells:
        return None
    plain = list(dict.fromkeys(n for v in uniques for n in (cells[v].numbers if v in cells else (v,))))
    fakes = fake_numbers(plain)
    people = {v: p for v, c in cells.items() if (p := trailing_person(c)) is not None}
    # A listed person's name in the words (``Anna Kowalska (Mother) +48 512 345 678``, ``0176 77461776 (Ernestine
    # Bien)``): a contact's, in a column of phones.
    listed = {v: names for v, c in cells.items() if (names := listed_people(c))}
    names = list(dict.fromkeys([*people.values(), *(n for ns in listed.values() for n in ns)]))
    renamed = fake_people(names) if names and fake_people is not None else {}
    out = {}
    for v in uniques:
        if v not in cells:
            out[v] = fakes[v]
            continue
        text = cells[v].rebuild([fakes[n] for n in cells[v].numbers])
        if (person := people.get(v)) is not None and person in renamed and text.endswith(person):
            text = text[: len(text) - len(person)] + renamed[person]
        for person in listed.get(v, ()):
            if person in renamed:
                text = text.replace(person, renamed[person], 1)
        out[v] = text
    return out
