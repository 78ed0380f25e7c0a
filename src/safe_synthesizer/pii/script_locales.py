"""Which Faker locale a column written in a non-Latin script belongs to.

The script decides most of it (Hangul -> ``ko_KR``, Thai -> ``th_TH``, kana -> ``ja_JP``, Greek ->
``el_GR``);
ideographs are Japanese when the column also has kana or Japanese names, addresses and towns, else
Chinese, traditional (``zh_TW``) or simplified (``zh_CN``) by the characters that differ between
the two (``陳``/``陈``, ``縣``/``县``); Cyrillic is Ukrainian when it uses ``і ї є ґ``, Russian when
it uses ``ы э ъ ё``, else
as the rest of the column.

Example::

    script_locale_votes(["김민준", "이서연"])  # Counter({"ko_KR": 2})
    script_locale_votes(["陳家豪", "林美玲"])  # Counter({"zh_TW": 2})
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from safe_synthesizer.pii.name_honorifics import strip_courtesy
from safe_synthesizer.pii.script_lexicon import spaced_script_of
from safe_synthesizer.pii.validators.japanese import (
    has_kana,
    is_japanese_address,
    is_prefecture,
    ja_first_names,
    ja_full_name,
    ja_last_names,
    prefectures,
)
from safe_synthesizer.pii.validators.names import ja_family_then_given
from safe_synthesizer.pii.validators.scripts import script_of

#: Faker locale of each script (ideographs and Cyrillic are decided per value below).
SCRIPT_LOCALE = {"hangul": "ko_KR", "katakana": "ja_JP", "hiragana": "ja_JP", "thai": "th_TH", "arabic": "ar_SA",
                 "devanagari": "hi_IN", "greek": "el_GR"}  # fmt: skip
#: Faker locale of each script :mod:`.script_lexicon` reads (Arabic and Devanagari are in :data:`SCRIPT_LOCALE`).
SPACED_SCRIPT_LOCALE = {"hebrew": "he_IL", "georgian": "ka_GE", "armenian": "hy_AM", "bengali": "bn_BD",
                        "gujarati": "gu_IN", "oriya": "or_IN", "tamil": "ta_IN", "sinhala": "si_LK"}  # fmt: skip
#: Locales whose fakes are written in a non-Latin script.
SCRIPT_LOCALES = frozenset(
    {"ja_JP", "zh_CN", "zh_TW", "ko_KR", "ru_RU", "uk_UA", "ar_SA", "ar_AA", "ar_PS", "fa_IR", "th_TH", "hi_IN",
     "ne_NP", "mr_IN", "el_GR", *SPACED_SCRIPT_LOCALE.values()}
)  # fmt: skip
# Letters Persian writes and Arabic does not (pe, che, zhe, gaf, keheh, Farsi yeh): a Persian value.
_PERSIAN = frozenset("پچژگکی")
# Common characters written differently in simplified and traditional Chinese (same position).
_SIMPLIFIED = (
    "陈刘张黄赵吴孙马罗郑谢许韩冯邓萧叶苏吕卢蒋钟谭陆贾韦邹龙贺顾龚钱严汤杨县区号门东华国凤伟丽杰强军红长宝湾广云书业乡"
    "镇卫爱宁荣庆兴发顺义礼贤贵凯鹏辉玮莹静刚胜达开乐铭锦钰琼桥楼园厅馆岭汉阳车鸟鱼风电话时间见贝头买卖过还进远运边连选"
    "师经纪约级结给统维线组织细绍绿莲兰丰艺节药讯设证识诚语说读课调质购贸资赛赖钢银铁锋闻阁际鸿鹤齐龄彦颖颜飞"
)
_TRADITIONAL = (
    "陳劉張黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧蔣鍾譚陸賈韋鄒龍賀顧龔錢嚴湯楊縣區號門東華國鳳偉麗傑強軍紅長寶灣廣雲書業鄉"
    "鎮衛愛寧榮慶興發順義禮賢貴凱鵬輝瑋瑩靜剛勝達開樂銘錦鈺瓊橋樓園廳館嶺漢陽車鳥魚風電話時間見貝頭買賣過還進遠運邊連選"
    "師經紀約級結給統維線組織細紹綠蓮蘭豐藝節藥訊設證識誠語說讀課調質購貿資賽賴鋼銀鐵鋒聞閣際鴻鶴齊齡彥穎顏飛"
)
_SIMPLIFIED_SET, _TRADITIONAL_SET = frozenset(_SIMPLIFIED), frozenset(_TRADITIONAL)
_JA_BLOCK = re.compile(r"丁目|番地|\d+番")
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_RUSSIAN = frozenset("ыэъёЫЭЪЁ")


@lru_cache(maxsize=1)
def _ja_towns() -> frozenset[str]:
    from faker.providers.address.ja_JP import Provider

    return frozenset(str(c) for c in (*Provider.cities, *getattr(Provider, "wards", ())))


def _japanese(value: str) -> bool:
    """Japanese by kana, listed names, prefectures and towns, or 丁目/番地 blocks (Chinese towns and
    addresses end in 市/区/号 too, so those units alone say nothing). A name is read without its
    courtesy word and comma (``山田花子様``, ``池田, 修平``)."""
    name = re.sub(r"[,，、]", " ", strip_courtesy(value))
    words = name.replace("\u3000", " ").split()
    return (
        has_kana(value)
        or ja_full_name(name)
        or (name != value and ja_family_then_given(name))
        or (is_japanese_address(value) and bool(_JA_BLOCK.search(value) or value.startswith(prefectures())))
        or is_prefecture(value)
        or value.strip() in _ja_towns()
        or (bool(words) and all(w in ja_last_names() or w in ja_first_names() for w in words))
    )


def value_locale(value: str) -> str | None:
    """The locale one value's script points to, ``None`` for Latin or undecided ideographs."""
    script = script_of(value)
    if script is None:
        return SPACED_SCRIPT_LOCALE.get(spaced_script_of(value) or "")
    if script == "arabic" and any(ch in _PERSIAN for ch in value):
        return "fa_IR"
    if script in SCRIPT_LOCALE:
        return SCRIPT_LOCALE[script]
    if script == "cyrillic":
        if any(ch in _UKRAINIAN for ch in value):
            return "uk_UA"
        return "ru_RU" if any(ch in _RUSSIAN for ch in value) else None
    if script == "han":
        if _japanese(value):
            return "ja_JP"
        simplified = sum(ch in _SIMPLIFIED_SET for ch in value)
        traditional = sum(ch in _TRADITIONAL_SET for ch in value)
        if simplified != traditional:
            return "zh_CN" if simplified > traditional else "zh_TW"
    return None


def script_locale_votes(values: Sequence[str]) -> Counter[str] | None:
    """Locale votes of a column when most of its values are in a non-Latin script, else ``None``.

    Ideographs that say neither Japanese nor simplified/traditional Chinese count as Chinese for
    whichever Chinese locale the rest of the column votes for (``zh_CN`` when none does).
    """
    scripted = [v for v in values if script_of(v) is not None or spaced_script_of(v) is not None]
    if not values or len(scripted) < 0.5 * len(values):
        return None
    votes: Counter[str] = Counter()
    undecided = cyrillic = 0
    for value in scripted:
        locale = value_locale(value)
        if locale is None:
            undecided += script_of(value) == "han"
            cyrillic += script_of(value) == "cyrillic"
        else:
            votes[locale] += 1
    if cyrillic:  # no letter only one of the two alphabets has: the column's other values decide
        votes["uk_UA" if votes["uk_UA"] > votes["ru_RU"] else "ru_RU"] += cyrillic
    if undecided:
        chinese = "zh_TW" if votes["zh_TW"] > votes["zh_CN"] else "zh_CN"
        if votes["ja_JP"] > votes["zh_CN"] + votes["zh_TW"]:
            chinese = "ja_JP"  # Japanese names outside the lists, beside listed ones
        votes[chinese] += undecided
    return +votes
