"""Korean street addresses in free text: road-name addresses (도로명주소) and lot-number addresses (지번주소).

A Korean address is written largest part first, its parts apart: a province or metropolitan city
(``서울특별시``, ``경기도``), a city, county or district (``수원시 팔달구``, ``중랑구``), then

- a road and the building's number: ``세종대로 209``, ``영동대32길 862``, ``판교역로235번길 12``,
  ``종로3가 5``, ``학동로 지하773`` (a basement entrance); or
- a neighbourhood (dong/ri) and the lot number: ``역삼동 123-45``, ``화도읍 가곡리 산 12``, ``736번지``;

then maybe the flat (``101동 1001호``, ``5층``) and the neighbourhood or building in brackets
(``(삼평동)``, ``(현정장이마을)``). Particles glue to the last part (``…862에``, ``…209입니다``) and
are not part of the span.

Guards: a road with no province or district before it needs a stem of two syllables or more and ends in
``로``/``길``/``대로`` (or holds a number, ``봉은사3가``): ``택시로 5분``, ``가는 길 3번`` are prose, and
a number followed by a counter (``5분``, ``3명``, ``2시``, ``10km``) is no building number. A place word
only joins the address when it is a real administrative unit: ``다시``, ``친구`` (one syllable before
``시``/``구``) are ordinary words, except the five one-syllable districts (``중구``, ``동구``, ``서구``,
``남구``, ``북구``).

Example::

    korean_street_spans("새 주소는 서울특별시 종로구 세종대로 209 (세종로)입니다.")
    # [(6, 30, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["korean_street_spans"]

_H = "가-힣"
# A province or metropolitan city, long or short ("서울특별시", "경기도", "제주특별자치도", "서울").
_PROVINCE = (
    rf"[{_H}]{{1,6}}(?:특별자치시|특별자치도|특별시|광역시)"
    r"|(?:경기|강원|충청남|충청북|전라남|전라북|경상남|경상북|제주)도"
    r"|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
)
# A city, county or district: a stem of two syllables or more, or one of the five compass districts.
_DISTRICT = rf"(?:[{_H}]{{2,6}}(?:시|군|구)|[중동서남북]구)"
# A town or township of a county ("화도읍", "가평면").
_TOWNSHIP = rf"[{_H}]{{1,5}}(?:읍|면)"
_ADMIN = rf"(?:(?:{_PROVINCE})[ \t]+)?(?:{_DISTRICT}[ \t]+){{1,2}}(?:{_TOWNSHIP}[ \t]+)?|(?:{_PROVINCE})[ \t]+"
# A road: its name, maybe a number glued ("영동대32길", "봉은사3가"), its type; maybe a side road numbered
# from it ("판교역로235번길").
_ROAD = rf"[{_H}]{{1,10}}(?:\d{{1,4}})?(?:대로|로|길|거리|가)(?:\d{{1,4}}번?(?:길|가))?"
# Counters and measures after a number: an amount, a time or a date, not a building ("5분", "3명", "10km").
_COUNTER = r"(?![\d\-]|[.,:]\d|[시분초명개번일월년원층호세살회차대권장주배건점박]|[A-Za-z%])"
_NUMBER = rf"(?:지하[ \t]?)?\d{{1,5}}(?:-\d{{1,4}})?(?:번지)?{_COUNTER}"
# The flat after the building ("101동 1001호", "1001호", "5층"), then a bracketed neighbourhood or building.
_FLAT = r"(?:,?[ \t]*(?:\d{1,4}동[ \t]*)?\d{1,5}호|,?[ \t]*\d{1,3}층)?"
_BRACKET = rf"(?:[ \t]?\([{_H}0-9 ,·\-]{{1,30}}\))?"
_ROAD_LINE = re.compile(rf"(?<![{_H}\d])(?P<admin>{_ADMIN})?(?P<road>{_ROAD})[ \t]+(?P<no>{_NUMBER}){_FLAT}{_BRACKET}")
# A lot-number address: a district at least, the neighbourhood (dong, ri, ga), the lot ("산 12": a hill lot).
_LOT_LINE = re.compile(
    rf"(?<![{_H}\d])(?:(?:{_PROVINCE})[ \t]+)?(?:{_DISTRICT}[ \t]+){{1,2}}(?:{_TOWNSHIP}[ \t]+)?"
    rf"[{_H}]{{1,8}}\d{{0,2}}(?:동|리|가)[ \t]+(?:산[ \t]?)?\d{{1,5}}(?:-\d{{1,4}})?(?:번지)?{_COUNTER}"
    rf"{_FLAT}{_BRACKET}"
)
_HANGUL = re.compile(rf"[{_H}]")


def _road_alone_ok(road: str) -> bool:
    """A road with no province or district before it: a stem of two syllables before ``로``/``길``/``대로``,
    or a number glued in it ("봉은사3가", "백제고분76거리")."""
    if re.search(r"\d", road):
        return True
    m = re.fullmatch(rf"([{_H}]+?)(대로|로|길)", road)
    return bool(m) and len(m.group(1)) >= 2


def korean_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Korean road-name and lot-number addresses in ``text`` (see the module); empty without Hangul."""
    if not _HANGUL.search(text) or not any(ch.isdigit() for ch in text):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _ROAD_LINE.finditer(text):
        if not m.group("admin") and not _road_alone_ok(m.group("road")):
            continue
        out.append((m.start(), m.end(), E.STREET_ADDRESS))
    for m in _LOT_LINE.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), E.STREET_ADDRESS))
    return sorted(out)
