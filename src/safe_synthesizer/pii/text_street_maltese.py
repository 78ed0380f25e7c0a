"""Maltese street lines in free text: ``66, Triq tal-Qroqq``, ``Flat 8, 23, Triq il-Wied``, ``Dar il-Ward,
Triq il-Kbira``, ``67, Triq Sant' Anna``, ``Sqaq San Pawl``.

A Maltese line puts the house (a number, or the house's own name, which Maltese addresses often use
instead: ``Dar il-Ward``, ``Ta' Marija``, ``Villa Rosa``) and maybe a flat before the street, then the street
type (``Triq`` street, ``Sqaq`` alley, ``Vjal`` avenue, ``Pjazza`` square, ``Misraħ`` square, ``Telgħa`` hill,
``Xatt`` waterfront, ``Trejqa`` lane) and its name. The name starts with a Maltese article glued by a hyphen
(``il-``, ``l-``, ``ix-``, ``iż-``, ``tal-``, ``tas-``...), ``ta'`` or a capitalised word; only the type was
replaced before (``66, Jonathan tal-Qroqq``): the whole line is one span now.

``Triq`` is capitalised in an address ("fit-triq" is "in the street"), so only the capitalised types count.

Example::

    maltese_street_spans("Lives at 66, Triq tal-Qroqq, says nobody")  # [(9, 27, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_street_vietnamese import UPPER

__all__ = ["maltese_street_spans"]

_TYPES = r"(?:Triq|TRIQ|Sqaq|SQAQ|Vjal|VJAL|Pjazza|PJAZZA|Misraħ|MISRAĦ|Telgħa|Xatt|XATT|Trejqa|Kalata|Wesgħa)"
_GATE = re.compile(_TYPES)
# Maltese articles glued to the word they precede ("il-Kbira", "tal-Qroqq", "ix-Xatt", "ta' Marija").
_ARTICLE = r"(?:(?i:il|l|ix|iż|iċ|iz|id|in|ir|is|it|tal|tax|taż|taċ|taz|tad|tan|tar|tas|tat)-|[Tt]a['’][ \t]?)"
_WORD = rf"(?:{_ARTICLE})?[{UPPER}][^\W\d_]*(?:['’](?=[ \t][{UPPER}]))?"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
_UNIT = r"(?:Flat|FLAT|Apt\.?|Appartament|Blokk|Block)[ \t]*\d{1,4}[A-Za-z]?[ \t]*,?[ \t]*"
# The house: its number, or its name (up to three words: "Dar il-Ward", "Residencias Caroní").
_HOUSE = rf"(?:\d{{1,4}}[A-Za-z]?|{_NAME})[ \t]*,?[ \t]*"
_LINE = re.compile(rf"(?<![\w'’\-])(?:{_UNIT})?(?P<house>{_HOUSE})?(?P<type>{_TYPES})[ \t]+{_NAME}")
# A house name never starts with a sentence's function word ("near", "at", "moved to" are lower case and
# stop the name already; capitalised ones may open a sentence).
_NOT_HOUSE = frozenset({"the", "and", "but", "at", "to", "in", "on", "near", "from", "via", "lives", "moved"})


def maltese_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Maltese street lines (flat, house number or name, street type and name) in ``text``."""
    if not _GATE.search(text):
        return []
    out = []
    for m in _LINE.finditer(text):
        start, house = m.start(), (m.group("house") or "").strip(" \t,")
        words = house.split()
        if house and not house[0].isdigit() and len(words) == 1 and not re.search(r"[-'’]", house):
            # One capitalised word before the street is the sentence's ("Yesterday, Triq il-Kbira ..."):
            # house names have an article or two words ("Dar il-Ward", "Torre Sur", "Ta' Marija").
            start = m.start("type") if start == m.start("house") else start
        elif words and words[0].lower() in _NOT_HOUSE:  # "Near Torre Sur, Triq ...": after the word
            start = text.index(" ", start) + 1
        out.append((start, m.end(), E.STREET_ADDRESS))
    return out
