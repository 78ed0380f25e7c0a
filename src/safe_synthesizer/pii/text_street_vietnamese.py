"""Vietnamese street lines in free text: ``123 Đường Lê Lợi``, ``Số 3/57/255 phố Kinh Dương Vương``,
``86/369 Ngõ 30 đường Hoàng Văn Thụ``, ``9/58 đường 2 Tháng 9``, ``Số 4 Đường số 33``, ``Số 297 Nguyễn Huệ``.

A Vietnamese address is written smallest part first: the house (``Số 12``, ``12``, alley numbers joined by
slashes ``9/93/837``), the lanes it sits on (``Ngõ 30``, ``Ngách 5``, ``Hẻm 33``, ``Kiệt 4``, ``Khóm 11``,
``Khu 65``, ``Tổ 3``, ``Ấp 2``, ``Thôn 4``, ``Xóm 1``), then the road (``Đường``/``Phố``/``Đại lộ`` and its
name, which may be a number: ``Đường số 1``, ``phố 98``, ``đường 2 Tháng 9``), then the ward (``Phường Bến
Nghé``, ``P. 7``, ``Xã Hòa Thành``), the district and the city. The line is taken from the house to the road,
with the ward (a fake street in the old ward would still point at the home); district and city stay.

Three layouts make a line without doubt: a house number before a lane or a road word; ``Số`` and a house
number before a capitalised name (``Số 297 Nguyễn Huệ``); a capitalised ``Đường``/``Phố`` before a
capitalised name. A house number right before a name alone (``1 Đinh Tiên Hoàng``) is a street only after an
address cue (``địa chỉ``, ``ở``, ``sống tại``, ``address``, ``lives at``). "số" alone means "number" in
prose (``số điện thoại 0912...``): it counts only before a house number and a name.

Example::

    vietnamese_street_spans("địa chỉ: 9/58 đường 2 Tháng 9, TP. Huế")  # [(9, 29, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["UPPER", "vietnamese_street_spans"]

# Every capital letter of the Latin scripts (Vietnamese Ư, Ơ, Đ, Ấ, Ệ... included).
UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isalpha() and c.isupper())
_GATE = re.compile(
    r"(?i)(?:đường|phố|ngõ|ngách|hẻm|kiệt|khóm|khu|tổ|ấp|thôn|xóm|đại lộ|số|địa chỉ|ở|tại|address|lives?|moved)"
)
# A capitalised syllable (or a Latin name's particle: "Alexandre de Rhodes").
_SYL = rf"[{UPPER}][^\W\d_]*"
_NAME = rf"{_SYL}(?:[ \t]+(?:(?:de|la|du)[ \t]+)?{_SYL}){{0,4}}"
_HOUSE = r"(?:(?:[Ss]ố|SỐ)[ \t]+)?\d{1,5}[A-Za-z]?(?:/\d{1,5}[A-Za-z]?){0,3}"
_LANE = r"(?:[Nn]gõ|NGÕ|[Nn]gách|[Hh]ẻm|HẺM|[Kk]iệt|[Kk]hóm|[Kk]hu(?:[ \t]+phố)?|[Tt]ổ|[Ấấ]p|[Tt]hôn|[Xx]óm)"
_LANE_PART = rf"{_LANE}[ \t]+(?:số[ \t]+)?\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?"
_ROAD = r"(?:[Đđ]ường|ĐƯỜNG|[Pp]hố|PHỐ|[Đđ]ại[ \t]+lộ|[Qq]uốc[ \t]+lộ|[Tt]ỉnh[ \t]+lộ|Đ\.)"
# The road's name: capitalised words, or a number ("Đường số 1", "phố 98", "đường 2 Tháng 9").
_ROAD_NAME = rf"(?:{_NAME}|(?:số[ \t]+)?\d{{1,3}}[A-Z]?(?:[ \t]+Tháng[ \t]+\d{{1,2}})?)"
_ROAD_PART = rf"{_ROAD}[ \t]+{_ROAD_NAME}"
# The ward after the road ("Phường Bến Nghé", "P. 7", "phường 12", "Xã Hòa Thành").
_WARD = rf"(?:[ \t]*,?[ \t]*(?:[Pp]hường|PHƯỜNG|P\.|[Xx]ã|XÃ)[ \t]*(?:{_NAME}|\d{{1,2}}))?"
_CUE = (
    r"(?:(?i:địa[ \t]+chỉ(?:[ \t]+mới)?(?:[ \t]+là)?|(?:sống|cư[ \t]+trú|thường[ \t]+trú|tạm[ \t]+trú|trú|nhà)"
    r"[ \t]+(?:tại|ở)|chuyển[ \t]+(?:đến|về)|address(?:[ \t]+is)?|lives?(?:[ \t]+alone)?[ \t]+at|moved[ \t]+to)"
    r"|(?<![\w])[Ởở])[ \t]*:?[ \t]*"
)
_LINES = (
    # House, lanes, road: "86/369 Ngõ 30 đường Hoàng Văn Thụ", "955 Đường số 1", "821 Khu 96 Lê Văn Sỹ".
    re.compile(
        rf"(?<![\w/.,]){_HOUSE}[ \t]+(?:{_LANE_PART}[ \t]*,?[ \t]*){{0,3}}"
        rf"(?:{_ROAD_PART}|{_NAME})?{_WARD}"
    ),
    # "Số" and the house, then a capitalised name: "Số 297 Nguyễn Huệ", "Số 1/52 Khóm 11 Nguyễn Văn Cừ".
    re.compile(
        rf"(?<![\w])(?:[Ss]ố|SỐ)[ \t]+\d{{1,5}}[A-Za-z]?(?:/\d{{1,5}}){{0,3}}[ \t]+"
        rf"(?:{_LANE_PART}[ \t]+)*{_NAME}{_WARD}"
    ),
    # A capitalised road word and its name, no house: "Đường Lê Lợi", "Phố Huế".
    re.compile(rf"(?<![\w])(?:Đường|ĐƯỜNG|Phố|PHỐ|Đại[ \t]+lộ)[ \t]+{_NAME}{_WARD}"),
)
# After an address cue, a house number and a name alone: "địa chỉ mới 1 Đinh Tiên Hoàng".
_CUED = re.compile(rf"{_CUE}(?P<street>{_HOUSE}[ \t]+(?:{_LANE_PART}[ \t]+)*{_NAME}{_WARD})")
_HAS_PART = re.compile(rf"{_LANE}[ \t]+(?:số[ \t]+)?\d|{_ROAD}[ \t]")


def vietnamese_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Vietnamese street lines (house, lanes, road, ward) in ``text``."""
    if not _GATE.search(text):
        return []
    out = []
    for i, line in enumerate(_LINES):
        for m in line.finditer(text):
            if i == 0 and not _HAS_PART.search(m.group()):
                continue  # a bare number: no lane or road word after it
            out.append((m.start(), _trim(text, m.start(), m.end()), E.STREET_ADDRESS))
    for m in _CUED.finditer(text):
        out.append((m.start("street"), _trim(text, m.start("street"), m.end("street")), E.STREET_ADDRESS))
    return out


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ",. \t":
        end -= 1
    return end
