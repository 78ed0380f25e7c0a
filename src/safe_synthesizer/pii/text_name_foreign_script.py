"""A name in another script inside a note written in Latin letters, after a person cue: ``please contact عالية
الشايع الكواري on +974 ...``, ``For افتكار المري's case``, ``should be referred to Мөнх-Очир Дорж.``, ``daughter गौरी
चौगुले says``.

Export tools fill English or French templates with the names as the register holds them, in Arabic, Cyrillic or
Devanagari letters. The NER model reads only Latin text, and the script rules of each language look for that
language's own cues (``السيد``, ``гражданин``), not for English ones. Inside Latin prose, a run of two to four words
of one other script right after a person cue (``contact``, ``carer``, ``referred to``, a role or relation noun) or
between ``for``/``of`` and a possessive ``'s`` is a name, unless a word of it is a street or place word of that script
(``شارع``, ``ул.``, ``मार्ग``) or a digit follows (an address: ``at пер. Некрасова, д. 78``).

Example::

    foreign_script_name_spans("please contact عالية الشايع on +974 3940 5501")  # [(15, 27, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["foreign_script_name_spans"]

# Letters of the scripts taken (Arabic with Persian/Urdu letters, Cyrillic, Devanagari, Hebrew); CJK, Hangul and
# Thai have their own rules and no spaces between names.
_SCRIPTS = {
    "arabic": "\u0600-\u06ff\u0750-\u077f",
    "cyrillic": "\u0400-\u04ff",
    "devanagari": "\u0900-\u097f",
    "hebrew": "\u05d0-\u05ea\u05f0-\u05f4",
}
_ANY = "".join(_SCRIPTS.values())
# Cues of a person; "for", "of", "about" only before a possessive ("For افتكار المري's case"); "with", "from", "to"
# name firms as often ("Ship with Почта России").
_CUES = (
    r"contact|contacter|contactar|contattare|carer|caregiver|referred[ \t]+to|patient|client|tenant|owner|officer|"
    r"member|resident|student|guardian|parent|mum|mom|dad|mother|father|daughter|son|wife|husband|witness|"
    r"applicant|staff[ \t]+member|(?:witnessed|signed|collected|accompanied|seen)[ \t]+by|(?P<weak>for|of|about)"
)
_RUNS = {
    name: re.compile(
        rf"(?<![\w'’\-])(?P<cue>(?i:{_CUES}))[ \t]+(?P<name>[{letters}]+(?:[\-‐][{letters}]+)?"
        rf"(?:[ \t]+[{letters}]+(?:[\-‐][{letters}]+)?){{1,3}})(?P<after>['’]s(?![\w])|(?![{letters}\w]))"
    )
    for name, letters in _SCRIPTS.items()
}
# Street and place words of those scripts: a run holding one is an address, not a person.
_PLACE_WORDS = frozenset(
    """شارع طريق حي منطقة مدينة مبنى شقة فيلا مجمع ميدان زقاق الدوحة الرياض دبي عمان القاهرة بغداد الكويت
    ул улица пр проспект пер переулок д дом кв мкр микрорайон бульвар шоссе площадь гудамж хороо дүүрэг хот
    область район город село
    मार्ग रोड नगर गली चौक कॉलोनी सेक्टर जिला शहर गाँव
    רחוב שדרות דרך כיכר סמטת""".split()  # noqa: SIM905
)
_DIGIT_AFTER = re.compile(r"[ \t]*[,.]?[ \t]*(?:[^\W\d_]{1,3}\.[ \t]*)?\d")


def _latin_prose(text: str) -> bool:
    """Most letters of ``text`` are Latin: the note's template is in a Latin-script language."""
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if ch < "\u0250")
    return bool(letters) and latin >= 0.5 * len(letters)


def foreign_script_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of names in another script after a person cue in Latin prose (module docstring)."""
    if not re.search(f"[{_ANY}]", text) or not _latin_prose(text):
        return []
    out = []
    for pattern in _RUNS.values():
        for m in pattern.finditer(text):
            if m.group("weak") and not m.group("after"):
                continue
            words = m.group("name").split()
            if any(w.strip(".").lower() in _PLACE_WORDS for w in words):
                continue
            if not m.group("after") and _DIGIT_AFTER.match(text, m.end("name")):
                continue  # "at пер. Некрасова, д. 78": an address
            out.append((m.start("name"), m.end("name"), E.NAME))
    return out
