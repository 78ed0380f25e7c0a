"""One person written in several forms in one column, read as one person: the same letters once case, marks and
joiners are folded away.

Why: a club's export writes the same member as ``Torbjørn Haugen``, ``#TorbjornHaugen`` and ``STAFF\\torbjorn.haugen``;
a decoding layer (:mod:`person_cell_tags`, :mod:`cell_machine_encodings`) reads the machine forms back as words, but
their spelling is the machine's (``Torbjorn Haugen``, ``Nikki Van Den Velde``, ``Gunar Romerdrub``), so the person got
two or three fakes and a reader could link them back by the one the fakes share. This module needs no list of
forms: two spellings are the same person when their LETTERS agree once case, diacritics, the letters an ASCII
keyboard writes for ``ø æ ß ł`` and every joiner (space, hyphen, dot, apostrophe) are folded away. The spelling a
person wrote in a plain cell of the column is kept for all (it carries the marks and hyphens the machine lost).

Example::

    same_person_spellings({"#TorbjornHaugen": "Torbjorn Haugen"}, ["Torbjørn Haugen", "Ana Berg"])
    # {"#TorbjornHaugen": "Torbjørn Haugen"}
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

__all__ = ["ascii_spelling", "folded_person_key", "same_person_spellings"]

# Letters NFKD does not split into a base letter and a mark, written as ASCII keyboards write them.
_ASCII_FOR = str.maketrans({
    "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ł": "l", "Ł": "l", "đ": "d",
    "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "ŋ": "ng",
})  # fmt: skip
# The same with the case kept, for writing a fake as a machine would.
_ASCII_FOR_CASED = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
    "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "ŋ": "ng",
})  # fmt: skip
_MIN_LETTERS = 5


def ascii_spelling(text: str) -> str:
    """``text`` as an ASCII keyboard writes it (``Torbjørn Römer`` -> ``Torbjorn Romer``); other scripts unchanged.

    Example::

        ascii_spelling("Łucja Øvreli")  # "Lucja Ovreli"
    """
    plain = unicodedata.normalize("NFKD", text.translate(_ASCII_FOR_CASED))
    return unicodedata.normalize("NFC", "".join(c for c in plain if not unicodedata.combining(c)))


def folded_person_key(text: str) -> str:
    """The letters of ``text`` with case, marks and joiners folded away (``Römer-Drub`` -> ``romerdrub``).

    Example::

        folded_person_key("Nikki van den Velde") == folded_person_key("#NikkiVanDenVelde")  # True
    """
    plain = unicodedata.normalize("NFKD", text.translate(_ASCII_FOR))
    return "".join(c for c in plain if c.isalpha() and not unicodedata.combining(c)).casefold()


def same_person_spellings(decoded: Mapping[str, str], plain: Iterable[str]) -> dict[str, str]:
    """Dressed cell -> the spelling to fake it under: the column's plain cell (or, failing one, the first decoded
    text in cell order) whose folded letters are the same; cells with no such twin are left out.

    ``decoded`` maps each dressed cell to the words its dress wraps; ``plain`` are the column's undressed cells.
    """
    twins: dict[str, str] = {}
    for cell in plain:
        if isinstance(cell, str) and len(key := folded_person_key(cell)) >= _MIN_LETTERS:
            twins.setdefault(key, cell.strip())
    for inner in decoded.values():
        if len(key := folded_person_key(inner)) >= _MIN_LETTERS:
            twins.setdefault(key, inner)
    out = {}
    for cell, inner in decoded.items():
        twin = twins.get(folded_person_key(inner))
        if twin is not None and twin != inner:
            out[cell] = twin
    return out
