"""Japanese street lines in free text, at any granularity.

A Japanese address is written largest part first without spaces and ends in a block number:
``東京都千代田区千代田1丁目1番1号``, ``浅草1丁目2番``, or the short ``北上野5-26-4`` (district, then
chōme-ban-gō joined by dashes). Notes often give only the district and the block
(``住所は戸島2-30-12です``, ``現場雷門2-26-3、``). A run of kanji (with ヶ/ケ/ノ/々) right before

- a full block (``1丁目2番3号``, ``2丁目14``, ``3番地``) or a three-part dashed block (``5-26-4``) is an
  address line;
- a two-part dashed block (``12-3``) is one only after an address cue (``住所``, ``現場``, ``所在地``) or
  when the place names a municipality or prefecture (``…市``, ``…区``, ``…町``, ``…県``).

Phone numbers (a part starting with 0), article numbers (``第3-1-2条``) and model numbers (``型番``)
are no addresses. Cue words glued in front (``住所北上野5-26-4``) are not part of the span.

Example::

    cjk_street_spans("事案報告：住所北上野5-26-4。")
    # [(7, 16, 'address')]  (a line the Japanese address check knows; else 'street_address')
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.validators.japanese import is_japanese_address
from safe_synthesizer.utils.scripts import HAN

__all__ = ["cjk_street_spans"]

# Kanji, ヶ/ケ/ノ/々, katakana and full-width Latin letters of building names (虎ノ門ヒルズ森タワー,
# 丸の内ＪＰタワー) and の between two kanji; hiragana otherwise ends the place (particles: は, の, で).
_PLACE = f"(?:[{HAN}\u3005\u30a1-\u30fa\u30fc\uff21-\uff3a\uff41-\uff5a]|の(?=[{HAN}]))"
_NUM = r"(?:[1-9]\d{0,3}|[一二三四五六七八九十]{1,3})"
_FULL_BLOCK = (
    rf"{_NUM}丁目(?:[1-9]\d{{0,3}}番地?(?:[1-9]\d{{0,3}}号?)?|[1-9]\d{{0,3}}(?:-[1-9]\d{{0,3}})?)?"
    rf"|[1-9]\d{{0,3}}番地(?:[1-9]\d{{0,3}}号?)?"
)
_DASH3 = r"[1-9]\d{0,2}-[1-9]\d{0,3}-[1-9]\d{0,3}"
_DASH2 = r"[1-9]\d{0,3}-[1-9]\d{0,3}"
_LINE = re.compile(
    rf"(?:〒?\d{{3}}-\d{{4}}[ \t\u3000]*)?(?P<place>{_PLACE}{{1,24}})"
    rf"(?P<block>{_FULL_BLOCK}|{_DASH3}|{_DASH2})(?:号|番地)?(?![\d\-])"
)
# Cue words glued before the place ("住所北上野…", "现场…"); the span starts after the last one.
_CUE = re.compile(
    r"(?:現住所|住所地|住所|所在地|現場|自宅|居所|本籍|送付先|届け先|配送先|勤務先|連絡先|地址|住址|现场|现住址)"
)
# A cue just before the place, apart from it ("住所：", "住所は", "現場 ").
_CUE_BEFORE = re.compile(rf"{_CUE.pattern}[ \t\u3000]*[：:は]?[ \t\u3000]*$")
# A place ending in these is a number's label, not a district ("電話", "第", "型番", "内線").
_LABEL_END = re.compile(r"(?:電話|番号|携帯|内線|第|型|番|号|版|期|条|項|号室|室|階|部屋|口座|账户|账号|卡号|编号|票)$")
_UNIT = re.compile(r"[都道府県市区町村郡]")


def cjk_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Japanese address lines (district + block number, or longer) in a note, cue words left out."""
    out = []
    for m in _LINE.finditer(text):
        place, block = m.group("place"), m.group("block")
        cue_end = 0
        for c in _CUE.finditer(place):
            cue_end = c.end()
        cued = cue_end > 0 or bool(_CUE_BEFORE.search(text[max(0, m.start() - 10) : m.start()]))
        place_start = m.start("place") + cue_end
        place = place[cue_end:]
        if not re.search(f"[{HAN}]", place) or _LABEL_END.search(place):
            continue  # no kanji: a katakana word or a code ("サイズ3-4-5")
        if re.fullmatch(_DASH2, block) and not (cued or _UNIT.search(place)):
            continue
        start = m.start() if m.start() < m.start("place") and cue_end == 0 else place_start
        # A line the Japanese address check knows is faked as a Japanese address, not a Faker street
        # line of the locale (Faker ja_JP's ``street_address`` reads "289 青木 Street").
        entity = E.ADDRESS if is_japanese_address(text[start : m.end()]) else E.STREET_ADDRESS
        out.append((start, m.end(), entity))
    return out
