"""The people one cell names, read past the layouts exports give names: family name first with a comma, an
initial before the family name, a phone number after the name, several people in one cell with a note in brackets.

Why: the column checks of names in a non-Latin script (:mod:`.column_script_pairs`, ``script_people``) read a
cell as one bare name of two or three words, so a register that writes ``सेन, आदित्य`` or ``ᲒᲝᲒᲐᲚᲐᲫᲔ, ლია``, a
visitors' log that writes ``व. सक्सेना`` beside ``लीना बोस``, a birth partner written ``बलराम सिंघल +977
982-3530139`` on some rows only, or the children who came along (``நதியா நடேஷ் (child, 7); ...``) was no
person column, and every name in it was published as written (set 31, hidden and shown: hi_IN, ta_IN, ne_NP,
si_LK, ka_GE). The layouts are the same in every script, so they are read here once: a cell becomes a list of
mentions, each the words of one name in given-then-family order (an inverted pair turned round), an initial
kept as its own word. Whether the words are names is the caller's question.

Example::

    name_mentions("सेन, आदित्य")  # ["आदित्य सेन"]
    name_mentions("नदिया नटेश (child, 7); आदित्य नटेश (child, 3)")  # ["नदिया नटेश", "आदित्य नटेश"]
    name_mentions("बलराम सिंघल +977 982-3530139")  # ["बलराम सिंघल"]
    is_initial("व.")  # True
    layout_name_fakes(["नदिया नटेश (child, 7); आदित्य नटेश (child, 3)"], full_names)
    # {"...": "सुनीता शर्मा (child, 7); राहुल शर्मा (child, 3)"}

The fakes (:func:`layout_name_fakes`) replace each person of a cell with notes or several people on its own and
keep the notes and separators: faked whole, the cell's bracketed ``(child, 7)`` was read as ``Last, First`` and
the note's words came out as names (``ताम्बे चौहान hood, Caroline``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

__all__ = ["MAX_MENTIONS", "is_initial", "layout_name_fakes", "name_mentions"]

#: Most people one cell may name (a family who visited together); more is a list, not a name cell.
MAX_MENTIONS = 4
# A phone number at the end of the cell: ``+``, ``00`` or a digit first, the separators people type, an
# extension; at least seven digits (shorter runs are house numbers, ages, wards).
_PHONE_TAIL = re.compile(
    r"[\s,;:/|\u2013\u2014-]*[(\[]?\+?\d[\d\s().\-/]{5,}\d[)\]]?(?:\s*(?:ext\.?|x|#)\s*\d{1,5})?\s*$", re.IGNORECASE
)
_MIN_PHONE_DIGITS = 7
# A short note in brackets after a name (``(child, 7)``, ``(wife)``, ``(ბავშვი)``).
_NOTE = re.compile(r"\s*[(\[\uff08][^()\[\]\uff08\uff09]{0,30}[)\]\uff09]")
# Between people in one cell: semicolons (Latin, Arabic, ideographic comma), an ampersand, a slash with spaces.
_BETWEEN = re.compile(r"\s*[;\u061b\u3001]\s*|\s+[&/]\s+")
# The comma of an inverted name (Latin and Arabic commas; typed twice by accident).
_COMMA = re.compile(r"\s*[,\u060c\uff0c]+\s*")


def is_initial(word: str) -> bool:
    """One letter (with its vowel signs or marks) and a dot: ``व.``, ``க.``, ``ვ.``, ``M.``."""
    if len(word) < 2 or not word.endswith("."):
        return False
    letters = [ch for ch in word[:-1] if not unicodedata.category(ch).startswith("M") and ch not in "\u200c\u200d"]
    return len(letters) == 1 and letters[0].isalpha()


def _without_phone(text: str) -> str:
    m = _PHONE_TAIL.search(text)
    if m is None or m.start() == 0 or sum(ch.isdigit() for ch in m.group()) < _MIN_PHONE_DIGITS:
        return text
    return text[: m.start()]


def name_mentions(value: str) -> list[str] | None:
    """The mentions of people in ``value`` in given-then-family order, ``None`` when the cell's layout is no
    list of names (digits left in a mention, a part with two commas, more than :data:`MAX_MENTIONS` parts).

    A mention is the cell's words as written (letter case kept) with its phone number, bracketed notes and the
    inverting comma taken away; the caller decides whether its words are names.
    """
    text = _NOTE.sub("", _without_phone(value.strip()))
    parts = [p for p in _BETWEEN.split(text) if p.strip()]
    if not 1 <= len(parts) <= MAX_MENTIONS:
        return None
    out: list[str] = []
    for part in parts:
        pieces = [p for p in _COMMA.split(part.strip()) if p]
        if len(pieces) == 2:
            part = f"{pieces[1]} {pieces[0]}"
        elif len(pieces) != 1:
            return None
        if any(ch.isdigit() for ch in part):
            return None
        out.append(" ".join(part.split()))
    return out


# A cell's pieces: the people and, between them, the notes and separators that are kept as written.
_KEPT = re.compile(r"(\s*[(\[\uff08][^()\[\]\uff08\uff09]{0,30}[)\]\uff09]\s*|\s*[;\u061b\u3001]\s*|\s+[&/]\s+)")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def layout_name_fakes(originals: Sequence[str], full_names: Callable[[list[str]], dict[str, str]]) -> dict[str, str]:
    """Fakes of the cells of ``originals`` that hold people with notes in brackets or several people (see
    :func:`name_mentions`), written in a non-Latin script; other cells are left out (Latin cells have their
    own layout fakes). Each person is faked by ``full_names`` (the name fakes' full-name mapper, so one person
    keeps one fake in every cell), in the order and with the comma it was written with."""
    plans: dict[str, list[str]] = {}
    for v in dict.fromkeys(originals):
        if not isinstance(v, str) or not _KEPT.search(v) or _LATIN.search(_NOTE.sub("", v)):
            continue
        pieces = _KEPT.split(v)
        people = pieces[0::2]
        if not all(p.strip() and not any(ch.isdigit() for ch in p) for p in people if p) or name_mentions(v) is None:
            continue
        plans[v] = pieces
    if not plans:
        return {}
    people = list(dict.fromkeys(p.strip() for pieces in plans.values() for p in pieces[0::2] if p.strip()))
    fakes = full_names(people)
    return {
        v: "".join(fakes.get(p.strip(), p) if i % 2 == 0 and p.strip() else p for i, p in enumerate(pieces))
        for v, pieces in plans.items()
    }
