"""South Asian street lines: numbered houses, streets, blocks and sectors, in English and in Devanagari or
Bengali notes.

Why: Pakistan, India, Bangladesh and Nepal write an address as a chain of numbered parts and a locality, not as
a street name with a type word: ``House 13, Street 21, Gulberg III``, ``Flat 19, Block C, Model Town``,
``101-B F-10/3``, ``मकान नं. 43, सुभाष चौक``, ``फ्लैट 1, गांधी नगर``, ``বাসা নং ৪২০, নতুন দৌলততলা``,
``ফ্ল্যাট ৬, বাড়ী নং ৭৪, মধ্য পার্বতীগাঁ``, ``मानन्धर मार्ग, 30154 भक्तपुर``. The evidence is the house word and its
number (``House``, ``Plot``, ``H.No.``, ``मकान नं.``, ``फ्लैट``, ``বাড়ী নং``, ``বাসা নং``: address words of the
language), or a street or locality word of the language (``Street 21``, ``Block C``, ``Sector 4``, ``नगर``,
``मार्ग``, ``চৌক``...) with a postcode and town after it:

- English: one or two numbered parts (``House 13``, ``Flat 3B``, ``Plot 45``, ``Street 5``, ``Block C``,
  ``Road 11``, ``Sector G-9``) then the locality's capitalised words or sector code up to the next comma or
  the end of the line; a house with a letter and a sector code or a ``Town``/``Colony``/``Phase`` locality
  (``16-B Satellite Town``, ``101-B F-10/3``);
- Devanagari and Bengali: house words and numbers (ASCII or the script's digits, ``नं.``/``নং`` after them),
  a comma, the locality's words up to a comma; a slashed house number before a locality that ends in a street
  word (``106/10, राजेंद्र नगर``); a family name or place and a Nepali/Hindi/Bengali street word before a
  comma and a postcode (``मानन्धर मार्ग, 30154 भक्तपुर``).

Example::

    south_asian_street_spans("Deliver to House 13, Street 21, Gulberg III, Lahore")
    # [(11, 43, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import BENGALI, DEVANAGARI

__all__ = ["indic_street_spans", "south_asian_street_spans"]

# --- English lines (Pakistan, India, Bangladesh) ---------------------------------------------------------
# House words that mark an address alone ("House 13", "H.No. 7", "Flat 3B"), and those that are also prose
# ("Plot 3, Figure 2", "Office 12"): these only before a numbered street part.
# Bangladesh numbers a plot by its municipal holding ("Holding No. 79, Nalitha Khali"); a building counts with
# its "No." only ("Building 5" is a campus's).
_EN_HOUSE = (
    r"(?:House(?:[ \t]+No\.?)?|H\.[ \t]?No\.?|H[ \t]?#|Flat(?:[ \t]+No\.?)?|Bungalow(?:[ \t]+No\.?)?"
    r"|Holding(?:[ \t]+No\.?)?|Building[ \t]+No\.?)"
)
_EN_HOUSE_WEAK = r"(?:Plot(?:[ \t]+No\.?)?|Shop(?:[ \t]+No\.?)?|Office(?:[ \t]+No\.?)?|Apartment|Apt\.?)"
_EN_PART = (
    r"(?:Street|St\.?|Road|Rd\.?|Lane|Gali|Block|Sector|Phase|Mohalla)(?:[ \t]+No\.?)?"
    r"[ \t]*(?:[A-Z]{1,2}-?\d{0,3}(?:/\d)?|\d{1,4}[A-Z]?)(?![\w/-])"
)
_EN_NUMBER = r"\d{1,5}(?:[ \t]?[A-Z]|-[A-Z])?(?:/\d{1,3})?(?![\w/%-])"
_SECTOR = r"[A-Z]{1,2}-\d{1,2}(?:/\d)?(?![\w/-])"
_EN_WORD = r"(?:[A-Z][A-Za-z'\-]*|[IVX]{1,4}|\d{1,2})(?![\w/-])"
_LOCALITY = rf"(?:{_SECTOR}|[A-Z][A-Za-z'\-]*(?:[ \t]+{_EN_WORD}){{0,3}})"
_TYPED_LOCALITY = (
    rf"(?:{_SECTOR}|(?:[A-Z][A-Za-z'\-]*[ \t]+){{1,3}}(?:Town|Colony|Nagar|Society|Scheme|Enclave|Bagh|Abad|"
    rf"Phase[ \t]+\d{{1,2}}|Block[ \t]+[A-Z0-9]{{1,2}})(?![\w/-]))"
)
# A house alone ("House 2 of the survey") is no line: a numbered part or a locality must follow it.
_EN_STREET = re.compile(
    rf"(?<![\w/-])(?:{_EN_HOUSE}[ \t]*{_EN_NUMBER}(?:(?:,?[ \t]+{_EN_PART}){{1,2}}(?:,[ \t]*{_LOCALITY})?"
    rf"|,[ \t]*{_LOCALITY})"
    rf"|{_EN_HOUSE_WEAK}[ \t]*{_EN_NUMBER}(?:,?[ \t]+{_EN_PART}){{1,2}}(?:,[ \t]*{_LOCALITY})?)"
    rf"|(?<![\w/-])\d{{1,4}}-[A-Z][ \t]+{_TYPED_LOCALITY}"
)


# Cheap precheck: a house word or a lettered house ("16-B") must be in the note before the full pattern runs.
_EN_GATE = re.compile(
    r"(?=[HFBPSOA\d])(?:House|H\.[ \t]?No|H[ \t]?#|Flat|Bungalow|Holding|Building|Plot|Shop|Office|Apartment|Apt"
    r"|\d-[A-Z])"
)
_DIGIT = re.compile(r"\d")


# Faker's en_IN lines break after the house number ("36\nDugal Marg", "32/229\nChaudhari Path"): the number, the
# line break, a capitalised name and a street word of India.
_EN_BROKEN = re.compile(
    r"(?<![\w/.,\-])\d{1,4}(?:/\d{1,4})?[ \t]*\n[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+"
    r"(?:Marg|Nagar|Path|Chowk|Ganj|Zila|Street|Road|Lane|Colony|Circle)\b"
    # ... or the name alone, when India's six-digit PIN (maybe after the town) follows ("46/917\nChanda, 543635").
    r"|(?<![\w/.,\-])\d{1,4}(?:/\d{1,4})?[ \t]*\n[ \t]*[A-Z][a-z]+(?=,[ \t]*(?:[A-Z][a-z]+[ \t]+)?\d{6}(?!\d))"
)


def south_asian_street_spans(text: str) -> list[tuple[int, int, str]]:
    """English South Asian street lines (see the module)."""
    if _DIGIT.search(text) is None:
        return []
    out = [(m.start(), m.end(), E.STREET_ADDRESS) for m in _EN_BROKEN.finditer(text)] if "\n" in text else []
    if _EN_GATE.search(text) is None:
        return out
    return out + [(m.start(), m.end(), E.STREET_ADDRESS) for m in _EN_STREET.finditer(text)]


# --- Devanagari and Bengali lines ---------------------------------------------------------------------------
_LETTERS = f"{DEVANAGARI}{BENGALI}"
_DIGITS = r"[0-9\u0966-\u096f\u09e6-\u09ef]"
_INDIC_NUMBER = rf"{_DIGITS}{{1,5}}(?:/{_DIGITS}{{1,4}})?(?:[ \t]?[A-Za-z{_LETTERS}](?![{_LETTERS}\w]))?"
# House and unit words of Hindi, Nepali and Bengali addresses ("मकान नं.", "घर नं.", "फ्लैट", "বাড়ী নং", "বাসা নং",
# "হোল্ডিং নং", "ফ্ল্যাট", "অ্যাপার্টমেন্ট").
_HOUSE_WORDS = (
    r"मकान|घर|फ्लैट|फ़्लैट|प्लॉट|प्लाट|कोठी|भवन|हाउस|क्वार्टर|दुकान|वडा|गली|सेक्टर|ब्लॉक|"
    r"বাড়ী|বাড়ি|বাসা|হোল্ডিং|বিল্ডিং|ভবন|ফ্ল্যাট|অ্যাপার্টমেন্ট|এপার্টমেন্ট|ষ্টুডিও|স্টুডিও|প্লট|রোড|সড়ক|লেন|ব্লক|সেক্টর"
)
_NUMBER_MARK = r"(?:नं\.?|नंबर|नम्बर|न\.|নং|নম্বর|নম্বরঃ)"
_HOUSE_PART = rf"(?:{_HOUSE_WORDS})(?:[ \t]+{_NUMBER_MARK}|{_NUMBER_MARK})?[ \t]*[:\-]?[ \t]*{_INDIC_NUMBER}"
_INDIC_WORD = rf"[{_LETTERS}][{_LETTERS}\u200c\u200d]*"
# Street and locality words that end a locality's name (Faker's bn_BD, hi_IN, ne_NP and the countries' usage).
_STREET_WORDS = (
    r"नगर|मार्ग|चौक|कॉलोनी|कालोनी|गली|मोहल्ला|रोड|पथ|विहार|पुरम|बाग|बाज़ार|बाजार|एन्क्लेव|बस्ती|टोल|चोक|"
    r"बाटो|गल्ली|चौर|टार|हाईट|कुना|निवास|आश्रम|गेट|"
    r"রাস্তা|সড়ক|মহাসড়ক|রোড|লেন|গলি|পাড়া|মহল্লা|মোড়|চত্বর|এভিনিউ|বাজার|কর্নার|প্লাজা|স্টেশন|ঘাট|নগর|কলোনি"
)
# The locality: words up to its street word when it has one ("सुभाष चौक"), else up to three ("নতুন দৌলততলা").
_INDIC_NAME = (
    rf"(?:(?:{_INDIC_WORD}[ \t]+){{0,3}}?(?:{_STREET_WORDS})(?![{_LETTERS}])"
    rf"|{_INDIC_WORD}(?:[ \t]+{_INDIC_WORD}){{0,2}})"
)
_INDIC_HOUSED = re.compile(
    rf"(?<![{_LETTERS}\w])(?:{_HOUSE_PART}[ \t]*,[ \t]*){{1,3}}{_INDIC_NAME}"
    rf"|(?<![{_LETTERS}\w/]){_DIGITS}{{1,5}}/{_DIGITS}{{1,4}}[ \t]*,[ \t]*(?:{_INDIC_WORD}[ \t]+){{0,3}}"
    rf"(?:{_STREET_WORDS})(?![{_LETTERS}])"
)
# A locality and its street word before a comma and a postcode ("मानन्धर मार्ग, 30154 भक्तपुर").
_INDIC_PLACED = re.compile(
    rf"(?<![{_LETTERS}\w])(?:{_INDIC_WORD}[ \t]+){{1,3}}(?:{_STREET_WORDS})(?![{_LETTERS}])"
    rf"(?=[ \t]*,[ \t]*{_DIGITS}{{5,6}}(?!{_DIGITS}))"
)
_HAS_INDIC = re.compile(f"[{_LETTERS}]")


def indic_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Devanagari and Bengali street lines (see the module)."""
    if _HAS_INDIC.search(text) is None:
        return []
    found = [(m.start(), m.end()) for p in (_INDIC_HOUSED, _INDIC_PLACED) for m in p.finditer(text)]
    # A locality found alone inside a whole housed line is the same street: the line only.
    return [
        (a, b, E.STREET_ADDRESS) for a, b in found if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in found)
    ]
