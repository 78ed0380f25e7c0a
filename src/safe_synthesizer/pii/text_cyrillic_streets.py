"""Street lines in Cyrillic notes (Ukrainian, Russian, Bulgarian): a street type, the name, the house.

Layouts of Faker's ``uk_UA``/``ru_RU`` addresses and of letters and forms in these languages:
``вулиця Саймона Літмана, буд. 83``, ``вул. Шевченка 12``, ``площа 1-ша Лінія 4-ї ст. Люстдорфської
дороги, буд. 7``, ``пер. Песчаный, д. 974 стр. 83``, ``пр. Красина, д. 7/8 к. 25``, ``бул. Витоша 15``.
The type word may be inflected in prose (``на вулиці``, ``на проспекті``, ``на улице``).

The name starts with a capital or an ordinal (``1-ша``, ``3-й``); lower-case words inside it
(``площа Десятого квітня``) are allowed only when a house word (``буд.``, ``д.``, ``будинок``, ``дом``,
``№``) marks the number, so prose such as "на вулиці було 5 людей" is no street. Units after the house
(``кв. 5``, ``корп. 2``, ``стр. 1``, ``к. 25``, ``под. 3``, ``оф. 12``) belong to the span.

Example::

    cyrillic_street_spans("адреса площа Десятого квітня, буд. 10 кв. 19.")
    # [(7, 44, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cyrillic import CYRILLIC, has_cyrillic
from safe_synthesizer.pii.text_street_balkan import balkan_street_spans

__all__ = ["cyrillic_street_spans"]

_L = CYRILLIC
_APOS = "'ʼ’"
# Street types, with the inflected forms prose uses ("на вулиці", "по проспекту", "на улице").
_TYPES = (
    # Ukrainian
    r"вулиця|вулиці|вулицю|вулицею|вул\.|провулок|провулку|провулком|пров\.|проспект|проспекті|проспекту|"
    r"просп\.|пр-т|пр-кт|площа|площі|площу|пл\.|бульвар|бульварі|бульвару|бульв\.|б-р|шосе|набережна|"
    r"набережній|набережну|наб\.|сквер|узвіз|узвозі|тупик|тупику|алея|алеї|алею|майдан|майдані|лінія|лінії|"
    r"проїзд|проїзді|шлях|шляху|мікрорайон|мікрорайоні|мкр\.|мкрн\.|"
    # Russian
    r"улица|улице|улицу|ул\.|переулок|переулке|пер\.|проспекте|пр\.|площадь|площади|бульваре|шоссе|ш\.|"
    r"набережная|набережной|аллея|аллее|алл\.|проезд|проезде|пр-д|линия|тракт|микрорайон|микрорайоне|"
    r"квартал|"
    # Bulgarian
    r"булевард|бул\.|площад|ж\.к\.|"
    # Macedonian and Serbian
    r"булевар|булеварот|булевару|кеј|кеју|улицата|ул"
)
_HOUSE_WORD = r"(?i:буд\.|будинок|будинку|б\.|д\.|дом|дім|№)"
# Abbreviated house words: a form's writing, never prose ("на вулиці стоїть будинок 5" is prose).
_HOUSE_ABBR = r"(?i:буд\.|б\.|д\.|№)"
# Bulgarian forms write the block, entrance, floor and flat after the house ("№ 107, ет. 6, ап. 32",
# "бл. 25, вх. Б, ет. 3, ап. 12").
_UNIT_WORD = (
    r"(?i:кв\.?|квартира|кв-ра|корп\.|корпус|к\.|стр\.|строение|под\.|під\.|оф\.|офіс|офис|ет\.|эт\.|етаж|вх\.|вход|"
    r"ап\.|апартамент|бл\.|блок)"
)
_HOUSE = rf"\d{{1,4}}[{_L}A-Za-z]?(?:[ \t]?[/\-][ \t]?\d{{1,4}}[{_L}A-Za-z]?)?"
_ORDINAL = rf"\d{{1,3}}-?[{_L}]{{1,3}}"
_CAP = rf"[А-ЯЁІЇЄҐЎЂЈЉЊЋЏ][{_L}{_APOS}\-]*"
_ANY = rf"[{_L}][{_L}{_APOS}\-]*\.?"
# The name: capitalised words, ordinals and abbreviations ("ст."), and with a house word any words.
# An initial may be glued to the name ("Р.Люксембург"); a number may start it ("70 лет Октября", "Мая 1").
_INITIAL = r"(?:[А-ЯЁІЇЄҐЎЂЈЉЊЋЏ]\.[ \t]?)?"
# A regnal number in Latin capitals may follow a word of the name ("ул. Княз Борис I № 5", "Петра I, 4").
_REGNAL = r"[IVX]{1,4}(?![\w])"
# Numbered microdistricts of Central Asian cities glue their number to the name ("мкр. Восток-5 44-15",
# "мкр. Джал-29, д. 12": house 44, flat 15).
_NUMBERED = r"(?:-\d{1,3}(?![\d/]))?"
_NAME_CAPS = (
    rf"(?:{_INITIAL}{_CAP}{_NUMBERED}\.?|{_ORDINAL})(?:[ \t]+(?:{_INITIAL}{_CAP}\.?|{_ORDINAL}|{_REGNAL})){{0,4}}"
)
_NAME_ANY = (
    rf"(?:{_INITIAL}{_CAP}{_NUMBERED}\.?|{_ORDINAL}|\d{{1,3}}(?=[ \t]+[{_L}]))"
    rf"(?:[ \t]+(?!{_HOUSE_WORD}[ \t\d])(?:{_ANY}|{_ORDINAL}|{_REGNAL}|\d{{1,3}})){{0,5}}"
)
# A unit is numbered, or lettered alone (an entrance: "вх. Б", "вх. A").
_UNITS = rf"(?:,?[ \t]*{_UNIT_WORD}[ \t]*(?:\d{{1,4}}[{_L}A-Za-z]?(?:/\d{{1,4}})?|[А-ЯA-Z](?![{_L}\w])))*"
# A name in quotes, as Bulgarian writes it ("ул. „Шипка“ № 107", "бул. «Витоша» 15", 'ж.к. "Люлин"').
_QUOTED = rf"[„\"«“][ \t]*[{_L}0-9][^„“”\"«»\n]{{0,60}}?[“”\"»]"
# A housing estate and its block instead of a house ("ж.к. Люлин, бл. 25, вх. Б", "жк „Младост 1“ бл. 5").
_ESTATE = r"(?:ж\.[ \t]?к\.|жк|к-с|комплекс)"
# Types that are also common nouns ("парк", "сад"): a street only with a house word ("парк Шевченка, буд. 3").
_WEAK_TYPES = r"парк|парку|сад|саду|сквері|гай"
_STREET = re.compile(
    rf"(?<![\w\-])(?:(?i:{_TYPES})[ \t]+"
    rf"(?:{_NAME_ANY}[ \t]*,?[ \t]*{_HOUSE_WORD}[ \t]*{_HOUSE}|{_NAME_CAPS},?[ \t]+{_HOUSE})"
    rf"|(?i:{_TYPES})[ \t]+{_QUOTED}[ \t]*,?[ \t]*(?:{_HOUSE_WORD}[ \t]*)?{_HOUSE}"
    rf"|(?i:{_ESTATE})[ \t]*(?:{_QUOTED}|{_NAME_CAPS})[ \t]*,?[ \t]*(?:бл\.|блок)[ \t]*{_HOUSE}"
    rf"|(?i:{_WEAK_TYPES})[ \t]+{_NAME_ANY}[ \t]*,?[ \t]*{_HOUSE_WORD}[ \t]*{_HOUSE})(?![\d{_L}]){_UNITS}"
)

# In lower case (SMS, forms typed fast: "сквер буковинська, буд. 48", "ул. коллективная, д. 4/6 к. 6/1") no
# capital marks the name: a street type and an abbreviated house word (or a comma and any house word) make
# the line a street; without a house word only an abbreviated type does ("вул. шевченка 12."), and then the
# number ends the clause ("вул. була закрита 3 дні" is prose).
# Words of the name may carry a glued initial ("м.горького") or be an ordinal ("травневий 5-й").
_LOWER_WORD = rf"(?:[{_L}][{_L}{_APOS}\-]*\.)?{_ANY}"
_LOWER_NAME = rf"{_LOWER_WORD}(?:[ \t]+(?!{_HOUSE_WORD}[ \t\d])(?:{_LOWER_WORD}|{_ORDINAL})){{0,2}}"
_ABBR_TYPES = r"вул\.|ул\.|пров\.|пер\.|просп\.|пр-т|пр-кт|бул\.|бульв\.|наб\."
_LOWER_STREET = re.compile(
    rf"(?<![\w\-])(?i:{_TYPES}|{_WEAK_TYPES})[ \t]+{_LOWER_NAME}"
    rf"(?:[ \t]*,[ \t]*{_HOUSE_WORD}|[ \t]+{_HOUSE_ABBR})[ \t]*{_HOUSE}(?![\d{_L}]){_UNITS}"
    rf"|(?<![\w\-])(?i:{_ABBR_TYPES})[ \t]*{_LOWER_NAME},?[ \t]+{_HOUSE}(?![\d{_L}]){_UNITS}"
    rf"(?=[ \t]*(?:[.,;:!?)\n]|$))"
)

# The type after an adjective name ("Ленинский пр-т, д. 32А", "Тверская ул., 7", "Хрещатик вул. 5" is rare) and
# an adjective name with a house word and no type ("живу на Тверской, дом 7"; "Садовая, д. 5").
_ADJ_NAME = rf"[А-ЯЁІЇЄҐ][{_L}\-]{{2,}}(?:ий|ый|ой|ая|яя|ое|ее|ій|ая|ої|ей|ого|ему|ом)"
_TYPES_AFTER = (
    r"ул\.|улица|пр-т|пр-кт|проспект|пр\.|пер\.|переулок|бульвар|б-р|бул\.|шоссе|ш\.|наб\.|набережная|пл\.|площадь|"
    r"проезд|пр-д|тупик|вулиця|вул\.|провулок|пров\.|просп\.|площа|узвіз"
)
_NAMED_FIRST = re.compile(
    rf"(?<![\w\-])(?:(?:{_CAP}[ \t]+)?{_ADJ_NAME}[ \t]+(?:{_TYPES_AFTER})[ \t]*,?[ \t]*(?:{_HOUSE_WORD}[ \t]*)?{_HOUSE}"
    # Without a type, a comma or an abbreviated house word ("Первый дом 5 этажей" is prose).
    rf"|(?:{_CAP}[ \t]+)?{_ADJ_NAME}(?:,[ \t]*(?:{_HOUSE_WORD}|дом)|[ \t]+(?:д\.|буд\.|№))[ \t]*{_HOUSE})"
    rf"(?![\d{_L}]){_UNITS}"
)


def cyrillic_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street-line spans of ``text`` written in Cyrillic (with the house and unit parts)."""
    if not has_cyrillic(text):
        return []
    out = []
    for pattern in (_STREET, _LOWER_STREET, _NAMED_FIRST):
        for m in pattern.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ",. ":
                end -= 1
            out.append((m.start(), end, E.STREET_ADDRESS))
    # Macedonian, Serbian and Bulgarian lines write no street word: known by the address around them.
    return out + balkan_street_spans(text)
