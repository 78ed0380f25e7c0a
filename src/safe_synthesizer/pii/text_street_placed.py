"""Street lines with no street word, known by where they stand: ``the tenant (Ana Ruiz) of Tanki Leendert 83-A``,
``Mr Odu of Hercegovačka 543 says``, ``Veel sterkte, Eva Croes, Seroe Blanco 59``, ``buurman Jan Kock (Pos
Chiquito 65)``, ``the client at Bldg 131, Olakha``, ``registered at Dubravkin 7a/7``.

Why: many places write a street as a name and a house number only (Aruba's ``Pos Chiquito 65``, Croatia's
``Ilica 35``, a street named after a person, ``Claudia Jofré 713``) or as a building and a neighbourhood
(``Bldg 131, Olakha``); no street list can hold them, and prose has the same shape (``iPhone 12``, ``Room 12``,
``Line 5``, ``March 12``). What makes them a street is their position:

- after an address cue (``lives at``, ``registered at``, ``home address``, ``sent to``, ``moved to``), or after
  ``at``/``of``/``from`` right behind a person (a name of two words or more, a role such as ``tenant``,
  ``client``, ``Mr``, or a closing bracket: ``(born 1950) at``);
- as the last part of a signed note (``Avec affection, Clara Curdy, avenue Comte``: a comma, a signed name, a
  comma, the street, the end);
- in brackets right after a person's name (``Elisabeth Grojean (avenue Beurret)``).

The street is then a run of one to four capitalised words ending in a house number (``12``, ``201-A``, ``232B``,
``7a/7``) and the end of the phrase, a building or plot word with its number and a place (``Bldg 131,
Olakha``, ``Carré 3218, maison Kpadonou, Sikècodji``), or a street type and a name with no number (``Tubman
Boulevard``, ``avenue Comte``). Guards: a run whose head word counts or places things indoors (``Room``,
``Gate``, ``Terminal``, ``Line``, ``Chapter``, ``Version``...) or starts with a month or weekday is no street;
a house number is no year, time, score or quantity; and at least one word of the name is no English word, so
``of Final Fantasy 7`` and ``at Costa Coffee 3`` stay prose.

Example::

    placed_street_spans("Complaint - Mr KURT ODU of Pos Chiquito 122 says")  # [(26, 42, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["placed_street_spans"]

_UP, _LO = LATIN_UPPER, LATIN_LOWER
# A capitalised word ("Taufa'ahau", "Ayad-Saidi", "Jofré") or a regnal number ("II.").
_WORD = rf"(?:[{_UP}][{_LO}]+(?:['’\-][{_UP}{_LO}]+)*|[IVX]{{1,4}}\.)"
_PART = r"(?:de|del|de la|van|van der|von|der|den|di|da|do|dos|das|du|la|le|ter|ten)"
_RUN = rf"(?![IVX]{{1,4}}\.){_WORD}(?:[ \t]+(?:{_PART}[ \t]+)?{_WORD}){{0,3}}"
_HOUSE = rf"\d{{1,5}}(?:-?[A-Za-z](?![{_LO}{_UP}\d]))?(?:/\d{{1,4}}[A-Za-z]?)?(?![\d/:.,]\d|[%°])"
_FLAT = r"(?:[ \t]*,?[ \t]*(?:Dpto|Depto|Apto|Apt|Interior|Int|Flat|Unit|Piso|App|Bus|bte)\.?[ \t]*\d{1,4}[A-Za-z]?)?"
_EN_TYPES = r"(?:Road|Street|Avenue|Boulevard|Drive|Lane|Highway|Crescent|Close|Way|Terrace)"
# Street types before the name: French ones, and Tongan "Hala" (road: "Hala Loto").
_LEAD_TYPES = r"(?:avenue|rue|chemin|route|boulevard|allée|impasse|place|quai|Avenue|Rue|Chemin|Route|Boulevard|Hala)"
_BUILDING = r"(?:Bldg\.?|Building|Bld\.?|House[ \t]+No\.?|Villa|Carré|Parcelle|Compound|Erf)"
# The end of the phrase: punctuation, the end, or a lower-case word of the sentence ("says", "should") that
# counts nothing ("3 days ago", "5 times", "2 kg").
_QUANTITY = (
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|times?|am|pm|h|x|kg|g|km|m|cm|mm|ml|l"
    r"|lbs?|oz|pieces?|pcs|items?|pairs?|people|persons?|points?|pts|stars?|percent|sizes?|inches|in|ft)(?![\w])"
)
_END = rf"(?=[ \t]*(?:[.,;:!?)\]\n]|$)|[ \t]+(?!{_QUANTITY})[{_LO}])"
_STREET = (
    rf"(?P<street>(?:{_BUILDING}[ \t]*\d{{1,5}}[A-Za-z]?"
    rf"(?:[ \t]*,[ \t]*(?:maison[ \t]+)?{_RUN}(?:[ \t]+\d{{1,4}}(?![\w/]))?){{1,2}}"
    rf"|{_RUN}[ \t]*,[ \t]*{_BUILDING}[ \t]*\d{{1,5}}[A-Za-z]?{_FLAT}"
    # A house's name before its street ("Palmetto House, 16 North Shore Road", "Windward, 77 Harbour Road").
    rf"|{_RUN}[ \t]*,[ \t]*\d{{1,5}}[A-Za-z]?[ \t]+{_RUN}[ \t]+{_EN_TYPES}"
    rf"|{_RUN}[ \t]+{_EN_TYPES}"
    rf"|{_LEAD_TYPES}[ \t]+(?:{_PART}[ \t]+|[dl]['’])?{_RUN}(?:,?[ \t]+{_HOUSE})?"
    rf"|{_RUN}[ \t]+{_HOUSE}{_FLAT}){_END})"
)
_ROLE = (
    r"client|tenant|resident|owner|occupant|patient|member|customer|applicant|neighbou?r|household|family|student"
    r"|pupil|deceased|widow|widower|parent|mother|father|son|daughter|Mr|Mrs|Ms|Miss|Dr|Mr/Ms"
)
_NAMEW = rf"(?:[{_UP}][{_UP}{_LO}'’\-]+|[{_UP}]\.)"
# A person right before "at"/"of"/"from": a name of two words or more, a role, or a closing bracket.
_PERSON = rf"(?:\)|{_NAMEW}(?:[ \t]+(?:{_PART}[ \t]+)?{_NAMEW}){{1,4}}|\b(?i:{_ROLE})s?)"
_STRONG = (
    r"(?i:(?:lives?|living|lived|resides?|residing|resident|registered|staying|stays|domiciled)[ \t]+(?:at|on|in)"
    r"|(?:home|postal|mailing|new|old|last|previous|current|usual)[ \t]+address(?:[ \t]+is)?[ \t]*:?"
    r"|(?:moved|moving|relocated|sent|posted|mailed|delivered|forwarded|addressed)[ \t]+to)"
)
_CUED = re.compile(rf"(?:(?<![\w\-]){_STRONG}|{_PERSON}[ \t]+(?:at|of|from))[ \t]+{_STREET}")
_SIGNED = re.compile(rf",[ \t]*{_NAMEW}(?:[ \t]+(?:{_PART}[ \t]+)?{_NAMEW}){{1,4}}[ \t]*,[ \t]*{_STREET}[ \t.!]*$")
_BRACKETED = re.compile(
    rf"{_NAMEW}(?:[ \t]+(?:{_PART}[ \t]+)?{_NAMEW}){{1,4}}[ \t]*\([ \t]*(?P<street>(?:{_LEAD_TYPES}[ \t]+"
    rf"(?:{_PART}[ \t]+)?{_RUN}(?:,?[ \t]+{_HOUSE})?|{_RUN}[ \t]+{_HOUSE}{_FLAT}))[ \t]*\)"
)
# Cotonou and Porto-Novo number their streets by district and street ("rue 12.034", "Rue 7.217, Akpakpa"): the
# dotted number after "rue" is written in addresses only, so no cue is needed.
_NUMBERED_RUE = re.compile(rf"(?<![\w.])[Rr]ue[ \t]+\d{{1,2}}\.\d{{3}}(?![\d.]\d)(?:[ \t]*,[ \t]*{_RUN})?")
# Head words of runs that count or place things, not streets ("Room 12", "Terminal 5", "Chapter 3").
_NOT_HEAD = frozenset(
    """room rooms gate gates terminal platform ward bed bay table line lines bus route exit junction chapter section
    page pages phase stage year years grade class group team track round week day days version season episode
    part level floor hall desk counter window booth slot seat row box channel cabin court field pitch locker stand
    dock berth zone area sector tower wing pier cell pod theatre screen mile miles flight train tram ferry coach
    model series edition volume vol issue no number ticket order item items invoice batch lot size step tier
    top best covid windows iphone galaxy pixel office xbox playstation formula apollo boeing airbus mark act
    scene verse psalm psalms book books unit units store shop branch studio suite apartment flat block building
    house villa plot""".split()  # noqa: SIM905
)
_INDOORS = frozenset({"room", "floor", "level", "office", "ward", "desk", "gate", "bay", "bed", "lab", "wing"})
_CALENDAR = frozenset(
    """january february march april may june july august september october november december jan feb mar apr jun
    jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat
    sun christmas easter""".split()  # noqa: SIM905
)
_NAMED_HOUSE = re.compile(rf"{_RUN}[ \t]*,[ \t]*\d{{1,5}}[A-Za-z]?[ \t]+{_RUN}[ \t]+{_EN_TYPES}")
_TOKEN = re.compile(rf"[{_UP}{_LO}'’\-]+")
_NUMBER = re.compile(r"\d+")


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    from safe_synthesizer.pii.text_street_lots import _english as english

    return english()


def _plausible(street: str) -> bool:
    """No indoor place, product, date or quantity; some word of the name is no English word (see the module)."""
    if _NAMED_HOUSE.fullmatch(street):
        return True  # a house's name before its numbered street
    words = [w.lower().strip("'’-") for w in _TOKEN.findall(street)]
    if not words or words[0] in _CALENDAR or any(w in _CALENDAR for w in words[:2]):
        return False
    numbers = _NUMBER.findall(street)
    head = street.split(numbers[0])[0] if numbers else street
    head_words = [w.lower() for w in _TOKEN.findall(head)]
    if head_words and head_words[-1] in _NOT_HEAD and not re.match(_BUILDING, street):
        return False
    if numbers and len(numbers[0]) == 4 and numbers[0][:2] in ("19", "20") and re.search(r"\d{4}$", street):
        return False  # a year ("Christmas 2020", "Euro 2024")
    if re.match(_BUILDING, street) and _INDOORS & set(words[1:]):
        return False  # a workplace inside a building ("Building 5, Room 12")
    if not numbers or re.match(_BUILDING, street) or re.search(rf"\b{_EN_TYPES}$|^{_LEAD_TYPES}\b", street):
        return True  # a street type or a building word says it is an address ("Tubman Boulevard", "avenue Comte")
    return any(len(w) >= 3 and w not in _english() for w in words)


def placed_street_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of the street lines placed by a cue, a signature or a bracket."""
    out = [(m.start(), m.end(), E.STREET_ADDRESS) for m in _NUMBERED_RUE.finditer(text)] if "ue " in text else []
    for pattern in (_CUED, _SIGNED, _BRACKETED):
        if pattern is _BRACKETED and "(" not in text:
            continue
        for m in pattern.finditer(text):
            start, end = m.span("street")
            while end > start and text[end - 1] in ",. \t":
                end -= 1
            if _plausible(text[start:end]):
                out.append((start, end, E.STREET_ADDRESS))
    return out
