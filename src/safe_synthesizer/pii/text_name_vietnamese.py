"""Vietnamese names in notes: ``Dương Dũng xin cấp lại đơn thuốc``, ``next of kin: Nguyễn Quang``,
``NGUYỄN VĂN AN``, ``Surname/First: bùi phúc``.

Vietnamese writes the family name first, then a middle and a given name, each one syllable; a few
dozen family names cover nearly everyone (Nguyễn alone about four in ten). Faker's ``vi_VN`` list holds
some forty words, so the list-based rules saw almost none of these names, and the English NER model
reads no Vietnamese. A name here is

1. a listed family name (with its marks: ``Nguyễn``, ``Trần``, ``Lê``, ``Đặng``; or the unmarked forms
   only Vietnamese has: ``Nguyen``, ``Tran``, ``Pham``, ``Huynh``, ``Truong``), then one to three
   syllables of up to seven letters, all capitalised or all in capitals as the family name is;
2. with at least one letter only Vietnamese writes (``ư``, ``ơ``, ``đ``, ``ạ``, ``ễ``...) in the name, or
   an unmarked middle name only Vietnamese uses (``Van``, ``Thi``, ``Duc``, ``Huu``): ``Tran Long`` in
   English prose may be anything;
3. not a town or province after its word (``TP. Hồ Chí Minh``, ``quận Hoàng Mai``);
4. in lower case (``bùi phúc``) only after a colon, at a line start or after a role word, with a
   Vietnamese letter in it.

Example::

    vietnamese_name_spans("Dương Dũng xin cấp lại đơn thuốc")  # [(0, 10, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers

__all__ = ["vietnamese_name_spans"]

_FAMILIES = frozenset(
    """nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trương đoàn lâm mai cao hà tô
    tạ lương trịnh đào kiều quách châu lưu triệu vương phùng diệp nghiêm hứa từ đàm đồng thạch bạch khúc
    doãn mạc âu tăng thái chu lã nông lò""".split()  # noqa: SIM905
)
# Unmarked forms that are no common word of another language.
_PLAIN_FAMILIES = frozenset("nguyen tran pham huynh hoang truong duong trinh dang luong doan dinh".split())  # noqa: SIM905
_PLAIN_MIDDLES = frozenset("van thi duc huu quoc thanh ngoc xuan cong dinh minh hoang gia bao kim".split())  # noqa: SIM905
# Letters only Vietnamese writes among the Latin scripts the detector sees.
# (``â``, ``ê``, ``ô`` are French and Portuguese letters too.)
_VIET = re.compile(
    "[ăđơưĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐƠƯĨŨẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]"
)
# One syllable: up to seven letters.
_TOKEN = re.compile(r"(?<![\w'’\-])[^\W\d_]{1,7}(?![\w'’\-])")
_PLAIN = re.compile(r"(?i:nguyen|tran|pham|huynh|hoang|truong|duong|trinh)")
_MIDDLES = frozenset("văn thị hữu đức quốc thanh ngọc xuân công đình minh hoàng gia bảo kim thế".split())  # noqa: SIM905
# Words before a place named like a person ("TP. Hồ Chí Minh", "quận Hoàng Mai", "tỉnh Bà Rịa").
_PLACE_BEFORE = re.compile(r"(?i:(?:tp\.?|thành phố|tỉnh|quận|huyện|phường|xã|thị xã|q\.|p\.)[ \t]*)$")
_ROLE_BEFORE = re.compile(
    r"(?i:(?:kin|contact|caller|patient|client|ông|bà|anh|chị|em|cô|chú|bác|bé|khách hàng|bệnh nhân|"
    r"người nhà|họ tên|họ và tên|tên)[ \t]*)$"
)


def _case(word: str) -> str:
    if word.isupper():
        return "upper"
    if word[:1].isupper() and (len(word) == 1 or word[1:].islower()):
        return "title"
    return "lower" if word.islower() else ""


# Provinces, cities and districts whose first word is a family name (the gazetteers lack Vietnam).
_VIET_PLACES = frozenset(
    ("hà nội", "hồ chí minh", "hà giang", "hà nam", "hà tĩnh", "cao bằng", "lâm đồng", "đồng nai", "đồng tháp",
     "châu đốc", "đồng hới", "hà đông", "hoàng mai", "đồng xoài", "đồng hà", "lê chân", "tô hiệu", "lý sơn",
     "vũng tàu", "hồ tây", "hồ gươm")
)  # fmt: skip


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return gazetteers.all_cities() | gazetteers.all_regions() | _VIET_PLACES


def _lower_context(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip(" \t")
    return not before or before.endswith(":") or bool(_ROLE_BEFORE.search(before))


def _a_place(words: list[str]) -> bool:
    """The words, or their first two or three, name a place ("Hà Nội", "Hồ Chí Minh City")."""
    low = [w.lower() for w in words]
    return any(" ".join(low[:n]) in _places() for n in range(2, len(low) + 1))


def _distinct(words: list[str]) -> bool:
    """The name is Vietnamese: a letter only Vietnamese writes, a marked family name (``Bùi``, ``Lê``), or
    an unmarked family name with an unmarked Vietnamese middle name (``Nguyen Van``)."""
    family = words[0].lower()
    if _VIET.search(" ".join(words)) or (family in _FAMILIES and not family.isascii()):
        return True
    return family in _PLAIN_FAMILIES and words[1].lower() in _PLAIN_MIDDLES


# An initial and a family name, as English notes abbreviate a Vietnamese name ("on D. Nguyễn's card").
_INITIAL_FAMILY = re.compile(r"(?<![\w.])[A-ZÀ-ÝĐ]\.[ \t]?(?P<family>[^\W\d_]{2,7})(?![\w\-])")


def _initial_names(text: str) -> list[tuple[int, int, str]]:
    """An initial before a marked family name (``Đặng``, ``Nguyễn``) or an unmarked one only Vietnamese has."""
    out = []
    for m in _INITIAL_FAMILY.finditer(text):
        family = m.group("family")
        key = family.lower()
        if _case(family) in ("title", "upper") and ((key in _FAMILIES and not key.isascii()) or key in _PLAIN_FAMILIES):
            out.append((m.start(), m.end(), E.NAME))
    return out


# Vietnamese nouns that stand before a family name without being a given name: street, lane, number, ward,
# district, city, province words ("phố Lê Lợi", "Số 12", "Quận Hà Đông").
_NOT_GIVEN = frozenset("đường phố ngõ ngách hẻm số quận huyện phường xã tỉnh thành tp khu ấp thôn xóm".split())  # noqa: SIM905
# An English note writes a Vietnamese name given name first ("no Hương Lê", "King's Ánh Đặng branch").
_PAIR = re.compile(r"(?<![\w'’\-])(?=(?P<given>[^\W\d_]{1,7})[ \t]+(?P<family>[^\W\d_]{1,7})(?![\w'’\-]))")
_ENGLISH_BEFORE = re.compile(r"[A-Za-z']+[ \t]+$")


def _given_first_names(text: str) -> list[tuple[int, int, str]]:
    """A title-case given name and a listed marked family name after an English word, with a letter only
    Vietnamese writes (``Hương Lê``): the Western order of a Vietnamese name in English prose."""
    out = []
    for m in _PAIR.finditer(text):
        given, family = m.group("given"), m.group("family")
        if _case(given) != "title" or _case(family) != "title":
            continue
        low_given, low_family = given.lower(), family.lower()
        if low_family not in _FAMILIES or low_family.isascii() or low_given in _FAMILIES or low_given in _NOT_GIVEN:
            continue
        if not _ENGLISH_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if _VIET.search(given + family) and not _a_place([given, family]):
            out.append((m.start("given"), m.end("family"), E.NAME))
    return out


def vietnamese_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of Vietnamese names (module docstring)."""
    if not _VIET.search(text) and not _PLAIN.search(text) and not any(ch in text for ch in "ùÙõÕôÔồỒ"):
        return []
    tokens = list(_TOKEN.finditer(text))
    out = _initial_names(text) + _given_first_names(text)
    i = 0
    while i < len(tokens) - 1:
        head = tokens[i]
        family = head.group().lower()
        case = _case(head.group())
        if (family not in _FAMILIES and family not in _PLAIN_FAMILIES) or not case:
            i += 1
            continue
        run = [head]
        for nxt in tokens[i + 1 : i + 4]:
            if text[run[-1].end() : nxt.start()] not in (" ", "\t") or _case(nxt.group()) != case:
                break
            run.append(nxt)
        if case == "lower":
            # Lower-case prose runs on: a middle name makes three syllables, else two.
            run = run[:3] if len(run) >= 3 and run[1].group() in _MIDDLES else run[:2]
        words = [t.group() for t in run]
        start, end = head.start(), run[-1].end()
        ok = len(words) >= 2 and _distinct(words)
        if ok and case == "lower" and not _lower_context(text, start):
            ok = False
        if ok and (_PLACE_BEFORE.search(text, max(0, start - 12), start) or _a_place(words)):
            ok = False
        if ok:
            out.append((start, end, E.NAME))
            i += len(run)
        else:
            i += 1
    return out
