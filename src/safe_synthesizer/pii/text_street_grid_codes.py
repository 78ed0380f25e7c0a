"""Streets named by a district code and a number, as Rwanda's towns name them: ``KG 11 Ave``, ``KN 3 Rd``,
``KK 15 St``, with the house after them (``KG 11 Ave, No 12``, ``KN 5 Rd #34``, ``KK 737 St, House 8``).

Why: Kigali's 2010s street addressing gives every street a district code (``KG`` Gasabo, ``KN`` Nyarugenge,
``KK`` Kicukiro), a number and a type; the other towns followed with their own two-letter codes. The street rules
want a number before a named street (``12 Royal Road``) or a type word before a name (``Rue de la Paix 3``), so a
line whose name *is* a code and a number matched nothing, and the whole address stayed in the note (set 36: none
of 17 Kigali lines in notes found). A line is a capital two-letter code, a number of one to three digits and an
English street type (``St``/``Ave``/``Rd`` or written out), maybe its house (``No``/``N°``/``#``/``House`` and a
number, after a comma or not). Kigali's three codes stand alone; any other code wants the house part, so
``US 20 Rd`` in prose stays and ``HY 103 St, No 5`` (Huye) is found. The type must be capitalised and end a
word: a weight (``5 kg``) or a model (``KG 12 Standard``) is no street.

Example::

    grid_code_street_spans("We agreed to visit KN 522 Ave, No 212. Id seen")  # [(19, 37, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["grid_code_street_spans"]

_TYPE = r"(?:St|Ave|Rd|Street|Avenue|Road|Blvd|Boulevard)\.?"
_HOUSE = r"(?:,?[ \t]*(?:No\.?|Nº|N°|n°|#|House|Plot)[ \t]*\d{1,4}[A-Za-z]?(?![\w/]))"
# Kigali's codes alone; any other two capitals only with the house after the street.
_KIGALI = re.compile(rf"(?<![\w\-])(?:KG|KN|KK)[ \t]?\d{{1,3}}[ \t]+{_TYPE}(?![\w])(?:{_HOUSE})?")
_OTHER = re.compile(rf"(?<![\w\-])[A-Z]{{2}}[ \t]?\d{{1,3}}[ \t]+{_TYPE}(?![\w]){_HOUSE}")
_GATE = re.compile(r"[A-Z]{2}[ \t]?\d{1,3}[ \t]+[SAR]")


def grid_code_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Code-and-number street lines and their house (module docstring)."""
    if not _GATE.search(text):
        return []
    out = []
    for pattern in (_KIGALI, _OTHER):
        for m in pattern.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ". \t":
                end -= 1
            out.append((m.start(), end, E.STREET_ADDRESS))
    return sorted(set(out))
