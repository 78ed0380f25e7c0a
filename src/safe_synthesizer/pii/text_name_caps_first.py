"""Names written ``SURNAME Given``: the family name in capitals first, the given name capitalised after.

Registers, labels, parish books, shipping forms and French, Spanish and Dutch administrative prose put
the family name first and in capitals: ``Dispensed to ARMANI Marcello``, ``Client PRINSEN Cas``,
``VILAPLANA ABELLÁN Ana Sofía``, ``VAN HULTEN Hailey``, ``Burial: VALÍANTSSON Guðvin``. No rule of the
``First Last`` order sees them, and the NER model reads the capitals as an acronym. The layout is a
name when all of these hold:

1. after the capitals comes a capitalised listed given name (a second listed given name may follow:
   ``Ana Sofía``) that is no function word of any supported language nor an English adjective, verb or
   adverb;
2. the capitals are one to three family-name words, particles between or before them (``VAN``, ``DE``,
   ``VON``): each a listed family name of some covered locale, an Icelandic patronymic
   (``-SSON``, ``-DÓTTIR``) or a word no vocabulary holds; one at least listed or patronymic, or all of
   five letters or more after a colon or a lower-case function word (``Dispensed to AZZOPARDI Ivan``);
3. no capitals word is a function word, a title, a calendar word or a place, and a heading or a label
   in capitals before the name (``FOR SALE``, ``PATIENT``, ``URGENT``) stays out of the span.

Example::

    caps_first_name_spans("Viewings via PACHECO Deborah only.")  # [(13, 28, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.titles import is_title
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["caps_first_name_spans"]

_UP = LATIN_UPPER
_LOW = LATIN_LOWER
_CAPS = rf"[{_UP}][{_UP}'’]*(?:-[{_UP}][{_UP}'’]*)*"
_GIVEN = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_RUN = re.compile(
    rf"(?<![\w'’\-])(?P<caps>{_CAPS}(?:[ \t]+{_CAPS}){{0,4}})[ \t]+(?P<first>{_GIVEN})"
    rf"(?:[ \t]+(?P<second>{_GIVEN}))?(?![\w'’\-])"
)
_PARTICLES = frozenset(("van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "la",
                        "le", "ten", "ter", "zu", "und", "y", "i"))  # fmt: skip
_LEADING = frozenset(("van", "von", "de", "der", "den", "del", "della", "di", "da", "dos", "das", "du", "la", "le",
                      "ten", "ter", "zu"))  # fmt: skip
_PATRONYMIC = re.compile(r"(?:sson|s?dóttir|s?dottir)$")
_CALENDAR = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december")
)  # fmt: skip


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(given names, family names, function words, ordinary words, English adj/verb/adv), lower case."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    given = given_names() | gazetteers.first_names()
    family = family_names() | gazetteers.last_names()
    ordinary = common_words() | english_vocabulary() | gazetteers.all_cities() | gazetteers.all_regions()
    return given, family, latin_stop_words(), frozenset(ordinary), english_vocabulary(("adj", "verb", "adv"))


def _given_ok(word: str) -> bool:
    given, _, stop, _, english = _vocab()
    low = word.lower()
    return (low in given or low.split("-")[0] in given) and low not in stop and low not in english


def _family_word(word: str) -> str:
    """'listed', 'unknown' (no vocabulary holds it) or '' (not a family name here)."""
    _, family, stop, ordinary, _ = _vocab()
    low = word.lower()
    if low in stop or low in _CALENDAR or is_title(word.capitalize()) or len(low) < 2:
        return ""
    if _PATRONYMIC.search(low) and len(low) > 6:
        return "listed"
    if low in family or low.split("-")[0] in family:
        # a listed family name that is a town or an ordinary word ("MADRID", "NOTE") is a heading word
        return "listed" if low not in ordinary or low in gazetteers.last_names() else ""
    if low in ordinary or not re.search(r"[aeiouyà-öø-ÿ]", low):
        return ""
    return "unknown"


def _surname_words(words: list[str]) -> int:
    """How many trailing capitals words are the family name (0: none; negative: none of them listed)."""
    n = names = 0
    listed = False
    for word in reversed(words):
        if word.lower() in _PARTICLES:
            if not names:
                break  # "SMITH Y Ana": a particle right before the given name joins no name
            n += 1
            continue
        kind = _family_word(word)
        if not kind or names == 3:
            break
        listed = listed or kind == "listed"
        n += 1
        names += 1
    while n and words[len(words) - n].lower() in _PARTICLES - _LEADING:
        n -= 1  # "Y", "UND", "I" open no name
    return n if listed else -n


def _placed(text: str, start: int) -> bool:
    """A colon or a function word right before (``to``, ``via``, ``de``), not a line or a heading start."""
    before = text[max(0, start - 30) : start]
    if re.search(r":[ \t]*$", before):
        return True
    m = re.search(r"(?<![\w'’\-])([^\W\d_]+)[ \t]+$", before)
    return m is not None and m.group(1).islower() and m.group(1) in _vocab()[2]


def caps_first_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``SURNAME Given`` names (see the module docstring)."""
    out: list[tuple[int, int, str]] = []
    for m in _RUN.finditer(text):
        if not _given_ok(m.group("first")):
            continue
        words = m.group("caps").split()
        n = _surname_words(words)
        if n < 0 and all(len(w) >= 5 for w in words[len(words) + n :]) and _placed(text, m.start("caps")):
            n = -n  # "Dispensed to AZZOPARDI Ivan", "label: XUEREB Jean": names no list holds, placed
        if n <= 0:
            continue
        # the span starts at the first family-name word of the run
        start = m.start("caps")
        for word in words[: len(words) - n]:
            start = text.index(word, start) + len(word)
        start = text.index(words[len(words) - n], start)
        end = m.end("first")
        if m.group("second") and _given_ok(m.group("second")):
            end = m.end("second")
        out.append((start, end, E.NAME))
    return out
