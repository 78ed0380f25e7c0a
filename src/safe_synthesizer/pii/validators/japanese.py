"""Japanese values: kanji/kana names, addresses (prefecture, 市/区/町/村, 丁目/番/号) and 〒 postcodes.

Japanese is written without spaces between address parts and with the family name first, so the
Latin-script shape checks of :mod:`.names` and :mod:`.places` do not see these values. Name lists
come from Faker's ``ja_JP`` provider (kanji, katakana and romanised forms); addresses are told by
their administrative units rather than by a list, so unlisted towns count too.

Example::

    ja_full_name("山口 花子")  # True (family name, then given name)
    is_japanese_address("〒100-0001 東京都千代田区千代田1丁目1番1号")  # True
    is_japanese_town("夷隅郡大多喜町")  # True
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

from safe_synthesizer.utils.scripts import CJK_LETTERS, HALFWIDTH_KANA, HAN, KANA

# Kana, CJK ideographs (with extension A), the iteration mark and half-width katakana.
CJK_CHARS = f"{CJK_LETTERS}\u3006{HALFWIDTH_KANA}"
_CJK_ONLY = re.compile(rf"^[{CJK_CHARS}]+$")
_HAS_CJK = re.compile(rf"[{CJK_CHARS}]")
_HAS_KANA = re.compile(f"[{KANA}{HALFWIDTH_KANA}]")
#: 〒100-0001 (the mark is optional; full-width digits are normalised by the caller if at all).
JA_POSTCODE = re.compile(r"^〒?\s?\d{3}-\d{4}$")
JA_POSTCODE_LEAD = re.compile(r"^〒?\s?\d{3}-\d{4}\s*")
# A municipality unit followed by a block/lot number: ...市/区/町/村 ... 1丁目2番3号 / 2番地 / 1-2-3.
_UNIT = re.compile(r"[都道府県市区町村郡]")
_BLOCK = re.compile(r"(?:\d+|[一二三四五六七八九十]+)\s*(?:丁目|番地?|号)|\d+-\d+(?:-\d+)?")
_TOWN = re.compile(rf"^[{CJK_CHARS}]{{1,12}}[市区町村]$")
# A district and a full block number without a municipality (``鶴ヶ丘42丁目16番4号``, ``浅草1丁目2番``).
_CHOME_LINE = re.compile(rf"^[{CJK_CHARS}]{{1,12}}\d{{1,3}}丁目\d{{1,4}}番地?(?:\d{{1,4}}号?)?$")
# A district and a dashed chōme-ban-gō without a municipality (``北上野5-26-4``, ``鶴ヶ丘2-30-12``): three
# parts, none starting with 0 (phone numbers do), the district no number label (``第``, ``型番``, ``電話``).
DASH_LINE = re.compile(
    rf"^(?P<place>[{CJK_CHARS}\uff21-\uff3a\uff41-\uff5a]{{1,24}})[1-9]\d{{0,2}}-[1-9]\d{{0,3}}-[1-9]\d{{0,3}}(?:号)?$"
)
_LABEL_END = re.compile(r"(?:電話|番号|携帯|内線|第|型|番|号|版|期|条|項|室|階|口座)$")


@lru_cache(maxsize=1)
def _person_provider():
    return importlib.import_module("faker.providers.person.ja_JP").Provider


@lru_cache(maxsize=1)
def _address_provider():
    return importlib.import_module("faker.providers.address.ja_JP").Provider


def _names(*attributes: str) -> frozenset[str]:
    provider = _person_provider()
    out: set[str] = set()
    for attribute in attributes:
        out.update(str(v).lower() for v in getattr(provider, attribute, ()) or ())
    return frozenset(out)


@lru_cache(maxsize=1)
def ja_first_names() -> frozenset[str]:
    """Given names of Faker ``ja_JP``: kanji, katakana and romanised (lower-cased)."""
    return _names(
        "first_names", "first_names_male", "first_names_female", "first_kana_names", "first_kana_names_male",
        "first_kana_names_female", "first_romanized_names", "first_romanized_names_male",
        "first_romanized_names_female",
    )  # fmt: skip


@lru_cache(maxsize=1)
def ja_last_names() -> frozenset[str]:
    """Family names of Faker ``ja_JP``: kanji, katakana and romanised (lower-cased)."""
    return _names("last_names", "last_kana_names", "last_romanized_names")


@lru_cache(maxsize=1)
def prefectures() -> tuple[str, ...]:
    """The 47 prefectures (``東京都``, ``北海道``, ``大阪府``, ``愛知県``)."""
    return tuple(str(p) for p in _address_provider().prefectures)


def has_cjk(value: str) -> bool:
    """``value`` holds a kana or CJK ideograph."""
    return bool(_HAS_CJK.search(value))


def has_kana(value: str) -> bool:
    """``value`` holds hiragana or katakana (Japanese rather than Chinese)."""
    return bool(_HAS_KANA.search(value))


def split_unspaced(word: str) -> tuple[str, str] | None:
    """``山口花子`` -> ``("山口", "花子")``: a listed family name followed by a listed given name."""
    firsts, lasts = ja_first_names(), ja_last_names()
    for i in range(1, min(4, len(word) - 1) + 1):
        if word[:i] in lasts and word[i:] in firsts:
            return word[:i], word[i:]
    return None


def ja_full_name(value: str) -> bool:
    """A Japanese full name: family then given name (spaced or not), or given then family when spaced
    (romanised, or kanji as Western forms export it: ``陽子 山田``)."""
    words = value.lower().replace("\u3000", " ").split()
    firsts, lasts = ja_first_names(), ja_last_names()
    if len(words) == 1:
        return bool(_CJK_ONLY.match(words[0])) and split_unspaced(words[0]) is not None
    if len(words) != 2:
        return False
    a, b = words
    return (a in lasts and b in firsts) or (a in firsts and b in lasts)


def is_japanese_address(value: str) -> bool:
    """A Japanese address: a prefecture or municipality unit and a block number (``丁目``/``番``/``号``).

    ``〒`` postcodes in front and building or room parts after a comma or line break are allowed.
    """
    text = JA_POSTCODE_LEAD.sub("", value.strip())
    head = re.split(r"[,\n、]", text, maxsplit=1)[0].strip()
    if len(head) < 4 or len(head) > 80 or not has_cjk(head):
        return False
    if _CHOME_LINE.match(head):
        return True
    dashed = DASH_LINE.match(head)
    if dashed:
        place = dashed.group("place")
        # A kanji district, no number label, no particle last ("ですか1-2-3"), no katakana word alone ("サイズ").
        if re.search(f"[{HAN}]", place) and not _LABEL_END.search(place) and not re.match("[\u3040-\u309f]", place[-1]):
            return True
    prefixed = head.startswith(prefectures())
    return bool(_BLOCK.search(head)) and (prefixed or bool(_UNIT.search(head)))


def is_japanese_town(value: str) -> bool:
    """A municipality: kanji/kana ending in 市, 区, 町 or 村 (``南房総市``, ``横浜市中区``)."""
    return bool(_TOWN.match(value.strip()))


def is_prefecture(value: str) -> bool:
    """One of the 47 prefectures, with or without its 都/道/府/県 suffix."""
    text = value.strip()
    return text in prefectures() or any(p[:-1] == text for p in prefectures() if p != "北海道")
