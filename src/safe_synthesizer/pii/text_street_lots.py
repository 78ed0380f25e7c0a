"""Addresses by section, lot, allotment or stand number in free text (Melanesia, the Caribbean, southern Africa,
the Pacific's French lots).

Where streets have no house numbers, an address is the number of a surveyed plot and the suburb or village:
Port Moresby writes ``Section 23, Lot 12, Boroko`` or ``Allotment 9, Section 40, Waigani``, Georgetown
``Lot 45 Section K, Kitty`` or ``Lot 12 Sheriff Street, Campbellville``, Harare ``Stand 4521, Budiriro 5``,
Nouméa ``lot 101, lotissement Ondémia``. No street suffix follows the number, so the street rules miss them.
Two rules, each wanting the plot word and a number:

- two plot parts or more (``Section 205, Lot 26``, ``Lot 93 Section K``, any case), then the suburb or village
  after a comma (one to three capitalised words, or one lower-case word, maybe a number: ``Budiriro 5``) with a
  word no English vocabulary holds (``See Section 3, Lot 5, Page 2`` stays); ``Section 229, Gordons`` alone
  after a comma (a street before it);
- one plot part (``Lot``, ``Stand``, ``Plot``, ``Allotment``, ``Erf``, French ``lot``) then a place of one to three
  capitalised words and, after a comma, one or two more groups (``Lot 2 Brickdam, Corriverton``, ``Stand 4521,
  Budiriro 5``), where some word of the place is no English word (``Lot 5 Victorian Chair, Mahogany``, an auction
  lot, stays), or a French ``lotissement``/``quartier``/``tribu`` and its name.

A compiled pre-check on the plot words keeps other notes cheap.

Example::

    lot_street_spans("proof of address (Section 12, Lot 7, Gerehu) + id")  # [(18, 41, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["lot_street_spans"]

_PRE = re.compile(r"(?i)(?:section|sec\.|lot|allotment|stand|plot|portion|erf|house)[ \t]*(?:no\.?[ \t]*)?\d")
_NUM = r"(?:\d{1,5}[A-Za-z]?|[A-Z])(?![\w])"
_PART_WORD = r"(?i:section|sec\.|lot|allotment|allot\.|stand|plot|portion|block|erf)"
_PART = rf"{_PART_WORD}[ \t]*(?:(?i:no)\.?[ \t]*)?{_NUM}"
_CAP = rf"(?!No\.)[{LATIN_UPPER}][{LATIN_LOWER}{LATIN_UPPER}'’\-]*"
_LOW = rf"[{LATIN_LOWER}][{LATIN_LOWER}'’\-]+"
# A place: capitalised words (maybe "No. 1" or a number after them), or one lower-case word (checked apart).
_PLACE = rf"(?:{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?:[ \t]+(?:No\.[ \t]*)?\d{{1,3}}(?!\d))?|{_LOW})"
_MULTI = re.compile(
    rf"(?<![\w'’\-])(?P<parts>{_PART}(?:[ \t]*,?[ \t]*{_PART})+)(?:[ \t]*,[ \t]*(?P<place>{_PLACE}))?(?![\w'’\-])"
)
_SINGLE = re.compile(
    rf"(?<![\w'’\-])(?P<part>(?i:lot|stand|plot|allotment|erf)[ \t]*(?:(?i:no)\.?[ \t]*)?\d{{1,5}}[A-Za-z]?)"
    rf"(?:[ \t]+(?P<first>{_CAP}(?:[ \t]+{_CAP}){{0,2}}))?"
    rf"(?P<rest>(?:[ \t]*,[ \t]*(?:{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?:[ \t]+(?:No\.[ \t]*)?\d{{1,3}}(?!\d))?)){{1,2}})"
    r"(?![\w'’\-])"
)
# ", Section 229, Gordons" after a street: the plot part of an address the street rules took the head of.
_AFTER_STREET = re.compile(
    rf"(?<=,)[ \t]*(?P<part>(?i:section|sec\.|block)[ \t]*{_NUM})[ \t]*,[ \t]*(?P<place>{_PLACE})(?![\w'’\-])"
)
_FRENCH = re.compile(
    rf"(?<![\w'’\-])(?i:lot)[ \t]*(?:n[°o]\.?[ \t]*)?\d{{1,4}}[ \t]*,?[ \t]*"
    rf"(?i:lotissement|quartier|tribu|résidence|cité)[ \t]+{_CAP}(?:[ \t]+{_CAP})?(?![\w'’\-])"
)
_WORD = re.compile(rf"[{LATIN_UPPER}{LATIN_LOWER}]+")
# Malawi's surveyed plots: the area, then the plot's survey number in two or three parts ("Area 47, Plot 47/3/447",
# "Plot 12/4/221"); a plot number with one slash wants its area ("plot 2/3" of a chart stays).
_SURVEY = re.compile(
    r"(?<![\w'’\-])(?P<area>(?i:area)[ \t]+\d{1,3}[ \t]*,?[ \t]*)?(?i:plot)[ \t]*(?:(?i:no)\.?[ \t]*)?"
    r"\d{1,5}/\d{1,5}(?P<third>/\d{1,5})?(?![\w/])"
)
# "Chilomoni, House No. 140": the township, then the house's number (no street).
_HOUSE_NO = re.compile(
    rf"(?<![\w'’\-])(?:(?P<place>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*,[ \t]*)?(?P<house>(?:House|HOUSE|Hse)[ \t]*"
    r"(?i:no)\.?[ \t]*\d{1,5}[A-Za-z]?)(?![\w/])"
)


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, spacy_stop_words

    return english_vocabulary() | common_words() | spacy_stop_words(("en",))


def _unknown_word(words: str) -> bool:
    """Some word of ``words`` is no English word: a suburb, village or street name of its own."""
    return any(len(w) >= 3 and w.lower() not in _english() for w in _WORD.findall(words))


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return common_words() | spacy_stop_words(("en",))


def _suburb(place: str) -> bool:
    """The place after two plot parts: capitalised and not only common words (``Kitty``, ``Boroko``; ``Page 2``
    stays), or in lower case no English word (``hohola``)."""
    if place[:1].isupper():
        return any(len(w) >= 3 and w.lower() not in _common() for w in _WORD.findall(place))
    return _unknown_word(place)


def lot_street_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of the plot addresses of the module docstring."""
    if _PRE.search(text) is None:
        return []
    # The suburb or village must be there and be no English word: "See Section 3, Lot 5, Page 2" stays.
    out = [(m.start(), m.end(), E.STREET_ADDRESS) for m in _MULTI.finditer(text) if _suburb(m.group("place") or "")]
    if "," in text:
        out += [
            (m.start("part"), m.end(), E.STREET_ADDRESS)
            for m in _AFTER_STREET.finditer(text)
            if _unknown_word(m.group("place"))
        ]
    for m in _SINGLE.finditer(text):
        place = (m.group("first") or "") + m.group("rest")
        if _unknown_word(place):
            out.append((m.start(), m.end(), E.STREET_ADDRESS))
    out += [(m.start(), m.end(), E.STREET_ADDRESS) for m in _FRENCH.finditer(text)]
    surveyed = (m for m in _SURVEY.finditer(text) if m.group("area") or m.group("third"))
    out += [(m.start(), m.end(), E.STREET_ADDRESS) for m in surveyed]
    for m in _HOUSE_NO.finditer(text):
        place = m.group("place")
        start = m.start() if place and _unknown_word(place) else m.start("house")
        out.append((start, m.end(), E.STREET_ADDRESS))
    # A landmark after the plot ("Plot 1582, Mahlanya, near the Lobamba clinic") and the plot word before a number.
    from safe_synthesizer.pii.text_street_nearby import with_landmarks  # imports this module's word test

    return with_landmarks(text, out)
