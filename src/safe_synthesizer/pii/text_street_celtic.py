"""Breton and Scottish Gaelic street lines: ``17 Straed ar Vilin``, ``22 Plasenn ar Marc'hallac'h``, ``10 Sràid na
h-Eaglaise``, ``22 Sràid a' Bhanca``, ``Rathad an t-Sìthein 4``.

Both languages put the street word first and join it to the name with an article that the Romance particles of
:mod:`text_streets` do not hold: Breton ``ar``/``an``/``al`` (``Straed an Iliz``, "Church Street"), Gaelic
``an``/``na``/``a'`` and the article's consonant glued to a name that starts with a vowel or an ``s``
(``na h-Eaglaise``, ``an t-Saoir``). Those articles are ordinary words elsewhere (English "an", Spanish "al",
Galician "na"), so they count here only right after a street word of the two languages, with a house number
before the street word or after the name.

Street words: Breton ``Straed`` (street), ``Hent`` (road), ``Plasenn`` (square), ``Karter`` (quarter), ``Kae``
(quay; ``Bali``, avenue, is left out: the island is in more notes than the avenue); Gaelic ``Sràid``/``Sráid``
(street), ``Rathad`` (road), ``Ceàrnag`` (square), ``Slighe`` (way), ``Ceann`` (head, of a bay or a loch);
capitalised, as addresses write them.

Example::

    celtic_street_spans("Nous habitons 30 Straed an Iliz, Kemper.")  # [(14, 31, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["celtic_street_spans"]

_STREET_WORDS = r"Straed|Hent|Plasenn|Karter|Kae|Sràid|Sráid|Rathad|Ceàrnag|Slighe|Ceann"
# A capitalised name word; Breton writes "c'h" inside words ("Marc'hallac'h", "Kerc'hoent").
_NAME_WORD = rf"[{LATIN_UPPER}][{LATIN_LOWER}{LATIN_UPPER}'’\-]*"
# Articles: Breton "ar", "an", "al"; Gaelic "an", "na", "a'", and "na h-" / "an t-" glued to the name.
_ARTICLE = r"(?:(?:ar|an|al|na)[ \t]+|a['’][ \t]+|(?:na[ \t]+h|an[ \t]+t)-)"
_NAME = rf"(?:{_ARTICLE})?{_NAME_WORD}(?:[ \t]+(?:{_ARTICLE})?{_NAME_WORD}){{0,2}}"
_NUMBER = r"\d{1,4}[A-Za-z]?"
_STREET = re.compile(
    rf"(?<![\w\-])(?:(?P<before>{_NUMBER}),?[ \t]+)?(?P<street>(?:{_STREET_WORDS})[ \t]+{_NAME})"
    rf"(?:,?[ \t]+(?P<after>{_NUMBER})(?![\w/.,:]\d))?"
)


def celtic_street_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, STREET_ADDRESS)`` of Breton and Gaelic street lines with a house number."""
    if not any(ch.isdigit() for ch in text):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _STREET.finditer(text):
        if m.group("before") is not None:  # "17 Straed ar Vilin, 29170 Douarnenez": the number after is a postcode
            out.append((m.start(), m.end("street"), E.STREET_ADDRESS))
        elif m.group("after") is not None:  # a street word alone is a place in a sentence, not an address
            out.append((m.start("street"), m.end(), E.STREET_ADDRESS))
    return out
