"""The people one cell in a non-Latin script names, read past export layouts: ``सेन, आदित्य`` (family first, a
comma), ``व. सक्सेना`` (an initial), ``बलराम सिंघल +977 982-3530139`` (a phone after the name), ``नदिया नटेश
(child, 7); आदित्य नटेश (child, 3)`` (several people with notes).

Why: the column checks of names in a non-Latin script (:mod:`.column_script_pairs`) read a cell as one bare name of
two or three words, so registers and visitor logs in these layouts were no person column and every name in them was
published as written (set 31, hidden and shown: hi_IN, ta_IN, ne_NP, si_LK, ka_GE). The layouts are the same in
every script and in Latin letters, so the one reader of people in a cell, :func:`.people_cells.read_people`, splits
them (``strict=False``: whether the words are names is the caller's question); this module turns its reading into
mentions in given-then-family order and fakes the non-Latin cells person by person, notes and separators kept
(faked whole, ``(child, 7)`` was read as ``Last, First`` and its words came out as names).

Example::

    name_mentions("सेन, आदित्य")  # ["आदित्य सेन"]
    name_mentions("बलराम सिंघल +977 982-3530139")  # ["बलराम सिंघल"]
    is_initial("व.")  # True
    layout_name_fakes(["नदिया नटेश (child, 7); आदित्य नटेश (child, 3)"], full_names)
    # {"...": "सुनीता शर्मा (child, 7); राहुल शर्मा (child, 3)"}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from safe_synthesizer.pii.people_cells import PeopleCell

__all__ = ["MAX_MENTIONS", "is_initial", "layout_name_fakes", "name_mentions"]

#: Most people one cell may name (a family who visited together); more is a list, not a name cell.
MAX_MENTIONS = 4
# The comma of an inverted name (Latin, Arabic, fullwidth; typed twice by accident).
_COMMA = re.compile(r"\s*[,\u060c\uff0c]+\s*")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def is_initial(word: str) -> bool:
    """One letter (with its vowel signs or marks) and a dot: ``व.``, ``க.``, ``ვ.``, ``M.``."""
    if len(word) < 2 or not word.endswith("."):
        return False
    letters = [ch for ch in word[:-1] if not unicodedata.category(ch).startswith("M") and ch not in "\u200c\u200d"]
    return len(letters) == 1 and letters[0].isalpha()


def _people(value: str) -> PeopleCell | None:
    # Imported here: the reader's word lists come from column modules that import the column detector, which
    # imports this module through the script column checks.
    from safe_synthesizer.pii.people_cells import read_people

    cell = read_people(value, strict=False)
    return cell if cell is not None and len(cell.names) <= MAX_MENTIONS else None


def name_mentions(value: str) -> list[str] | None:
    """The mentions of people in ``value`` in given-then-family order, ``None`` when the cell's layout is no
    list of names (digits left in a mention, three comma parts, more than :data:`MAX_MENTIONS` people).

    A mention is the cell's words as written (letter case kept) with its phone numbers, notes and the
    inverting comma taken away; the caller decides whether its words are names.
    """
    cell = _people(value)
    if cell is None:
        return None
    out = []
    for name in cell.names:
        pieces = [p for p in _COMMA.split(name) if p]
        out.append(" ".join(" ".join(reversed(pieces)).split()))
    return out


def layout_name_fakes(originals: Sequence[str], full_names: Callable[[list[str]], dict[str, str]]) -> dict[str, str]:
    """Fakes of the cells of ``originals`` that hold people with notes or several people (see
    :func:`name_mentions`), the people written in a non-Latin script; other cells are left out (Latin cells have
    their own layout fakes). Each person is faked by ``full_names`` (the name fakes' full-name mapper, so one person
    keeps one fake in every cell), with the comma it was written with; notes, numbers and separators are kept."""
    plans = {}
    for v in dict.fromkeys(originals):
        if not isinstance(v, str) or (cell := _people(v)) is None or not cell.structured:
            continue
        if any(kind != "name" for *_, kind, _ in cell.parts):
            continue  # a number or address is faked with the contact's name (value_cells), never kept as written
        if not any(_LATIN.search(n) for n in cell.names):
            plans[v] = cell
    if not plans:
        return {}
    fakes = full_names(list(dict.fromkeys(n for cell in plans.values() for n in cell.names)))
    return {v: cell.rebuild(fakes, {}) for v, cell in plans.items()}
