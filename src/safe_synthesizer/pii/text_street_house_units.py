"""Central Asian and Caucasian street lines in Latin letters, known by their house and flat words, not a street
word: Turkmen ``Parahat 9, jaý 22, öý 18``, Uzbek ``Chilonzor 9, uy 22, xonadon 18`` or ``Yunusobod, 12-uy,
45-xonadon``, Kazakh ``Abay 12, üy 5, päter 3``, Azerbaijani ``Nərimanov 7, ev 4, mənzil 12`` and the
transliterated Russian ``Mira 5, dom 3, kv. 12``.

Why: the Latin street rules want a street word (``köçesi``, ``ko'chasi``) and the Cyrillic rules
(:mod:`text_street_central_asian`) the Cyrillic letters; a microdistrict and its building number (``Parahat 9``)
carry neither, so set 34's Turkmen notes kept the whole line. The house and flat words after the number are the
evidence: a line needs one to three capitalised words, a number, and at least one ``<house word> <number>`` (or
``<number>-<house word>``) after a comma, so ``Team 9, room 22`` stays (no house word) and a sentence with
``uy`` alone (no number) too.

Example::

    house_unit_street_spans("Courier: Parahat 9, jaý 22, öý 18 after 5pm")  # [(9, 33, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["house_unit_street_spans"]

# House, building and flat words (tk, uz, kk, az, ky in Latin letters; transliterated Russian).
_UNIT = r"(?:jaý|jay|öý|oý|uy|ūy|üy|xonadon|kvartira|kvartal|päter|pater|ev|mənzil|menzil|bina|korpus|dom|kv)"
_NUM = r"\d{1,4}[A-Za-z]?(?:/\d{1,4})?"
_UNIT_PART = rf"(?:(?i:{_UNIT})\.?[ \t]*(?:№[ \t]*)?{_NUM}|{_NUM}-(?i:{_UNIT}))(?![\w'’\-])"
_CAP = rf"[{LATIN_UPPER}Ə](?:[^\W\d_]|['’ʻʼ\-])+"
_LINE = re.compile(
    rf"(?<![\w'’\-])(?P<street>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?:[ \t]+{_NUM}|[ \t]+{_NUM}-[{LATIN_LOWER}]{{1,8}})?"
    rf"(?:[ \t]*,[ \t]*{_UNIT_PART}){{1,3}}"
)
_PRE = re.compile(rf"(?i:{_UNIT})\.?[ \t]*\d|\d-(?i:{_UNIT})")


def house_unit_street_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of the lines of the module docstring."""
    if _PRE.search(text) is None:
        return []
    return [(m.start(), m.end(), E.STREET_ADDRESS) for m in _LINE.finditer(text)]
