"""An initial with the surname after it, where the other rules take the surname alone: ``C. Amor Rivero``
(a Spanish double surname), ``א. יחזקאל``, ``र. ढङ्गेल``, ``ମ. ହିକ୍କା``, ``영. 정``.

Why: the initial is part of the person's name. When only the surname is replaced the real initial stays
beside the fake (``C. Candelario Torralba``), and with the row's other fields it still points at the
person. Two layouts the Latin initial rule of :mod:`text_names` (one surname word) does not cover:

- Spanish and Portuguese names carry two family names; after an initial both are listed family names
  (``M. Cifuentes Castro``, ``J. Pardo Luque``) and the span takes the initial and both;
- scripts without capitals abbreviate a given name to its first letter (with its vowel sign) and a dot
  too. There no capital says the next word is a name, so the word must be a listed name of its script
  (Hebrew, Devanagari, Odia, Thai... :mod:`script_lexicon`) or, in Hangul, a listed family syllable
  (Korean writes the given-name initial before the family name in romanised order: ``영. 정``).
  The initial is one letter standing alone (a space or a bracket before it), so abbreviations written
  without a space (``के.सी``, ``ต.บางรัก``) are no initials here.

Example::

    initial_surname_spans("letter sent to Calle Luna 5. C. Amor Rivero still wears")  # [(28, 42, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii import script_lexicon as L
from safe_synthesizer.pii.text_name_lists import family_names
from safe_synthesizer.pii.validators import scripts as S
from safe_synthesizer.utils.scripts import HANGUL, LATIN_LOWER, LATIN_UPPER

__all__ = ["initial_surname_spans"]

_CAP = rf"[{LATIN_UPPER}][{LATIN_LOWER}]+(?:-[{LATIN_UPPER}][{LATIN_LOWER}]+)?"
_BEFORE = r"(?:^|(?<=[\s(\[«\"“']))"
# An initial, then two capitalised words, then no third capitalised word (a longer run is a title or a place).
_LATIN = re.compile(
    rf"{_BEFORE}[{LATIN_UPPER}]\.[ \t]+(?P<first>{_CAP})[ \t]+(?P<second>{_CAP})(?![\w'’\-])"
    rf"(?![ \t]+[{LATIN_UPPER}][{LATIN_LOWER}])"
)
# One letter of a script without capitals with its combining signs, a dot, a space, then a word of letters
# and signs (Indic vowel signs and viramas, Thai vowels and tones, Hebrew points).
_MARKS = r"\u0900-\u0dff\u0e30-\u0e4e\u0591-\u05c7\u064b-\u065f\u0670\u200c\u200d"
_UNCASED = re.compile(
    rf"{_BEFORE}(?P<initial>[^\W\d_A-Za-z{LATIN_UPPER}{LATIN_LOWER}][{_MARKS}]*)\.[ \t]+"
    rf"(?P<last>(?:[^\W\d_]|[{_MARKS}])+)(?![\w{_MARKS}])"
)
_HANGUL_WORD = re.compile(rf"[{HANGUL}]+")


def _listed_family(word: str) -> bool:
    low = word.lower()
    return low in family_names() or low in gazetteers.last_names()


def _script_name(initial: str, last: str) -> bool:
    """``last`` is a listed name of the initial's script (Hangul: a listed family syllable or family name)."""
    if _HANGUL_WORD.fullmatch(initial) and _HANGUL_WORD.fullmatch(last):
        return len(initial) == 1 and last in S.family_names("hangul")
    script = L.spaced_script_of(last)
    if script is None or L.spaced_script_of(initial) != script:
        return False
    key = L.name_key(last)
    return (key,) in L.family_entries(script) or (key,) in L.given_entries(script)


def initial_surname_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of an initial and its surname(s) (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    if ". " not in text and ".\t" not in text:
        return out
    for m in _LATIN.finditer(text):
        if _listed_family(m.group("first")) and _listed_family(m.group("second")):
            out.append((m.start(), m.end(), E.NAME))
    for m in _UNCASED.finditer(text):
        if _script_name(m.group("initial"), m.group("last")):
            out.append((m.start(), m.end(), E.NAME))
    return out
