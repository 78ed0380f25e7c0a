"""Names and streets in Greek and Chinese notes, which the English NER model and the Latin-script
rules never see.

- Greek: a person is two or three capitalised Greek words with a listed given name and a listed
  family name among them (``Γεώργιος Παπαδόπουλος``, ``Μάνθα-Ισιδώρα Φασουλή``); a street is an
  optional street word (``Οδός``, ``Λεωφόρος``, ``Λεωφ.``, ``Πλατεία``), one or two capitalised Greek
  words and a house number (``Λεωφόρος Χράνων 636``, ``Γαρούνας 776-317``).
- Chinese: a person cue (``投保人``, ``患者``, ``姓名``, ``联系人``, ``客户`` ...) and then a listed
  family name (single or double character) with a one- or two-character given name, ending at
  punctuation, a space or a non-Chinese character (``投保人 王秀英，``). Chinese has no capitals and
  no spaces, so without a cue a family-name character starts too many ordinary words.

The lists are Faker's ``el_GR`` and ``zh_CN`` name lists (via :mod:`validators.scripts`, offline).

Example::

    script_name_spans("ο ενοικιαστής Πυθαγόρας Χατζηκύρκος, Γαρούνας 776-317")
    # [(14, 34, 'name'), (36, 52, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_birth_words_local import local_dob_spans
from safe_synthesizer.pii.text_cjk_dates import cjk_birth_date_spans
from safe_synthesizer.pii.text_cjk_names import cjk_family, cjk_given, cjk_name_spans
from safe_synthesizer.pii.text_cjk_phones import cjk_phone_spans
from safe_synthesizer.pii.text_cjk_places import cjk_street_spans
from safe_synthesizer.pii.text_greek_names import GREEK_CAP, GREEK_CHARS, GREEK_UP, greek_surname_spans
from safe_synthesizer.pii.text_greek_streets import greek_street_spans
from safe_synthesizer.pii.text_local_names import local_name_spans
from safe_synthesizer.pii.text_name_central_asian import central_asian_name_spans
from safe_synthesizer.pii.text_name_foreign_script import foreign_script_name_spans
from safe_synthesizer.pii.text_name_korean import korean_name_spans
from safe_synthesizer.pii.text_name_pashto import pashto_name_spans
from safe_synthesizer.pii.text_name_strong_cues import strong_cue_name_spans
from safe_synthesizer.pii.text_script_azeri import azeri_name_spans
from safe_synthesizer.pii.text_script_hangul import hangul_given_spans
from safe_synthesizer.pii.text_script_people import script_people_spans
from safe_synthesizer.pii.text_script_streets import script_street_spans
from safe_synthesizer.pii.text_script_thai import thai_spans
from safe_synthesizer.pii.text_street_lots import lot_street_spans
from safe_synthesizer.pii.validators import scripts as S
from safe_synthesizer.utils.scripts import HAN, HANGUL, ITERATION_MARK

__all__ = ["script_name_spans"]

_GREEK_CHARS, _GREEK_UP, _GREEK_CAP = GREEK_CHARS, GREEK_UP, GREEK_CAP
_GREEK_RUN = re.compile(
    rf"(?<![{_GREEK_CHARS}\w\-])(?:{_GREEK_CAP})(?:[ \t]+{_GREEK_CAP}){{1,2}}(?![{_GREEK_CHARS}\w\-])"
)
_GREEK_STREET_WORD = r"(?:Οδός|Οδ\.|Λεωφόρος|Λεωφ\.|Πλατεία|Πλ\.|Πάροδος|Παρ\.)"
_GREEK_STREET = re.compile(
    rf"(?<![{_GREEK_CHARS}\w])(?:{_GREEK_STREET_WORD}[ \t]+)?(?:{_GREEK_CAP}[ \t]+)?{_GREEK_CAP},?[ \t]+"
    rf"\d{{1,4}}[{_GREEK_CHARS}A-Za-z]?(?:[ \t]?[-/][ \t]?\d{{1,4}})?(?![\d\w])"
)
_HAN = HAN
_CN_CUE = re.compile(
    r"(?:投保人|被保险人|被保人|受益人|患者|病人|姓名|联系人|聯絡人|客户|客戶|申请人|申請人|租客|租户|房东|业主|"
    r"收件人|寄件人|签收人|经办人|负责人|报案人|证人|学生|家长|员工|顾客)[：:\s]*"
    # The name ends where the Chinese run ends, or before an honorific ("张伟女士").
    rf"(?P<name>[{_HAN}]{{2,4}}?)(?=先生|女士|小姐|同学|同學|[^{_HAN}]|$)"
)


_GREEK_WORD = re.compile(rf"(?<![{_GREEK_CHARS}\w\-]){_GREEK_CAP}(?![{_GREEK_CHARS}\w\-])")


def _greek_names(text: str) -> list[tuple[int, int, str]]:
    out = []
    given, family = S.given_names("greek"), S.family_names("greek")
    for m in _GREEK_RUN.finditer(text):
        words = [S._key(w) for w in re.split(r"[ \t\-]+", m.group())]
        if any(w in given for w in words) and any(w in family for w in words):
            out.append((m.start(), m.end(), E.NAME))
    # In a note written in Latin letters a Greek word stands out: a listed given or family name alone
    # is a person ("GP Dr. Παπαδόπουλος", "Dear parents of Γεώργιος,").
    if len(re.findall(r"[A-Za-z]", text)) > len(re.findall(f"[{_GREEK_CHARS}]", text)):
        for m in _GREEK_WORD.finditer(text):
            if re.match(r",?[ \t]+\d", text[m.end() :]):
                continue  # "OF ΓΙΑΝΝΑΡΆ 813-860": a street name before its house number
            key = S._key(m.group())
            if key in family:
                out.append((m.start(), m.end(), E.LAST_NAME))
            elif key in given:
                out.append((m.start(), m.end(), E.NAME))
    return out


def _greek_streets(text: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    while (m := _GREEK_STREET.search(text, pos)) is not None:
        pos = m.start() + 1
        start = m.start()
        # A name just before the street ("Χατζηκύρκος Γαρούνας 12") is no part of it.
        for a, b, _ in names:
            if a <= start < b:
                start = b
        value = text[start : m.end()].strip(" \t,")
        start = text.index(value, start) if value else start
        if value and S.script_street(value.replace(",", "")):
            out.append((start, start + len(value), E.STREET_ADDRESS))
            pos = m.end()
    return out


def _chinese_names(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _CN_CUE.finditer(text):
        # A listed family name (one or two characters) and a one- or two-character given name.
        if S.split_family_given(m.group("name")) is not None:
            out.append((m.start("name"), m.end("name"), E.NAME))
    return out


# Honorifics written right after a Japanese or Chinese name ("田中太郎様", "山本さん", "王女士", "郑医生").
_HONORIFIC = re.compile(
    rf"(?P<run>[{_HAN}{ITERATION_MARK}]{{1,4}})(?=様|さん|さま|氏|先生|くん|君|ちゃん|殿|女士|小姐|医生|醫生|老师|老師|同学|同學|"
    # Job titles written after the surname ("找崔经理", "田中部長", "王主任").
    r"经理|經理|主任|部長|部长|課長|科长|社長|店長|院長|院长|局长|处长|律师|律師|护士|师傅|師傅|大夫)"
)
# Characters that are kin or common words before an honorific ("お母さん", "邻居", "皆さん", "お客様"),
# though some are rare family names too.
_NOT_NAME_START = frozenset("母父娘兄姉弟妹奥皆客孫嫁夫妻子居者神様息")
# A Chinese self-introduction ("我是倪萍", "我叫谢洋").
_CN_SELF = re.compile(rf"(?:我是|我叫|本人)(?P<name>[{_HAN}]{{2,3}}?)(?=[^{_HAN}]|$)")


_cjk_family, _cjk_given = cjk_family, cjk_given


def _honorific_names(text: str) -> list[tuple[int, int, str]]:
    """The longest tail of the Han run before an honorific that is a name: a family and a given
    name, or a family name alone (then ``LAST_NAME``)."""
    out = []
    for m in _HONORIFIC.finditer(text):
        run, end = m.group("run"), m.end("run")
        for size in range(len(run), 0, -1):
            word = run[-size:]
            if word[0] in _NOT_NAME_START:
                continue
            split = S.split_family_given(word) if size > 1 else None
            if split is None and size > 1:
                split = next(
                    ((word[:i], word[i:]) for i in range(1, size) if _cjk_family(word[:i]) and _cjk_given(word[i:])),
                    None,
                )
            if split is not None:
                out.append((end - size, end, E.NAME))
                break
            # Japanese family names run to three characters with the iteration mark ("佐々木様", "長谷川さん").
            if size <= 3 and _cjk_family(word):
                out.append((end - size, end, E.LAST_NAME))
                break
    for m in _CN_SELF.finditer(text):
        if S.split_family_given(m.group("name")) is not None:
            out.append((m.start("name"), m.end("name"), E.NAME))
    return out


def script_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names and streets in scripts the NER model cannot read (Greek, Chinese, Korean, Hebrew, Arabic, Georgian,
    Armenian, Indic, Thai) and Azerbaijani names and streets; overlaps resolved by the caller."""
    out: list[tuple[int, int, str]] = []
    if re.search(f"[{_GREEK_CHARS}]", text):
        names = _greek_names(text)
        out += names + _greek_streets(text, names) + greek_surname_spans(text) + greek_street_spans(text)
    if re.search(f"[{_HAN}]", text):
        out += _chinese_names(text) + _honorific_names(text) + cjk_name_spans(text)
        out += cjk_street_spans(text) + cjk_birth_date_spans(text) + cjk_phone_spans(text)
    if re.search(f"[{HANGUL}]", text):  # "성명: 윤지혜", "가족 백재호님이"
        out += korean_name_spans(text) + hangul_given_spans(text)  # and "Carer ticket for 민재." in English
    # Hebrew, Arabic/Persian, Georgian, Armenian, Indic, Thai and Azerbaijani names and streets.
    out += script_people_spans(text) + thai_spans(text) + azeri_name_spans(text)
    # Birth dates after the birth words of Amharic, Swahili, Tamil, Sinhala, Uzbek, Albanian, Irish... (or before
    # them in verb-final languages), numeric or with the language's month names.
    out += local_dob_spans(text)
    # Amharic/Tigrinya names after a name cue, Albanian names after a cue, Irish names with Ó/Ní/Mac/Nic/Uí.
    out += local_name_spans(text)
    # Unlisted names after a role, relation or call cue (lower case, capitalised, uncased scripts); Lao, Khmer and
    # Myanmar courtesy titles.
    out += strong_cue_name_spans(text)
    # Afghan names in Arabic script: "X ولد Y", "X د Y زوی", after Pashto and Dari titles (ښاغلی, آغلې, محترم).
    out += pashto_name_spans(text)
    # Tajik, Uzbek, Kazakh, Kyrgyz names in Cyrillic by their endings ("Фарҳод Мирзоев", "(Раҳимзода)").
    out += central_asian_name_spans(text)
    # Plot addresses without a street suffix ("Section 23, Lot 12, Boroko", "Lot 45 Section K, Kitty"): kept out of
    # text_streets.street_spans, whose lines end at the street (a plot line runs on over its suburb).
    out += lot_street_spans(text)
    # "please contact عالية الشايع on ...", "referred to Мөнх-Очир Дорж.": another script's name inside Latin prose.
    out += foreign_script_name_spans(text)
    return out + script_street_spans(text)
