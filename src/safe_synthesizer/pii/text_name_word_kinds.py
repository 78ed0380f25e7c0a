"""Whether one word (or a short run) of a note may stand for a person in a slot that already says "person", at the
slot's strength, in any case and script: the word test shared by the clause-subject and list-member rules.

A slot's grammar (a conditional clause's subject, the subject of ``paga``/``dit``/``betaler``, an item of a roll
whose other items are people) says "a person here"; the word must still read as a name, more surely the weaker the
slot:

- ``"strict"``: a listed given or family name that no vocabulary holds (``marilyn``, ``naylor``, ``Souley`` if
  listed), or a lower-case full name (:func:`text_name_lower_pair.pair_end`);
- ``"sure"``: also a listed name that is a word too (``Horton``, ``Lee``) when capitalised, and a word no list nor
  vocabulary holds (``tahirou``, ``sulvaran``; five letters at least, no letter three times in a row);
- any strength: a word in another script than the note's (``ask ганбаатар`` in an English note), since a Latin
  template names people of other scripts in their own.

Titles, role nouns, weekdays, months, function words, contractions and towns no list holds as given names never
count (``May``, ``Paris``, ``und``), nor lower-case words that are words of the note's languages (``rose``,
``will``, ``mark``, ``bill``) whatever the slot.

Example::

    name_word("marilyn", "strict"), name_word("will", "sure"), name_word("Horton", "sure", places=True)
    # (True, False, True)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_clause_roles import verb_lemmas
from safe_synthesizer.pii.text_name_given_word import _MONTHS, _WEEKDAYS, given_word
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind
from safe_synthesizer.pii.text_name_person_slots import WORDY_PLACES, known_places
from safe_synthesizer.pii.text_name_role_prefix import is_role_noun
from safe_synthesizer.pii.titles import is_title

__all__ = ["PARTICLES", "name_entity", "name_word", "note_script", "other_script"]

# Particles kept inside a family name: Dutch, German, Romance, Malay/Arabic patronymics.
PARTICLES = frozenset(("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "ten",
                       "ter", "vom", "zu", "bin", "binti", "bint", "ibn", "al", "el", "ben"))  # fmt: skip
_CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|s|t)\Z")
_TRIPLE = re.compile(r"(.)\1\1")


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script of a letter by its Unicode name's first word (``LATIN``, ``CYRILLIC``, ``ARABIC``...)."""
    try:
        return unicodedata.name(ch).split(" ", 1)[0]
    except ValueError:
        return ""


def note_script(text: str) -> str:
    """The script of the note's frame: ``LATIN`` when three of its words are Latin function words (``Thanks to
    ... for helping out``, whatever script the names are in), else the script most of its letters are written in."""
    words = re.findall(r"[A-Za-z]+", text)
    if sum(function_word(w.lower()) for w in words[:60]) >= 3:
        return "LATIN"
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            s = _script(ch)
            counts[s] = counts.get(s, 0) + 1
    return max(sorted(counts), key=counts.__getitem__) if counts else ""


def other_script(word: str, script: str) -> bool:
    """``word`` is written wholly in a script other than the note's Latin one (a name of another script in a Latin
    template: ``ганбаатар``, ``مهدیس``, ``曉君``)."""
    letters = [ch for ch in word if ch.isalpha()]
    if script != "LATIN" or not letters:
        return False
    return all(_script(ch) not in ("LATIN", "") for ch in letters)


def _never(word: str) -> bool:
    low = word.lower()
    if is_title(word.rstrip(".")) or is_role_noun(word) or low in _WEEKDAYS or low in _MONTHS:
        return True
    if _CONTRACTION.search(low) or low in PARTICLES:
        return True
    if function_word(low) and not given_kind(low):
        return True
    if low in WORDY_PLACES:
        return True
    return low in known_places() and not (given_word(word, strict=True) or given_kind(low) == "strong")


def name_word(word: str, strength: str, script: str = "LATIN", *, places: bool = False) -> bool:
    """``word`` may be a person's given or family name in a slot of ``strength`` (``"strict"`` or ``"sure"``;
    module docstring); ``script`` is the note's (:func:`note_script`); with ``places``, a capitalised listed family
    name that names a town too counts in a sure slot (``Horton wants``)."""
    if other_script(word, script):
        return len(word) >= 2
    if not word[:1].isalpha() or _never(word):
        # A listed family name that names a place too ("Horton wants", "Lee"), capitalised in a sure slot.
        low = word.lower()
        return (
            places
            and strength == "sure"
            and word[:1].isupper()
            and low not in WORDY_PLACES
            and low not in _WEEKDAYS
            and low not in _MONTHS
            and low in known_places()
            and not is_title(word)
            and not function_word(low)
            and family_kind(low) in ("strong", "word")
        )
    low = word.lower()
    parts = [p for p in low.split("-") if p]
    if not parts:
        return False
    if all(given_kind(p) == "strong" or family_kind(p) == "strong" for p in parts):
        return True
    capital = word[:1].isupper()
    if capital and len(word) > 1 and word.isupper():
        # An acronym ("DPD", "NHS") is a name only if a list holds it.
        return all(given_kind(p) or family_kind(p) in ("strong", "word") for p in parts)
    if strength != "sure":
        return capital and given_word(word, strict=True)
    # A word no list holds: five letters at least, no letter three times in a row, no inflected English verb
    # ("worries", "rang").
    unknown = len(low) >= 5 and not _TRIPLE.search(low) and not verb_lemmas(low)
    if capital:
        return all(given_kind(p) or family_kind(p) for p in parts) or given_word(word)
    # Lower case: a word of the note's languages stays a word ("rose", "will", "bill") whatever the slot.
    return all(given_kind(p) == "strong" or family_kind(p) == "strong" or (unknown and family_kind(p) == "unknown")
               for p in parts)  # fmt: skip


def name_entity(value: str) -> str:
    """``name`` for several words, else ``first_name`` for a listed given name, ``last_name`` otherwise."""
    words = value.split()
    if len(words) > 1:
        return E.NAME
    return E.FIRST_NAME if given_kind(words[0].lower().split("-")[0]) else E.LAST_NAME
