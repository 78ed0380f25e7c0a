"""Names and street lines in Thai notes.

Why a module of its own: Thai writes a phrase without spaces, so a title is glued to the given name
(``นายสมชาย ใจดี``, ``คุณมนรัตน์``) and a word before a name may be glued to it too; only the space between
given and family name (and around the phrase) is reliable. The evidence:

- a listed given name and a listed family name side by side (Faker ``th_TH`` lists), the given name
  possibly the end of a longer phrase (``ผู้กู้มนรัตน์ ตั้งเผ่า``: only the name is the span);
- a person title (``นาย``, ``นาง``, ``นางสาว``, ``น.ส.``, ``คุณ``, ``ด.ช.``, ``ด.ญ.``, ``ดร.``), glued or spaced,
  then a given name and a family name. When neither is listed the title still marks them (formal Thai
  always writes title, given name, family name), unless the glued word is a compound of the title
  (``นายจ้าง`` employer, ``นางพยาบาล`` nurse, ``คุณภาพ`` quality) or a function word;
- a street line: a house number (``91``, ``391/50``, ``บ้านเลขที่ 12``, ``หมู่ 4``) then ``ซอย``/``ซ.``
  and ``ถนน``/``ถ.`` with their names, then the subdistrict, district and province (``ต.``, ``อ.``, ``จ.``,
  ``แขวง``, ``เขต``) and a five-digit postcode when written.

Example::

    thai_spans("เยี่ยมบ้านผู้กู้ มนรัตน์ ตั้งเผ่า ที่ 91 ถ.นามเสวตร พี่ชาย")
    # [(17, 32, 'name'), (37, 50, 'street_address')]
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.script_lexicon import family_entries, given_entries, script_stop_words
from safe_synthesizer.utils.scripts import THAI

__all__ = ["thai_spans"]

_HAS_THAI = re.compile(f"[{THAI}]")
_TOKEN = re.compile(rf"[{THAI}](?:[{THAI}.]*[{THAI}])?\.?")
# Person titles, longest first so ``นางสาว`` is not read as ``นาง`` + ``สาว``.
_TITLES = ("เด็กหญิง", "เด็กชาย", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "ดร.", "นพ.", "พญ.", "นาย", "นาง", "คุณ")
# Words that start with a title but name no one: mayor, employer, broker, registrar, district chief,
# officer, general, nurse, model, beauty queen, angel, quality, qualification, value, virtue, teacher...
_TITLE_COMPOUNDS = (
    "นายก", "นายจ้าง", "นายหน้า", "นายทะเบียน", "นายอำเภอ", "นายร้อย", "นายพล", "นายทหาร", "นายตำรวจ", "นายช่าง",
    "นายประกัน", "นายท่า", "นายสถานี", "นายด่าน", "นายงาน", "นางพยาบาล", "นางแบบ", "นางงาม", "นางฟ้า", "นางเอก",
    "นางกวัก", "นางรำ", "นางสาวไทย", "คุณภาพ", "คุณสมบัติ", "คุณค่า", "คุณธรรม", "คุณประโยชน์", "คุณครู", "คุณหมอ",
    "คุณพ่อ", "คุณแม่", "คุณยาย", "คุณตา", "คุณปู่", "คุณย่า", "คุณลุง", "คุณป้า", "คุณน้า", "คุณอา", "คุณลักษณะ",
    "คุณวุฒิ", "คุณูปการ", "คุณงาม",
)  # fmt: skip
_MIN_GIVEN = 3  # letters of a given name read off the end of a glued phrase
_MIN_FAMILY_PREFIX = 4  # letters of a listed family name with a word glued after it
_STREET = re.compile(
    rf"(?:(?:บ้านเลขที่|เลขที่)[ \t]*)?\d{{1,4}}(?:/\d{{1,4}})?(?:[ \t]*(?:หมู่(?:ที่)?|ม\.)[ \t]*\d{{1,2}})?"
    rf"(?:[ \t]*(?:ซอย|ซ\.|ถนน|ถ\.)[ \t]*[{THAI}\d](?:[{THAI}\d]|(?<=\d)/(?=\d))*)+"
    rf"(?:[ \t]*(?:แขวง|ตำบล|ต\.|เขต|อำเภอ|อ\.|จังหวัด|จ\.)[ \t]*[{THAI}]+)*(?:[ \t]+\d{{5}}(?!\d))?"
)


@cache
def _given() -> frozenset[str]:
    return frozenset(w[0] for w in given_entries("thai") if len(w) == 1)


@cache
def _family() -> frozenset[str]:
    return frozenset(w[0] for w in family_entries("thai") if len(w) == 1)


def _split_title(word: str) -> tuple[str, str]:
    """(title, rest) of a word that starts with a person title, else ``("", word)``."""
    for title in _TITLES:
        if word.startswith(title) and not word.startswith(_TITLE_COMPOUNDS):
            return title, word[len(title) :]
    return "", word


def _family_length(word: str) -> int:
    """Letters of the listed family name ``word`` is or starts with (0 when none)."""
    if word in _family():
        return len(word)
    for size in range(len(word) - 1, _MIN_FAMILY_PREFIX - 1, -1):
        if word[:size] in _family():
            return size
    return 0


def _given_suffix(word: str) -> int:
    """Letters of the listed given name ``word`` ends with (the whole word first), 0 when none."""
    for start in range(len(word) - _MIN_GIVEN + 1):
        if word[start:] in _given():
            return len(word) - start
    return 0


def _names(text: str) -> list[tuple[int, int, str]]:
    out = []
    tokens = list(_TOKEN.finditer(text))
    stop = script_stop_words("thai")
    for a, b in itertools.pairwise(tokens):
        spaced = re.fullmatch(r"[ \t]+", text[a.end() : b.start()]) is not None
        title, rest = _split_title(a.group())
        if not rest and title and spaced:  # ``คุณ สมชาย ใจดี``: the title is a word of its own
            continue
        start = a.end() - len(rest)
        family = _family_length(b.group()) if spaced else 0
        given = _given_suffix(rest)
        if given and family:
            out.append((a.end() - given, b.start() + family, E.NAME))
        elif title and rest and rest not in stop and len(rest) >= 2:
            # A glued title: given name (listed or not) and, after a space, the family name when it reads as one.
            end = a.end()
            if spaced and (family or (b.group() not in stop and len(b.group()) >= 3 and "." not in b.group())):
                end = b.start() + (family or len(b.group()))
            out.append((start, end, E.NAME))
    for a, b in itertools.pairwise(tokens):  # ``คุณ สมชาย ใจดี``, ``นาย มนรัตน์``
        if a.group() in _TITLES and re.fullmatch(r"[ \t]+", text[a.end() : b.start()]) and b.group() in _given():
            out.append((b.start(), b.end(), E.NAME))
    return out


_LATIN = re.compile("[A-Za-z]")


def _in_latin_note(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A listed Thai given or family name standing alone in a note written in Latin letters (``roster:
    บัวเผื่อน off sick``): there a Thai word stands out as a name copied in."""
    if len(_LATIN.findall(text)) <= len(_HAS_THAI.findall(text)):
        return []
    out = []
    for m in re.finditer(rf"(?<![{THAI}])[{THAI}]+(?![{THAI}])", text):
        if any(a < m.end() and m.start() < b for a, b, _ in found):
            continue
        if m.group() in _family():
            out.append((m.start(), m.end(), E.LAST_NAME))
        elif m.group() in _given():
            out.append((m.start(), m.end(), E.NAME))
    return out


def thai_spans(text: str) -> list[tuple[int, int, str]]:
    """Thai names and street lines in ``text`` (overlaps resolved by the caller)."""
    if _HAS_THAI.search(text) is None:
        return []
    streets = [(m.start(), m.end(), E.STREET_ADDRESS) for m in _STREET.finditer(text)]
    names = _names(text)
    return names + _in_latin_note(text, names) + streets
