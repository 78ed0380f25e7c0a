"""Names and places written in non-Latin scripts: Chinese, Korean, katakana, Cyrillic, Greek, Arabic, Thai.

Evidence is the script plus Faker's per-locale name and place lists used as gazetteers (read from
the installed wheel, offline), and family-name lists for unspaced Chinese and Korean names: a
Chinese or Korean full name is one to two family-name characters then one to two given-name
characters (``王秀英``, ``김민준``), so a listed family name at the start of a two-to-four
character word is the evidence, whether or not the given name is listed. Katakana names
(``サトウ ヒロシ``, readings of Japanese names) are checked against Faker's katakana lists.
Kanji/kana Japanese names stay in :mod:`.japanese`.

Example::

    script_of("김민준")  # "hangul"
    script_full_name("王秀英")  # True
    script_full_name("Иванов Александр")  # True (family name first is allowed)
    script_town("桂香县")  # True
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import cache, lru_cache

from safe_synthesizer.pii.script_lexicon import spaced_script_of
from safe_synthesizer.pii.script_surnames import cyrillic_surname_shaped, lexicon_family_known, lexicon_given_known
from safe_synthesizer.utils.scripts import HAN, HANGUL

#: Faker locales per script (their name and place lists are the gazetteers).
SCRIPT_LOCALES: dict[str, tuple[str, ...]] = {
    "han": ("zh_CN", "zh_TW"),
    "hangul": ("ko_KR",),
    "cyrillic": ("ru_RU", "uk_UA", "bg_BG"),
    "greek": ("el_GR",),
    "arabic": ("ar_AA", "ar_SA"),
    "thai": ("th_TH",),
    "devanagari": ("hi_IN",),
    "katakana": ("ja_JP",),
}
_RANGES = (
    ("hangul", 0xAC00, 0xD7A3), ("katakana", 0x30A0, 0x30FF), ("hiragana", 0x3040, 0x309F),
    ("han", 0x4E00, 0x9FFF), ("han", 0x3400, 0x4DBF), ("cyrillic", 0x0400, 0x04FF), ("arabic", 0x0600, 0x06FF),
    ("thai", 0x0E00, 0x0E7F), ("devanagari", 0x0900, 0x097F), ("katakana", 0xFF66, 0xFF9F),
    ("greek", 0x0370, 0x03FF), ("greek", 0x1F00, 0x1FFF),
)  # fmt: skip
_FIRST_SCRIPT_CODE = 0x0370  # below: Latin letters and combining marks
#: Top family names that Faker's lists may miss (Chinese in simplified and traditional form, Korean).
_EXTRA_FAMILY = {
    "han": "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
           "肖蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白"
           "邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯洪游柯詹",
    "hangul": "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현"
              "함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호좌",
}  # fmt: skip
_DOUBLE_FAMILY = ("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫",
                  "남궁", "선우", "제갈", "독고")  # fmt: skip
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|овна|евна|ична|інична|ївна|івна)$")
_TOWN_SUFFIX = {
    "han": re.compile(rf"^[{HAN}]{{1,8}}(?:市|县|縣|区|區|镇|鎮|乡|鄉|旗)$"),
    "hangul": re.compile(rf"^[{HANGUL}]{{1,6}}(?:시|군|구|읍|면)$"),
}
_REGION_SUFFIX = {
    "han": re.compile(rf"^[{HAN}]{{1,8}}(?:省|自治区|自治區|特别行政区|特別行政區|直辖市)$"),
    "hangul": re.compile(rf"^[{HANGUL}]{{1,6}}(?:도|특별시|광역시|특별자치시|특별자치도)$"),
}
# Large Arab cities (Faker's Arabic address lists are English templates, not towns).
_ARABIC_TOWN_TEXT = (
    "الرياض جدة مكة المدينة الدمام الخبر الظهران تبوك أبها الطائف بريدة حائل نجران جازان ينبع الجبيل القطيف "
    "خميس مشيط الأحساء القاهرة الإسكندرية الجيزة الأقصر أسوان دبي أبوظبي الشارقة عجمان العين عمان إربد الزرقاء "
    "الكويت الدوحة المنامة مسقط صلالة بغداد البصرة الموصل أربيل بيروت طرابلس دمشق حلب حمص تونس صفاقس الجزائر وهران "
    "الرباط الدار البيضاء مراكش فاس طنجة الخرطوم صنعاء عدن"
)
ARABIC_TOWNS = frozenset(_ARABIC_TOWN_TEXT.split()) | {"مكة المكرمة", "المدينة المنورة", "خميس مشيط", "الدار البيضاء"}
_TOWN_WORD = re.compile(r"(?i)^(?:г|город|с|село|пос|посёлок|м|місто|смт|ст)\.?\s+")


def _is_greek(ch: str) -> bool:
    return "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff"


def _strip_marks(value: str) -> str:
    text = unicodedata.normalize("NFC", value)
    if any(_is_greek(ch) for ch in text):
        # Greek accents are part of precomposed letters (``ό``) and are dropped in upper case
        # (``ΠΑΠΑΔΟΠΟΥΛΟΣ``): take them off. Other scripts keep precomposed letters (``й``, ``أ``).
        text = "".join(unicodedata.normalize("NFD", ch) if _is_greek(ch) else ch for ch in text)
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))


def _key(value: str) -> str:
    """Lookup form of a word or name: marks stripped, lower case, Greek final sigma as medial."""
    return _strip_marks(value).lower().replace("ς", "σ")


def script_of(value: str) -> str | None:
    """The non-Latin script most letters of ``value`` are in, ``None`` for Latin or no letters."""
    counts: dict[str, int] = {}
    for ch in value:
        code = ord(ch)
        if code < _FIRST_SCRIPT_CODE:
            continue
        for name, low, high in _RANGES:
            if low <= code <= high:
                counts[name] = counts.get(name, 0) + 1
                break
    if not counts:
        return None
    return max(counts, key=counts.__getitem__)


def _provider(kind: str, locale: str):
    try:
        return importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
    except ImportError:
        return None


def _gather(kind: str, locales: tuple[str, ...], attributes: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for locale in locales:
        provider = _provider(kind, locale)
        for attribute in attributes:
            values = getattr(provider, attribute, None) if provider is not None else None
            if callable(values) or isinstance(values, str):
                continue
            for value in values or ():
                items = value if isinstance(value, tuple) else (value,)
                out.update(_key(str(v)) for v in items)
    return frozenset(out)


_GIVEN = ("first_names", "first_names_male", "first_names_female", "first_kana_names", "first_kana_names_male",
          "first_kana_names_female", "middle_names", "middle_names_male", "middle_names_female")  # fmt: skip
_FAMILY = ("last_names", "last_names_male", "last_names_female", "last_kana_names", "last_names_common")


@cache
def given_names(script: str) -> frozenset[str]:
    """Given names (and patronymics) listed for ``script``'s locales, marks stripped, lower case."""
    if script == "katakana":
        return _gather("person", ("ja_JP",), ("first_kana_names", "first_kana_names_male", "first_kana_names_female"))
    return _gather("person", SCRIPT_LOCALES.get(script, ()), _GIVEN)


@cache
def family_names(script: str) -> frozenset[str]:
    """Family names listed for ``script``'s locales (plus the top Chinese/Korean surnames)."""
    if script == "katakana":
        return _gather("person", ("ja_JP",), ("last_kana_names",))
    names = set(_gather("person", SCRIPT_LOCALES.get(script, ()), _FAMILY))
    names.update(_EXTRA_FAMILY.get(script, ""))
    names.update(n for n in _DOUBLE_FAMILY if script_of(n) == script)
    # Feminine forms of Russian/Ukrainian surnames: Иванов -> Иванова, Ковальський -> Ковальська.
    if script == "cyrillic":
        names |= {n + "а" for n in names if n.endswith(("ов", "ев", "ин", "ын"))}
        names |= {n[:-2] + "ая" for n in names if n.endswith("ий")}
        names |= {n[:-4] + "ька" for n in names if n.endswith("ький")}
    return frozenset(names)


def _split_unspaced(word: str, script: str) -> tuple[str, str] | None:
    """``王秀英`` -> ``("王", "秀英")``: a listed family name, then a one- or two-character given name."""
    if not 2 <= len(word) <= 4:
        return None
    families = family_names(script)
    for cut in (2, 1):
        if len(word) - cut in (1, 2) and word[:cut] in families:
            return word[:cut], word[cut:]
    return None


def split_family_given(value: str) -> tuple[str, str] | None:
    """(family, given) of an unspaced Chinese or Korean name, ``None`` when it is not one."""
    script = script_of(value)
    if script not in ("han", "hangul") or " " in value.strip():
        return None
    return _split_unspaced(value.strip(), script)


def _words(value: str) -> list[str]:
    """Lookup forms of the words of a name; the comma of ``Family, Given`` (``Титаренко, Руслан``) goes."""
    return [w for w in re.split(r"[\s\u3000・·\-,]+", _key(value)) if w]


def script_given_known(value: str) -> bool:
    """Every word is a listed given name of the value's script (or a patronymic)."""
    script = script_of(value)
    words = _words(value)
    if script in (None, "hiragana") or not words:
        return lexicon_given_known(value)
    listed = all(w in given_names(script) or (script == "cyrillic" and _PATRONYMIC.search(w)) for w in words)
    return listed or lexicon_given_known(value)


def script_family_known(value: str) -> bool:
    """Every word is a listed family name of the value's script, or a Slavic family name by its ending
    (``СПАСОВСКА``: no Faker locale lists Macedonian names); scripts the lists here lack (Armenian, Georgian,
    Hebrew, Bengali) are read in :mod:`~safe_synthesizer.pii.script_surnames`."""
    script = script_of(value)
    words = _words(value)
    if script in (None, "hiragana") or not words:
        return lexicon_family_known(value)
    family = family_names(script)
    if all(w in family or (script == "cyrillic" and cyrillic_surname_shaped(w)) for w in words):
        return True
    return lexicon_family_known(value)


def script_full_name(value: str) -> bool:
    """A full name in a non-Latin script: unspaced family+given (Chinese, Korean), or two to three
    words with a listed family name and a listed given name in either order (Cyrillic with a
    patronymic, katakana, Arabic, Thai).
    """
    script = script_of(value)
    if script in (None, "hiragana"):
        return False
    words = _words(value)
    if len(words) == 1:
        return script in ("han", "hangul") and _split_unspaced(words[0], script) is not None
    if not 2 <= len(words) <= 4:
        return False
    if script in ("han", "hangul"):
        # Family name first, or given name first as Western forms export it (``丹丹 周``).
        family = family_names(script)
        return len(words) == 2 and (
            (words[0] in family and len(words[1]) <= 2) or (words[1] in family and len(words[0]) <= 2)
        )
    given, family = given_names(script), family_names(script)
    if script == "katakana":  # a reading, family name first: one listed part is enough (short lists)
        return len(words) == 2 and (words[0] in family or words[1] in given)
    # A Slavic family name by its ending beside a listed given name (``Михаил Крстески``, ``Зоран Коцев``).
    has_family = any(w in family or (script == "cyrillic" and cyrillic_surname_shaped(w)) for w in words)
    has_given = any(w in given for w in words)
    if script == "thai" and len(words) == 2:  # ``สมชาย ใจดี``: given then family; Faker's lists are short
        return has_family or has_given
    if script == "arabic":  # ``محمد عبدالله العتيبي``: given names, then a family name or a father's name
        return has_given and len(words) <= 4
    return has_family and has_given


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    locales = tuple(dict.fromkeys(loc for locs in SCRIPT_LOCALES.values() for loc in locs if loc != "ja_JP"))
    # Greek villages and towns are Faker el_GR's ``localities`` (4,500 of them) beside its 51 ``cities``.
    cities = set(_gather("address", locales, ("cities", "city_names", "cities_with_suffix", "localities")))
    regions = set(_gather("address", locales, ("provinces", "states", "regions", "administrative_units",
                                               "metropolitan_cities", "areas", "countries_provinces")))  # fmt: skip
    return frozenset(cities), frozenset(regions)


def script_town(value: str) -> bool:
    """A town in a non-Latin script: listed, or a Chinese/Korean name ending in 市/县/区, 시/군/구."""
    script = script_of(value)
    if script is None:
        return False
    text = _key(value.strip())
    if text in _places()[0] or _TOWN_WORD.sub("", text) in _places()[0] or text in ARABIC_TOWNS:
        return True
    pattern = _TOWN_SUFFIX.get(script)
    return bool(pattern and pattern.match(text))


def script_region(value: str) -> bool:
    """A province, state or region in a non-Latin script: listed, or ending in 省/自治区, 도/광역시."""
    script = script_of(value)
    if script is None:
        return False
    text = _key(value.strip())
    if text in _places()[1]:
        return True
    pattern = _REGION_SUFFIX.get(script)
    return bool(pattern and pattern.match(text))


def script_letters(value: str) -> bool:
    """``value`` is letters of one non-Latin script (marks allowed), one to four words, as names are."""
    if script_of(value) is None and spaced_script_of(value) is None:  # Bengali, Gujarati...: vowel signs too
        return False
    words = [w for w in re.split(r"[\s\u3000・·\-]+", value.strip()) if w]
    return 1 <= len(words) <= 4 and all(_strip_marks(w).isalpha() for w in words)


_ADDRESS_WORDS = {
    "han": re.compile(r"[省市县縣区區镇鎮乡鄉村].*?[路街巷道弄里號号座楼樓室]|[路街巷道][^\s]*\d"),
    "hangul": re.compile(r"(?:시|도|구|군|읍|면)\s.*\d|(?:로|길|동)\s?\d"),
    "cyrillic": re.compile(
        r"(?i)(?:^|[\s,])(?:ул|улица|пер|переулок|пр-т|просп|проспект|д|дом|бул|бульвар|ш|шоссе|пл|"
        r"наб|вул|вулиця|буд|кв|мкр|алл|ал)\.?\s"
    ),
    "thai": re.compile(r"(?:ถนน|ซอย|ถ\.|ต\.|อ\.|จ\.|หมู่|แขวง|เขต|ตำบล|อำเภอ)"),
    "arabic": re.compile(r"(?:شارع|حي|طريق|ص\.ب|مبنى)"),
    # A Greek street word, or a postcode (``ΤΚ 78690``, ``178 12``) after a comma or line break.
    "greek": re.compile(
        r"(?i)(?:^|[\s,])(?:οδ[οό][σς]|λεωφ[οό]ρο[σς]|λεωφ\.|πλατε[ιί]α|πλ\.|π[αά]ροδο[σς])\s"
        r"|[,\n]\s*(?:τ\.?\s?κ\.?\s*)?\d{3} ?\d{2}\s+[^\W\d_]"
    ),
}


# A Chinese street line: a street name ending in a street word, then a number or a building letter
# with its unit word (``黄路b座``, ``中山路88号``).
_HAN_STREET = re.compile(
    rf"^[{HAN}]{{1,8}}(?:路|街|大道|道|巷|胡同|弄)[A-Za-z0-9]{{1,5}}(?:号|號|座|栋|棟|楼|樓|室)?$"
)


_GREEK_WORD = r"[\u0370-\u03ff\u1f00-\u1fff]+(?:[.'\u2019][\u0370-\u03ff\u1f00-\u1fff]*)?"
# A Greek street line: one to five Greek words (the street name, in the genitive), then the house
# number, a letter or a range (``Κελεφά 50``, ``Λεωφόρος Χράνων 636``, ``Κλεινάκη 783-533``).
_GREEK_STREET = re.compile(
    rf"^(?:{_GREEK_WORD}\s+){{0,4}}({_GREEK_WORD}),?\s+\d{{1,4}}[\u0370-\u03ffA-Za-z]?(?:\s?[-/]\s?\d{{1,4}})?$"
)
_GREEK_STREET_WORD = re.compile(r"^(?:οδοσ|οδ\.|λεωφοροσ|λεωφ\.|πλατεια|πλ\.|παροδοσ|παρ\.)$")
# Nominative endings of common nouns (``Τμήμα 3``, ``Όροφος 2``, ``Δωμάτιο 12``): street names are
# genitives of people and places (``Ερμού``, ``Πατησίων``, ``Κελεφά``), so without a street word
# these read as numbered things, not streets.
_GREEK_NOUN_ENDING = re.compile(r"(?:μα|οσ|ο|ι)$")


def _greek_street(value: str) -> bool:
    match = _GREEK_STREET.match(unicodedata.normalize("NFC", value.strip()))
    if match is None:
        return False
    words = [_key(w) for w in value.split()]
    if any(_GREEK_STREET_WORD.match(w) for w in words[:-1]):
        return True
    return not _GREEK_NOUN_ENDING.search(_key(match.group(1)).rstrip(".,"))


def script_street(value: str) -> bool:
    """A street line in a non-Latin script: Chinese (``辽阳街r座``, ``中山路88号``) or Greek (``Ερμού 12``)."""
    if script_of(value) == "greek":
        return _greek_street(value)
    return bool(_HAN_STREET.match(value.strip())) and (
        bool(re.search(r"\d", value)) or value.strip()[-1] in "号號座栋棟楼樓室"
    )


def script_address(value: str) -> bool:
    """An address in a non-Latin script: a street or district word of the script and a number.

    ``浙江省马鞍山市普陀许路u座 188380``, ``인천광역시 용산구 백제고분917로 483``,
    ``ст. Каспийск, пер. Юности, д. 571, 594538``.
    """
    script = script_of(value)
    pattern = _ADDRESS_WORDS.get(script or "")
    if pattern is not None and 6 <= len(value) <= 120 and re.search(r"\d", value) and pattern.search(value):
        return True
    # Hebrew, Persian/Arabic, Georgian, Armenian, Azerbaijani street lines (imported here: the pii package
    # imports the validators).
    from safe_synthesizer.pii.script_addresses import spaced_script_address

    return spaced_script_address(value)
