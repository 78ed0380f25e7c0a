"""Cyrillic streets written with an abbreviated street type and no house number: ``Picked up from ул.
Ставропольская;``, ``Parking permit needed outside пер. Кочубея.``, ``from алл. Бульварная at 7``.

Why: :mod:`text_cyrillic_streets` wants a house number (or a house word) after the name, since a full type word
is also prose ("на улице было холодно"). A dotted abbreviation of a street type (``ул.``, ``вул.``, ``пер.``,
``пров.``, ``просп.``, ``пр.``, ``бул.``, ``бульв.``, ``наб.``, ``алл.``, ``ш.``, ``пл.``, ``мкр.``) followed by
a capitalised name is an address's writing, not prose: notes name the street alone as often as with its house.
The name is one to three capitalised words (an initial glued or apart: ``пр. Р.Люксембург``); ``и пр.`` ("and so
on") is followed by a word in lower case, so it stays.

Example::

    cyrillic_alone_street_spans("Picked up from ул. Ставропольская; mum asked")  # [(15, 33, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cyrillic import CYRILLIC, has_cyrillic

__all__ = ["cyrillic_alone_street_spans"]

_L = CYRILLIC
_UP = "А-ЯЁІЇЄҐЎЂЈЉЊЋЏЅЌЃ"
_ABBR = r"ул|вул|пер|пров|просп|пр|пр-т|пр-кт|бул|бульв|наб|алл|ш|пл|мкр|мкрн|туп|пр-д"
_INITIAL = rf"(?:[{_UP}]\.[ \t]?)?"
_CAP = rf"{_INITIAL}[{_UP}][{_L}'ʼ’\-]+"
_STREET = re.compile(rf"(?<![\w\-])(?:{_ABBR})\.[ \t]?{_CAP}(?:[ \t]+{_CAP}){{0,2}}(?![\w\-])")


def cyrillic_alone_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Abbreviated Cyrillic street types and their capitalised names, with or without a house number."""
    if "." not in text or not has_cyrillic(text):
        return []
    out = []
    for m in _STREET.finditer(text):
        # "и пр." ends a list ("and so on"): the next sentence's capital is no street name.
        if m.group().startswith("пр.") and re.search(r"(?:^|[\s,])и[ \t]*$", text[: m.start()]):
            continue
        out.append((m.start(), m.end(), E.STREET_ADDRESS))
    return out
