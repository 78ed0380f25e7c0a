"""Macedonian, Serbian and Bulgarian street lines in Cyrillic with no street word: ``Питу Гули 4в``,
``Дојранска 7б/2``, ``Кеј Македонија 2б``, ``Јане Сандански 5б/6``.

Why: these countries name a street after a person, a place or an adjective and write no ``улица`` before it
in an address (Faker ``mk_MK`` writes every line so), so the type-word rules of :mod:`.text_cyrillic_streets`
see a name and a number. The line is a street when something says address:

- a postcode and a town after it, in either order, as letters and forms write them (``Питу Гули 4в, 41504
  Пробиштип``, ``Едвард Кардељ 110, Неготино 31188``), or the postcode as the next cell of a pasted row
  (``"Лондонска 0б/4","41696"``);
- an address cue before it: a label (``адреса``, ``адресата``, ``адрес``, English ``address``), where someone
  lives (``живеам на``, ``живее во``, ``живим у``, ``живее на``, English ``live at``);
- the name is a feminine adjective of a place (``-ска``, ``-цка``, ``-чка``, ``-ова``, ``-ева``; "улица" is
  feminine and left out) before a house number with a letter or a slash (``Дојранска 7б/2``), which counts,
  ages and amounts never have.

A house number is one to four digits, a lower-case letter maybe, and a flat after a slash (``0б/4``).

Example::

    balkan_street_spans("живеам на Питу Гули 4в, 41504 Пробиштип")  # [(10, 22, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cyrillic import CYRILLIC

__all__ = ["balkan_street_spans", "latin_balkan_street_spans"]

_L = CYRILLIC
_UP = "А-ЯЁІЇЄҐЎЂЈЉЊЋЏЃЌЅ"
_LOW_LETTER = "а-яёѓќѕљњџјђћa-z"
_CAP = rf"[{_UP}][{_L}'’\-]*[{_L}]"
# Up to four capitalised words, an initial or a regnal number among them ("Свети Климент Охридски",
# "Трета македонска бригада" has a lower-case word: allowed inside, not first).
_NAME = rf"{_CAP}(?:[ \t]+(?:{_CAP}|[{_LOW_LETTER}]{{3,14}}|[IVX]{{1,4}}(?![\w]))){{0,3}}"
_HOUSE = rf"\d{{1,4}}(?:[{_LOW_LETTER}](?![{_L}\w]))?(?:/\d{{1,3}}[{_LOW_LETTER}]?)?(?![\d{_L}\w/])"
_LETTERED = rf"\d{{1,4}}(?:[{_LOW_LETTER}](?:/\d{{1,3}}[{_LOW_LETTER}]?)?|/\d{{1,3}}[{_LOW_LETTER}]?)(?![\d{_L}\w/])"
_TOWN = rf"[{_UP}][{_L}\-]+(?:[ \t]+[{_UP}][{_L}\-]+)?"
_POSTCODE = r"\d{4,5}(?!\d)"
# After the line: ", 41504 Town", ", Town 31188", or the next cell of a pasted row holds a postcode.
_PLACED_AFTER = (
    rf"(?=,[ \t]*{_POSTCODE}[ \t]+{_TOWN}|,[ \t]*{_TOWN},?[ \t]+{_POSTCODE}"
    rf"|[\"'][ \t]*[,;|][ \t]*[\"']?{_POSTCODE}[\"']?(?:[,;|\s]|$))"
)
_PLACED = re.compile(rf"(?<![{_L}\w\-])(?P<street>{_NAME}[ \t]+{_HOUSE}){_PLACED_AFTER}")
# Cues before the line (any case): labels, where someone lives, English ones for mixed notes.
_CUES = (
    r"адреса|адресата|адресa|адрес|на[ \t]+адреса|адреса[ \t]+на[ \t]+живеење|живеам[ \t]+на|живеам[ \t]+во|"
    r"живее[ \t]+на|живее[ \t]+во|живеат[ \t]+на|живеат[ \t]+во|живим[ \t]+у|живим[ \t]+на|живи[ \t]+у|живи[ \t]+на|"
    r"станујем[ \t]+у|станујем[ \t]+на|пребивалиште|живущ[ \t]+на|живея[ \t]+на|"
    r"address|lives?[ \t]+at|living[ \t]+at|resides[ \t]+at"
)
_CUED = re.compile(rf"(?<![\w\-])(?i:{_CUES})[ \t]*[:\-–]?[ \t]+(?P<street>{_NAME}[ \t]+{_HOUSE})")
_ADJECTIVE = re.compile(
    rf"(?<![{_L}\w\-])(?P<street>(?:{_CAP}[ \t]+)?[{_UP}][{_L}]{{2,}}(?:ска|цка|чка|шка|ова|ева)[ \t]+{_LETTERED})"
)
_ANY_CYRILLIC = re.compile(f"[{_L}]")

# Latin letters (Croatian, Serbian, Bosnian): a capitalised name and a lettered house before ", Town postcode",
# the town-first order of English forms ("Visoka 9c, Zagreb 10000", "Lisinskoga 6b/4, Split 21000"). A plain
# number is left out here: "Invoice 45, Total 12000" has the same layout.
_LAT_UP, _LAT = "A-ZČĆĐŠŽ", "A-Za-zČĆĐŠŽčćđšžäöüéè"
_LAT_CAP = rf"[{_LAT_UP}][{_LAT}'\-]*[{_LAT}]"
_LAT_LETTERED = r"\d{1,4}(?:[a-z](?:/\d{1,3}[a-z]?)?|/\d{1,3}[a-z]?)(?![\w/])"
_LATIN_PLACED = re.compile(
    rf"(?<![\w\-])(?P<street>{_LAT_CAP}(?:[ \t]+{_LAT_CAP}){{0,2}}[ \t]+{_LAT_LETTERED})"
    rf"(?=,[ \t]*{_LAT_CAP}(?:[ \t]+{_LAT_CAP})?,?[ \t]+(?!(?:19|20)\d\d(?!\d))\d{{4,5}}(?![\d\w]))"
)


def latin_balkan_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Latin-letter streets with a lettered house before a town and a postcode (see ``_LATIN_PLACED``)."""
    if "," not in text:
        return []
    return [(m.start("street"), m.end("street"), E.STREET_ADDRESS) for m in _LATIN_PLACED.finditer(text)]


def balkan_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Cyrillic street lines without a street word, known by the address around them (see the module)."""
    if _ANY_CYRILLIC.search(text) is None or not any(ch.isdigit() for ch in text):
        return []
    out = []
    for pattern in (_PLACED, _CUED, _ADJECTIVE):
        out += [(m.start("street"), m.end("street"), E.STREET_ADDRESS) for m in pattern.finditer(text)]
    return out
