"""A numbered street whose English type is an ordinary word, told by the flat after it: ``9184 Mergen Views Apt.
711``, ``52 Ortiz Falls Suite 3``, ``7 Dunmore Lake, Unit 12``.

Why: English street types that are also common words (``Views``, ``Falls``, ``Lake``, ``Point``, ``Station``,
``Port``...) are left out of the numbered-street rule, since ``3 Little``, ``2 Top`` or ``5 Points`` are prose as
often as streets (:data:`text_street_vocab._AMBIGUOUS_EN`). So a Faker-style line of such a type kept its whole
address in the note (set 36, Luxembourg's notes: ``9184 Mergen Views Apt. 711`` found nowhere). A flat or suite
number right after the type is what prose never writes there: a house number, one to three capitalised words, one
of those types capitalised, then ``Apt``/``Apartment``/``Suite``/``Ste``/``Unit``/``Flat`` and a number.

Example::

    unit_after_street_spans("stubs from 9184 Mergen Views Apt. 711; Mathieu")  # [(11, 37, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_street_vocab import _AMBIGUOUS_EN
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["unit_after_street_spans"]

_CAPW = rf"[{LATIN_UPPER}][{LATIN_LOWER}]+(?:['’\-][{LATIN_UPPER}{LATIN_LOWER}]+)*"
_UNIT = r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|APT\.?|SUITE|UNIT)[ \t]*#?[ \t]*\d{1,5}[A-Z]?(?![\w/])"
_GATE = re.compile(r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|APT|SUITE|UNIT)\b")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    types = "|".join(sorted((w.capitalize() for w in _AMBIGUOUS_EN), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w/.\-])\d{{1,5}}[A-Z]?[ \t]+(?:{_CAPW}[ \t]+){{1,3}}(?:{types})(?![\w'’\-])[ \t]*,?[ \t]*{_UNIT}"
    )


def unit_after_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Numbered streets of an ambiguous English type with a flat after them (module docstring)."""
    if not _GATE.search(text):
        return []
    return [(m.start(), m.end(), E.STREET_ADDRESS) for m in _pattern().finditer(text)]
