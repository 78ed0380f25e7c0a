"""Noble names with a chain of particles: ``Loes Coreth von und zu Coredo und Starkenberg``.

German and Austrian noble names (and Dutch ones copied from them) join a family name and one or two
seats with ``von``, ``zu``, ``von und zu`` and ``und``: ``Karl Theodor Freiherr von und zu Guttenberg``,
``Maria von und zu Liechtenstein und Rietberg``. The pair rules stop at the first ``und`` (a conjunction
elsewhere), so the real seat names stay in the text. Here, after a listed given name and a capitalised
word, a chain that holds ``von`` or ``zu`` continues the name through its particles and capitalised
seats; an ``und`` joins one more seat only after such a chain, and not when a full name follows it
(``von Trapp und Anna Schmidt`` keeps Anna Schmidt a name of her own). Only chains holding ``und`` are
taken here (``Anna von der Leyen``, ``Karl Theodor zu Guttenberg`` are the pair rules').

Example::

    noble_name_spans("Naam: Loes Coreth von und zu Coredo und Starkenberg, geboren")  # [(6, 51, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import given_names
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["noble_name_spans"]

_UP = LATIN_UPPER
_LOW = LATIN_LOWER
_CAP = rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}][{_LOW}'’]+)?"
_NOBLE = r"(?:von|zu)"
_CHAIN = rf"(?:(?:{_NOBLE}|und|der|den|van|de)[ \t]+)*{_NOBLE}(?:[ \t]+(?:und|der|den|{_NOBLE}))*"
_NAME = re.compile(
    rf"(?<![\w'’\-])(?P<first>{_CAP})(?:[ \t]+{_CAP}){{0,2}}[ \t]+{_CHAIN}[ \t]+{_CAP}"
    rf"(?:[ \t]+(?:und|{_NOBLE})[ \t]+{_CAP}(?![\w'’\-])(?![ \t]+[{_UP}]))*"
)


def noble_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names with a ``von``/``zu`` particle chain (see the module docstring)."""
    if " und " not in text or ("zu " not in text and "von " not in text):
        return []
    out: list[tuple[int, int, str]] = []
    listed = given_names() | gazetteers.first_names()
    pos = 0
    while m := _NAME.search(text, pos):
        first = m.group("first").lower()
        # only chains with "und" are new here: "Anna von der Leyen", "Karl zu Guttenberg" are the pair rules'
        if (first in listed or first.split("-")[0] in listed) and " und " in m.group():
            out.append((m.start(), m.end(), E.NAME))
            pos = m.end()
        else:
            pos = m.start() + len(m.group("first")) + 1  # the next word may open the name
    return out
