"""Streets named by a number, after the house, in English text: ``#229, St. 125, Sangkat Boeung Keng Kang 1``,
``No. 45, Street 271, Khan Chamkar Mon``.

Phnom Penh (and other towns of the region) numbers its streets, so an address reads house, street number, then
the commune and district (``Sangkat``/``Khan``, ``Phum``/``Khum``/``Srok``, Lao ``Ban``/``Muang``, ``Ward``). The
general street rules see ``#229, St`` (a house number and a street word) and stop at the full stop of ``St.``:
the street's number and the commune stay in the note. The evidence here is the house marker (``#`` or ``No.``),
a street word written short or long, and the street's own number; the span runs on over up to two comma-joined
parts that start with an administrative word and its capitalised (or numbered) name.

Example::

    number_named_street_spans("Moved to #229, St. 125, Sangkat Boeung Keng Kang 1, last month")  # [(9, 51, ...)]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["number_named_street_spans"]

_HOUSE = r"(?:#[ \t]?|No\.?[ \t]?)\d{1,4}[A-Za-z]{0,2}(?:[-/]\d{1,3})?"
_STREET = r"(?:St\.?|Str\.?|Street|Rd\.?|Road|Sts\.?)[ \t]?\d{1,4}[A-Z]?"
_ADMIN = r"(?:Sangkat|Khan|Phum|Khum|Srok|Krong|Ban|Muang|Ward|Village|Commune|District)"
_NAME = r"[A-Z][A-Za-z'’\-]*(?:[ \t]+(?:[A-Z][A-Za-z'’\-]*|\d{1,2}(?![\d/]))){0,4}"
_SPAN = re.compile(rf"(?<![\w#]){_HOUSE}[ \t]*,?[ \t]+{_STREET}(?![\w/])(?:[ \t]*,[ \t]*{_ADMIN}[ \t]+{_NAME}){{0,2}}")


def number_named_street_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of house-first lines on a numbered street (see the module docstring)."""
    if "#" not in text and "No" not in text:
        return []
    return [(m.start(), m.end(), E.STREET_ADDRESS) for m in _SPAN.finditer(text)]
