"""Street lines of Central Asian Cyrillic notes (Tajik, Uzbek, Kazakh, Kyrgyz), whose street words are their own.

Why: the Cyrillic street rules (:mod:`text_cyrillic_streets`) know Ukrainian, Russian and Bulgarian street words
(``вул.``, ``ул.``, ``пр-т``). Tajik writes ``кӯч. Шотемур 17, хонаи 83`` or ``кӯчаи Айнӣ 5``, Uzbek
``Навоий кўчаси 12, 4-уй`` or ``кўч. Бобур 7``, Kazakh ``Абай көшесі, 12, пәтер 5`` or ``Достық даңғылы 40``,
Kyrgyz ``Чүй көчөсү 45, кв. 3``: the type word (before the name, or after it as the languages' izafet and
possessive forms put it) and the letters ``ӯ ҳ қ ғ ҷ ӣ ў ә ө ү ң`` were in no pattern, so set 31's Tajik notes
kept 0.19 of their streets. A line needs its type word *and* a house number, so a sentence about a street
(``кӯча хеле зебо аст``) is not one.

Example::

    central_asian_street_spans("no reply at кӯч. Н. Қарабоев 15, хонаи 87, left form")
    # [(12, 41, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

_L = "\u0400-\u04ff"
_UP = "А-ЯЁҲҚҒҶӢӮЎӘӨҮҢҰҺІ"
# Type words written before the name: abbreviations and Tajik izafet forms (``кӯчаи`` "street of").
_BEFORE = r"кӯч\.|кӯчаи|хиёбони|гузаргоҳи|кўч\.|көш\.|көч\.|даңғ\."
# Type words written after the name: possessive forms (Uzbek ``кўчаси``, Kazakh ``көшесі``, Kyrgyz ``көчөсү``).
_AFTER = r"кўчаси|кучаси|шоҳ[ \t]+кўчаси|тор[ \t]+кўчаси|көшесі|даңғылы|көчөсү|проспекти|хиёбони|кӯча"
_INITIAL = rf"[{_UP}]\.[ \t]?"
_NAME_WORD = rf"(?:{_INITIAL})?[{_UP}][{_L}\-]+|\d{{1,3}}-?[{_L}]{{0,3}}"
_NAME = rf"(?:{_NAME_WORD})(?:[ \t]+(?:{_NAME_WORD})){{0,2}}"
_HOUSE = rf"(?:№[ \t]?|(?i:уй|үй|д\.|дом)[ \t]?)?\d{{1,4}}(?:[{_L}A-Za-z]|[/\-]\d{{1,4}})?"
# Flat, house and block words after the number: Tajik ``хонаи``, Uzbek ``уй``/``хонадон``, Kazakh ``пәтер``.
_UNIT_WORD = r"(?i:хонаи|хона|хонадон|уй|үй|пәтер|кв\.?|квартира|бинои|блок)"
_UNITS = rf"(?:[ \t]*,?[ \t]*(?:{_UNIT_WORD}[ \t]?\d{{1,4}}[{_L}]?|\d{{1,4}}-?(?:{_UNIT_WORD})))*"
_STREET = re.compile(
    # A title word may close the name before the type (``Төле би көшесі``, ``Қабанбай батыр көшесі``).
    rf"(?<![\w\-])(?:(?i:{_BEFORE})[ \t]*{_NAME}|{_NAME}(?:[ \t]+[{_L}]{{2,6}})?[ \t]+(?i:{_AFTER}))"
    rf"[ \t]*,?[ \t]*{_HOUSE}(?![\d{_L}]){_UNITS}"
)
_CUE = re.compile(r"(?i:кӯч|кўч|кучаси|көше|көчө|даңғ|хиёбон|гузаргоҳ)")


def central_asian_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street-line spans (street, house and unit) of Tajik, Uzbek, Kazakh and Kyrgyz Cyrillic ``text``."""
    if not _CUE.search(text):
        return []
    out = []
    for m in _STREET.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ",. ":
            end -= 1
        out.append((m.start(), end, E.STREET_ADDRESS))
    return out
