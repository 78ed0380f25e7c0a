"""Street lines in notes of languages whose street words no other street rule lists.

Why: a Swahili, Albanian, Irish, Uzbek, Tamil, Sinhala or Amharic voicemail gives its address with the
language's own street word (``Barabara ya Moi``, ``Rruga e Durrësit``, ``Sráid an Mhuilinn``, ``Navoiy
ko'chasi``, ``காந்தி தெரு``, ``ගාලු පාර``, ``ቦሌ መንገድ``) and a house number before or after it, often behind a
house word (``Nyumba 62``, ``Nr. 14``, ``12-uy``, ``எண் 45``, ``අංක 12``, ``የቤት ቁጥር 1234``). The Latin rules
know English and European street types only, and the native-script rules know Hebrew, Arabic, Georgian,
Armenian, Greek, Cyrillic, CJK, Thai and Devanagari/Bengali.

Two word orders:

- the street word first, then one to three name words (``Rruga Myslym Shyri 14``, ``Barabara ya Moi, Nyumba
  62``, ``ផ្លូវ 271 ផ្ទះលេខ 45``): Swahili, Albanian, Irish, Welsh, Somali, Yoruba, Hausa, Igbo, Zulu, Xhosa,
  Galician, Malay, Khmer, Lao;
- one or two name words, then the street word (``Navoiy ko'chasi 12``, ``12, காந்தி தெரு``, ``ගාලු පාර, අංක
  12``, ``ቦሌ መንገድ የቤት ቁጥር 1234``): Uzbek, Kazakh, Kyrgyz, Turkmen, Tajik, Mongolian, Basque, Afrikaans, Tamil,
  Sinhala, Amharic, Tigrinya, Telugu, Kannada, Malayalam, Marathi, Gujarati, Punjabi, Burmese.

A house number must be written before the line or after it (a street word alone is a place in a sentence, not
an address). Latin name words are capitalised (connectors ``ya``, ``wa``, ``e``, ``i``, ``an``, ``na``, ``y``,
``de``... may sit between them); native-script name words are any words of that script, at most two.

Example::

    local_street_spans("Anwani yangu ni Barabara ya Moi, Nyumba 62, Mombasa.")  # [(16, 42, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["local_street_spans"]

_APOS = "[’'‘ʻʼ`]"
# Street words written before the name.
_LEADING = (
    # Swahili, Somali, Yoruba, Hausa, Igbo, Zulu, Xhosa
    "Barabara ya|Barabara|Mtaa wa|Mtaa|Njia ya|Waddada|Wadada|Jidka|Opopona|Ọ̀nà|Ona|Titi|Titin|Hanyar|"
    "Okporo ụzọ|Okporo uzo|Umgwaqo|Isitaladi|Istrato|"
    # Albanian, Irish, Welsh, Galician, Malay
    "Rruga e|Rruga|Rr\\.|Bulevardi|Blv\\.|Sheshi|Lagjja|Lagja|Bóthar|Bothar|Sráid|Sraid|Ascaill|Lána|Lana|"
    "Cearnóg|Cearnog|Plás|Plas|Céide|Heol|Ffordd|Stryd|Lôn|Rúa|Rua|Jalan|Jln\\.|Lorong|Lrg\\.|Persiaran|Lebuh|"
    # Faroese streets named by where they lie ("Undir Glaðsheyggi 55", "Úti á Bakka 22", "Uppi í Lið 4", "Við
    # Sandá 9"): a preposition of place, then the place. Lone "Á"/"Í" are left out: Icelandic prose starts
    # sentences with them ("Í Reykjavík 3 daga").
    "Úti á|Uppi í|Uppi á|Niðri á|Niðri í|Oman fyri|Undir|Við"
)
# Street words written after the name.
_TRAILING_LATIN = (
    f"ko{_APOS}?chasi|ko{_APOS}?cha|shoh ko{_APOS}?chasi|tor ko{_APOS}?chasi|prospekti|mahallasi|mavzesi|"
    "kalea|etorbidea|pasealekua|köçesi|kocesi|şaýoly|straat|laan|rylaan|singel|weg|"
    # Faroese street words, glued or after a genitive ("Varðagøta 18", "á Tróndargøtu 4", "Niels Finsens gøta 12",
    # "Kongabrúgvin 91"); Northern Sami road, path and street words ("Biellogeaidnu 60", "Čuonjábálggis 45",
    # "Guovdageainnu geaidnu 10", "Skuvlagáhta 3").
    "gøta|gøtu|brúgvin|brúgv|geaidnu|geainnu|bálggis|bálgá|gáhta|gáhtta|"
    # Zulu and Xhosa road, street, square and place words after an English-style street name, the order South
    # African forms print them in ("78 Somerset Indlela", "12 Church Umgwaqo", "5 Market Ithafa").
    "umgwaqo|indlela|isitaladi|isitrato|ithafa|indawo"
)
_TRAILING_NATIVE = (
    # Uzbek, Kazakh, Kyrgyz, Tajik, Mongolian Cyrillic
    "кўчаси|кучаси|шоҳ кўчаси|проспекти|көшесі|даңғылы|көчөсү|проспектиси|кӯчаи|гудамж|гудамжны|"
    # Tamil, Sinhala
    "தெரு|சாலை|வீதி|ரோடு|குறுக்குத் தெரு|பாதை|පාර|මාවත|වීදිය|පටුමඟ|පටුමග|"
    # Amharic, Tigrinya
    "መንገድ|ጎዳና|አደባባይ|መንገዲ|ጎደና|"
    # Telugu, Kannada, Malayalam, Marathi, Gujarati, Punjabi, Burmese
    "వీధి|రోడ్డు|రోడ్|ರಸ್ತೆ|ಬೀದಿ|ರೋಡ್|റോഡ്|തെരുവ്|പാത|रस्ता|मार्ग|पथ|રોડ|માર્ગ|શેરી|ਰੋਡ|ਮਾਰਗ|ਗਲੀ|လမ်း"
)
_LEADING_NATIVE = "ផ្លូវ|ຖະໜົນ|ຖະຫນົນ"  # Khmer, Lao: the street word first
# House words before the number.
_HOUSE = (
    "Nyumba Na\\.|Nyumba namba|Nyumba|Nambari|Namba|Plot No\\.|Plot|Nr\\.|Nr|No\\.|Nº|nr\\.|Uimhir|Rhif|Guriga|"
    "Ile|Ilé|Gida|uy|үй|уй|எண்|இல\\.|கதவு எண்|අංක|නො\\.|የቤት ቁጥር|ቁጥር|ቁ\\.|ఇంటి నెం\\.?|నెం\\.?|ಮನೆ ನಂ\\.?|ನಂ\\.?|"
    "വീട് നമ്പർ|നമ്പർ|घर क्र\\.?|क्र\\.|नं\\.?|ઘર નં\\.?|નં\\.?|ਮਕਾਨ ਨੰ\\.?|ਨੰ\\.?|အမှတ်|ផ្ទះលេខ|លេខ|ເຮືອນເລກທີ|ເລກທີ"
)
_NUM = r"\d{1,5}(?:[/\-]\d{1,4})?(?:[A-Za-z](?![^\W\d_]))?(?![\d/.,:\-]\d)"
# A number after the line: ", Nyumba 62", " 14", ", 12-uy", " எண் 45".
_AFTER = rf"(?:[ \t]*[,،፣]?[ \t]*(?:(?:{_HOUSE})[ \t]*[:.]?[ \t]*{_NUM}|{_NUM}(?:-?(?:uy|үй|уй))?))"
_BEFORE = rf"(?:(?:(?:{_HOUSE})[ \t]*[:.]?[ \t]*)?{_NUM}[ \t]*[,،፣]?[ \t]+)"

_LAT_UP = "A-ZÀ-ÖØ-ÞĀ-ſƏƠƯẠ-ỹ"
_LAT_ALL = "A-Za-zÀ-ÖØ-öø-ÿĀ-ſƏəƠơƯưẠ-ỹ\u0300-\u036f"
_CAP = rf"[{_LAT_UP}][{_LAT_ALL}]*(?:{_APOS}[{_LAT_ALL}]+|-[{_LAT_ALL}]+)*"
_CONNECT = r"(?:ya|wa|la|na|an|na|e|i|të|te|y|yr|de|da|do|di|ti|of|bin|binti)"
_LAT_NAME = rf"{_CAP}(?:[ \t]+(?:{_CONNECT}[ \t]+)?{_CAP}){{0,2}}"
# Native script letters (with their combining vowel signs): Cyrillic, Indic, Sinhala, Ethiopic, Myanmar, Khmer, Lao.
_NATIVE = "\u0400-\u04ff\u0900-\u0dff\u0e80-\u0eff\u1000-\u109f\u1200-\u139f\u1780-\u17ff\u200c\u200d"
_NAT_WORD = rf"[{_NATIVE}]+(?:[\-.][{_NATIVE}]+)*\.?"
_WORD_CH = rf"[\w{_NATIVE}\u0300-\u036f]"

_LEAD_LATIN = re.compile(
    rf"(?<!{_WORD_CH})(?P<before>{_BEFORE})?(?:{_LEADING})[ \t]+(?:{_CONNECT}[ \t]+)?{_LAT_NAME}(?P<after>{_AFTER})?"
)
# A lower-case genitive may stand between the name and the street word ("Sámi allaskuvlla geaidnu 28": the Sami
# university's road).
_GENITIVE = rf"(?:[ \t]+[a-zá-žđŋšŧž]{{3,}}(?=[ \t]+(?i:{_TRAILING_LATIN})))?"
_TRAIL_LATIN = re.compile(
    rf"(?<!{_WORD_CH})(?P<before>{_BEFORE})?{_CAP}(?:[ \t]+{_CAP})?{_GENITIVE}[ \t\-]*(?i:{_TRAILING_LATIN})"
    rf"(?!{_WORD_CH})"
    rf"(?P<after>{_AFTER})?"
)
_TRAIL_NATIVE = re.compile(
    rf"(?<!{_WORD_CH})(?P<before>{_BEFORE})?(?:{_NAT_WORD}[ \t]+)?{_NAT_WORD}[ \t]*(?:{_TRAILING_NATIVE})"
    rf"(?!{_WORD_CH})(?P<after>{_AFTER})?"
)
_LEAD_NATIVE = re.compile(
    rf"(?<!{_WORD_CH})(?P<before>{_BEFORE})?(?:{_LEADING_NATIVE})[ \t]*(?:(?:{_NAT_WORD}|\d{{1,4}})[ \t]*){{1,2}}"
    rf"(?P<after>{_AFTER})?"
)


def _fragments(*alternations: str) -> tuple[str, ...]:
    """The first (up to four) lower-case characters of every street word: plain substring tests before any regex
    (an alternation of a hundred words is slow in ``re``)."""
    heads = {re.split(r"[\[(\\]", alt, maxsplit=1)[0].lower()[:4] for alts in alternations for alt in alts.split("|")}
    return tuple(sorted(h for h in heads if h))


# An English street type and a house word of these languages after it (``Kenyatta Road, Nyumba 105``, ``Moi Avenue,
# Plot 12``): the English rules want the number before the name or right after the type.
_EN_TYPE = r"(?:Road|Street|Avenue|Lane|Close|Crescent|Drive|Way|Highway|Rd\.?|St\.?|Ave\.?)"
_EN_HOUSED = re.compile(
    rf"(?<!{_WORD_CH}){_CAP}(?:[ \t]+{_CAP})?[ \t]+{_EN_TYPE}[ \t]*,?[ \t]*(?:{_HOUSE})[ \t]*[:.]?[ \t]*{_NUM}"
)
_EN_GATE = ("nyumba", "namba", "nambari", "plot", "uimhir", "rhif", "guriga", "gida", "ilé")
_GATE = (*_fragments(_LEADING, _LEADING_NATIVE, _TRAILING_NATIVE, _TRAILING_LATIN), *_EN_GATE)


def _numbered(m: re.Match[str]) -> bool:
    return bool(m.group("before") or m.group("after"))


def local_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Street lines with a house number in the languages of the module docstring (overlaps resolved by the
    caller); the span runs from the number or street word to the last number, without trailing punctuation."""
    if not any(ch.isdigit() for ch in text):
        return []
    low = text.lower()
    if not any(f in low for f in _GATE):
        return []
    out = []
    if any(f in low for f in _EN_GATE):
        out += [(m.start(), m.end(), E.STREET_ADDRESS) for m in _EN_HOUSED.finditer(text)]
    for pattern in (_LEAD_LATIN, _TRAIL_LATIN, _TRAIL_NATIVE, _LEAD_NATIVE):
        for m in pattern.finditer(text):
            if not _numbered(m) and not (pattern is _LEAD_NATIVE and any(ch.isdigit() for ch in m.group())):
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in " \t,.،፣":
                end -= 1
            out.append((start, end, E.STREET_ADDRESS))
    return out
