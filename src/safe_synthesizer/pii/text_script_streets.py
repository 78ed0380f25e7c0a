"""Street lines in Hebrew, Persian/Arabic, Georgian, Armenian and Azerbaijani notes.

Why: each language puts its street word in its own place, and the Latin-script street rules read none of
them. A street line here is the street's name and its house number, with the town and postcode after a
comma when written (the whole line is one span, so no part of it survives the fake):

- Hebrew: ``רחוב``/``רח'``/``שד'``/``דרך`` (glued ``ב``/``ל``/``מ`` prefixes too: ``ברחוב``), one to four words
  and a number (``ברחוב הרצל 5``: the span starts after the street word when a prefix is glued to it); or
  without a street word, words, a number, a town and the seven-digit postcode (``מזרחי יוסף 28, עמיר
  9040524``);
- Persian and Arabic: ``خیابان``, ``کوچه``, ``بلوار``, ``میدان``, ``شارع``, ``طريق``, ``زنقة``... then the name and
  a number, bare or after ``پلاک``/``رقم`` (``خیابان فردوسی، پلاک 30, اصفهان 10312-73956``), the number
  possibly first (``391 شارع أمين بحري``);
- Georgian and Armenian: the name in the genitive, the street word after it (``ქ.``, ``ქუჩა``, ``გამზირი``;
  ``փողոց``, ``պողոտա``) and the number (``რიონის ქ. 89``, ``Կոմիտասի փողոց 8, բն. 6``);
- Hindi, Nepali and Bengali: see :mod:`.text_street_south_asian` (``मकान नं. 43, सुभाष चौक``);
- Swahili, Albanian, Irish, Welsh, Uzbek, Kazakh, Tamil, Sinhala, Amharic, Telugu, Kannada, Burmese, Khmer...:
  see :mod:`.text_street_local` (``Barabara ya Moi, Nyumba 62``, ``12, காந்தி தெரு``, ``ቦሌ መንገድ የቤት ቁጥር 1234``);
- Azerbaijani: capitalised words (or a date name: ``28 May``), ``küçəsi``/``küç.``/``prospekti``/``döngəsi``...
  and a number (``Rəşid Behbudov prospekti 176, Şirvan AZ9577``, ``Bülbül küç. 73B``).

A street word with no number after it (``در خیابان انقلاب``: a place in the news) is no address.

Example::

    script_street_spans("ვიზიტი, მისამართი რიონის ქ. 89. ძმა")
    # [(18, 29, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_street_local import local_street_spans
from safe_synthesizer.pii.text_street_south_asian import indic_street_spans
from safe_synthesizer.utils.scripts import ARABIC, ARMENIAN, GEORGIAN, HEBREW, LATIN_LOWER, LATIN_UPPER

__all__ = ["script_street_spans"]

_HE = "\u05d0-\u05ea"
_HE_WORD = rf"[{_HE}](?:[{_HE}'׳\"״\-]*[{_HE}])?['׳]?"
_NUMBER = r"\d{1,4}(?![\d.,:/]\d)"
# Hebrew: a street word (a glued preposition or article before it), the name, the house number (a letter
# or a flat after a slash), then ``, town`` and a postcode.
_HE_TAIL = rf"(?:,[ \t]*(?:{_HE_WORD}[ \t]+){{0,2}}{_HE_WORD}(?:[ \t]+\d{{7}}|[ \t]+\d{{5}})?(?!\d))?"
_HE_CUED = re.compile(
    rf"(?<![{_HE}])(?P<prefix>[בלמהו]?)(?P<cue>רחוב|רח['׳]|שדרות|שד['׳]|דרך|סמטת|כיכר|ככר)[ \t]+"
    rf"(?P<body>(?:{_HE_WORD}[ \t]+){{0,3}}{_HE_WORD}[ \t]+{_NUMBER}[{_HE}]?(?:/\d{{1,3}})?{_HE_TAIL})"
)
_HE_POSTCODED = re.compile(
    rf"(?<![{_HE}'׳])(?:{_HE_WORD}[ \t]+){{0,3}}{_HE_WORD}[ \t]+{_NUMBER}[{_HE}]?,[ \t]*(?:{_HE_WORD}[ \t]+){{0,2}}"
    rf"{_HE_WORD},?[ \t]+\d{{7}}(?!\d)"
)
# Words in front of an address that are no part of it: address, lives at, at, visit.
_HE_LABELS = frozenset({"כתובת", "כתובתו", "כתובתה", "מען", "גר", "גרה", "מתגורר", "מתגוררת", "אצל", "ביקור", "בית"})

_AR = ARABIC.replace("\\u200c", "")
_AR_WORD = rf"[{_AR}](?:[{_AR}\u200c]*[{_AR}])?"
_AR_CUE = r"خیابان|خيابان|کوچه|كوچه|بلوار|میدان|ميدان|بزرگراه|جاده|خ\.|شارع|طريق|طریق|زنقة|نهج|درب|ساحة|ممر|شارع"
_AR_NUMBER_WORD = r"(?:پلاک|پلاك|پ\.|رقم|شماره|واحد|سوئیت|عمارة|مبنى)"
_AR_TAIL = rf"(?:[،,][ \t]*(?:{_AR_WORD}[ \t]+)?{_AR_WORD}(?:[ \t]+\d{{5}}(?:-?\d{{5}})?)?(?!\d))?"
_AR_STREET = re.compile(
    rf"(?<![{_AR}])(?:\d{{1,5}}[ \t]+)?(?:{_AR_CUE})[ \t]+(?:{_AR_WORD}[ \t]+){{0,2}}{_AR_WORD}"
    rf"(?:(?:[،,]?[ \t]*{_AR_NUMBER_WORD}[ \t]*|[ \t]+){_NUMBER}{_AR_TAIL})?"
)
_AR_NUMBER_FIRST = re.compile(r"^\d")
# The street word after the name, the house number first (Faker fa_IR writes Iranian lines so: ``39573 یزدی
# تقاطع واحد 059``, ``2468 کریمی بزرگ راه``): a number, one or two words, a street word, maybe a unit.
_AR_SUFFIXED = re.compile(
    rf"(?<![{_AR}\d])\d{{1,5}}[ \t]+(?:{_AR_WORD}[ \t]+){{1,2}}(?:(?:بزرگراه|بزرگ راه|تقاطع|چهار راه|چهارراه|بن بست|"
    rf"{_AR_CUE})(?![{_AR}])(?:[ \t]+{_AR_NUMBER_WORD}[ \t]*{_NUMBER})?|"
    # The rest of Faker fa_IR's street suffixes are also ordinary words (bridge, valley, "next to", motorway,
    # island, mountain, tunnel: "در 3 روز آینده جنب"): only with the unit after them ("جنب واحد 685").
    rf"(?:پل|دره|جنب|آزاد راه|آزادراه|جزیره|کوه|تونل)[ \t]+(?:واحد|سوئیت)[ \t]*{_NUMBER})"
)

_KA = GEORGIAN
_KA_WORD = rf"[{_KA}](?:[{_KA}\-]*[{_KA}])?"
_KA_STREET = re.compile(
    rf"(?<![{_KA}\-])(?:{_KA_WORD}[ \t]+)?{_KA_WORD}[ \t]+(?:ქ\.|ქუჩა|გამზ\.|გამზირი|ჩიხი|შესახვევი|მოედანი|ხეივანი|"
    rf"გზატკეცილი|დასახლება)[ \t]*(?:N|№)?[ \t]*{_NUMBER}[{_KA}]?(?:/\d{{1,3}})?"
    rf"(?:,[ \t]*{_KA_WORD}(?:[ \t]+\d{{4}}(?!\d))?)?"
)
# Georgian words in front of a street that are no part of it: address, lives, at, visit, borrower.
_KA_LABELS = frozenset({"მისამართი", "მისამართზე", "მისამართით", "ცხოვრობს", "მცხოვრები", "ვიზიტი", "მსესხებელთან"})

_HY = ARMENIAN
_HY_WORD = rf"[{_HY}](?:[{_HY}\-]*[{_HY}])?"
_HY_FLAT = r"(?:[ \t]*,[ \t]*(?:բն\.|բնակարան)[ \t]*\d{1,4})"
_HY_STREET = re.compile(
    rf"(?<![{_HY}\-])(?:{_HY_WORD}[ \t]+)?{_HY_WORD}[ \t]+(?:փողոց|փ\.|պողոտա|պող\.|նրբանցք|թաղամաս|խճուղի)[ \t]*"
    rf"{_NUMBER}{_HY_FLAT}?"
)
# Without a street word: the town first (``ք. Երևան, Կոմիտասի 8``) or the flat after (``Կոմիտասի 8, բն. 6``).
_HY_TOWNED = re.compile(
    rf"(?<![{_HY}\-])(?:(?:ք\.|գ\.)[ \t]*{_HY_WORD},[ \t]*(?:\d{{4}},[ \t]*)?(?:{_HY_WORD}[ \t]+)?{_HY_WORD}[ \t]+"
    rf"{_NUMBER}{_HY_FLAT}?|(?:{_HY_WORD}[ \t]+)?{_HY_WORD}[ \t]+{_NUMBER}{_HY_FLAT})"
)

_AZ_UP, _AZ_ALL = f"{LATIN_UPPER}Ə", f"{LATIN_UPPER}{LATIN_LOWER}Əə"
_AZ_WORD = rf"(?:(?:[{_AZ_UP}]\.[ ]?){{0,2}}[{_AZ_UP}][{_AZ_ALL}'\-]+|\d{{1,2}}[ \t]+[{_AZ_UP}][{_AZ_ALL}]+)"
_AZ_STREET = re.compile(
    rf"(?<![{_AZ_ALL}\d])(?:{_AZ_WORD}[ \t]+){{0,2}}{_AZ_WORD}[ \t]+"
    r"(?:küçəsi|küç\.|prospekti|pr\.|döngəsi|döngə|dalanı|bulvarı|şossesi|meydanı|keçidi|yolu|Küçəsi|Prospekti|"
    r"KÜÇƏSİ|PROSPEKTİ)"
    rf"(?:[ \t]*,?[ \t]*(?:ev[ \t]*)?{_NUMBER}[A-Za-z]?(?![{_AZ_ALL}])(?:,[ \t]*[{_AZ_UP}][{_AZ_ALL}\-]+)?"
    r"(?:,?[ \t]*AZ[ \t-]?\d{4}(?!\d))?)"
)
_AZ_CUES = ("küç", "prospekt", "döngə", "dalan", "bulvar", "şosse", "meydan", "keçid", "yolu", "KÜÇ", "PROSPEKT")
_DIGIT = re.compile(r"\d")
_LETTERS_OF = {"hebrew": _HE, "arabic": _AR, "georgian": _KA, "armenian": _HY}
_HAS = {
    "hebrew": re.compile(f"[{HEBREW}]"),
    "arabic": re.compile(f"[{ARABIC}]"),
    "georgian": re.compile(f"[{GEORGIAN}]"),
    "armenian": re.compile(f"[{ARMENIAN}]"),
}


def _hebrew(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _HE_CUED.finditer(text):
        # ``ברחוב הרצל 5``: the glued preposition belongs to the sentence, so the street word stays out too.
        start = m.start("body") if m.group("prefix") else m.start()
        out.append((start, m.end(), E.STREET_ADDRESS))
    for m in _HE_POSTCODED.finditer(text):
        start, words = m.start(), m.group().split()
        for word in words:  # ``כתובת מזרחי יוסף 28, ...``: a label before the street's name stays
            if word not in _HE_LABELS:
                break
            start = text.index(word, start) + len(word)
        start += len(text[start:]) - len(text[start:].lstrip())
        out.append((start, m.end(), E.STREET_ADDRESS))
    return out


def _arabic(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start(), m.end(), E.STREET_ADDRESS) for m in _AR_SUFFIXED.finditer(text)]
    for m in _AR_STREET.finditer(text):
        value = m.group()
        if _AR_NUMBER_FIRST.match(value) or re.search(r"\d", value):
            out.append((m.start(), m.end(), E.STREET_ADDRESS))
    return out


_LATIN = re.compile("[A-Za-z]")


def _in_latin_note(text: str, script: str) -> list[tuple[int, int, str]]:
    """In a note written in Latin letters, words of this script and a house number are a street line with
    no street word needed (``lives at בן צבי שמעון 40``, ``'street': 'ענזה 04'``): the script's words stand
    out as copied from an address, and the number pins them to one."""
    letters = _LETTERS_OF[script]
    word = rf"[{letters}](?:[{letters}'׳\"״\-]*[{letters}])?"
    line = re.compile(
        rf"(?<![{letters}\w])(?:{word}[ \t]+){{0,3}}{word},?[ \t]+{_NUMBER}[{letters}A-Za-z]?(?![\w-])"
        rf"(?:[ \t]*,[ \t]*(?:{word}[ \t]+){{0,2}}{word}(?:,?[ \t]+\d{{4,7}}(?:-\d{{5}})?(?!\d))?)?"
    )
    if len(_LATIN.findall(text)) > len(re.findall(f"[{letters}]", text)):
        return [(m.start(), m.end(), E.STREET_ADDRESS) for m in line.finditer(text)]
    # Many names in the script ("Memo: client <name> ... a copy to <street> 113. Cc: <name>, <name>"): a Latin placing
    # word right before the words and the number still says they are the address.
    return [
        (m.start(), m.end(), E.STREET_ADDRESS)
        for m in line.finditer(text)
        if _LATIN_PLACE_CUE.search(text, max(0, m.start() - 16), m.start())
    ]


# A Latin-script word placing a parcel or a person right before a line in another script.
_LATIN_PLACE_CUE = re.compile(r"(?<![\w])(?i:to|at|visited|from|chez|à|au|address|adresse)[ \t]*:?[ \t]+$")


def _without_labels(text: str, m: re.Match[str], labels: frozenset[str]) -> tuple[int, int, str] | None:
    start = m.start()
    first = m.group().split()[0]
    if first in labels:
        start = text.index(first, start) + len(first)
        start += len(text[start:]) - len(text[start:].lstrip())
    return (start, m.end(), E.STREET_ADDRESS) if start < m.end() else None


# A postcode ending a street line (Iranian ``10312-73956``, Israeli ``9040524``, ``AZ9577``).
_POSTCODE_END = re.compile(r"[,،]?[ \t]*(?:AZ[ \t-]?)?\d{4,7}(?:-\d{5})?$")


def _without_postcodes(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` and, for a line ending in a postcode, the line without it: the phone rule may claim the
    postcode (``10312-73956`` dials in Iran) and outranks a street, and the street must not go with it."""
    out = list(spans)
    for start, end, entity in spans:
        m = _POSTCODE_END.search(text[start:end])
        if m and m.start() > 0:
            out.append((start, start + m.start(), entity))
    return out


def script_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street lines of the scripts and languages in the module docstring (overlaps resolved by the caller)."""
    return _without_postcodes(text, _street_spans(text))


def _street_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if _DIGIT.search(text) is None:
        return out
    for script in _LETTERS_OF:
        if _HAS[script].search(text):
            out += _in_latin_note(text, script)
    if _HAS["hebrew"].search(text):
        out += _hebrew(text)
    if _HAS["arabic"].search(text):
        out += _arabic(text)
    if _HAS["georgian"].search(text):
        out += [s for m in _KA_STREET.finditer(text) if (s := _without_labels(text, m, _KA_LABELS))]
    if _HAS["armenian"].search(text):
        found = (*_HY_STREET.finditer(text), *_HY_TOWNED.finditer(text))
        out += [(m.start(), m.end(), E.STREET_ADDRESS) for m in found]
    if any(cue in text for cue in _AZ_CUES):
        out += [(m.start(), m.end(), E.STREET_ADDRESS) for m in _AZ_STREET.finditer(text)]
    # Hindi, Nepali and Bengali lines: numbered house words and a locality (their own module); Swahili, Albanian,
    # Irish, Uzbek, Tamil, Sinhala, Amharic... street words and house numbers (text_street_local).
    return out + indic_street_spans(text) + local_street_spans(text)
