"""Latin American street lines that name a building or a crossing instead of a house number:
``Av. Lecuna, Edif. Torre Sur, piso 3``, ``Av. Francisco de Miranda, Edificio Parque Cristal, Apto. 4B``,
``Calle Baralt con Calle 15``, ``Carrera 7 esquina Calle 72``; Levantine lines in English name the building
too (``Mezzeh, Al-Jalaa St., Bldg 3, floor 9``).

Venezuelan, Colombian and Central American addresses often give the street, then the building (``Edif.``,
``Edificio``, ``Torre``, ``Residencias``, ``Res.``, ``Quinta``, ``Qta.``, ``Conjunto Residencial``, ``Centro
Comercial``/``C.C.``) with its floor and flat (``piso 3``, ``Apto. 4B``, ``PB``, ``Local 2``), or two streets
that cross (``con``, ``esquina``). The street's own rules stop after its name; the building or the
crossing street names the home as surely as a house number, so it belongs to the span.

Example::

    building_street_spans("Vive en Av. Sucre, Edif. Villa Rosa, piso 4. Llamar")  # [(8, 41, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_street_vietnamese import UPPER

__all__ = ["building_street_spans"]

_GATE = re.compile(
    r"(?i)(?<!\w)(?:edif\.|edificio|torre|residencias|res\.|quinta|qta\.|conjunto|centro[ \t]+comercial|c\.c\.|"
    r"con|esquina|esq\.)(?!\w)"
)
_BUILDING = r"(?:Edif\.|Edificio|EDIF\.|EDIFICIO|Torre|TORRE|Residencias|Res\.|Quinta|Qta\.|Conjunto(?:[ \t]+Residencial)?|Centro[ \t]+Comercial|C\.C\.)"  # noqa: E501
# A building's name: capitalised words, maybe with particles or a Maltese/English article form ("Ta' Marija").
_BWORD = rf"(?:[{UPPER}][^\W\d_]*(?:['’](?=[ \t][{UPPER}]))?|(?i:il|l|ix|tal|tas)-[{UPPER}][^\W\d_]*|\d{{1,3}})"
_BNAME = rf"{_BWORD}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_BWORD}){{0,3}}"
_FLAT = (
    r"(?:[ \t]*,?[ \t]*(?:piso|Piso|PISO|P\.|apto\.?|Apto\.?|APTO\.?|apartamento|Apartamento|local|Local|"
    r"of\.|Of\.|oficina|Oficina|PB|planta[ \t]+baja)(?:[ \t]*[A-Za-z0-9\-]{0,4}\d[A-Za-z0-9\-]{0,3})?(?![\w]))"
)
_CROSSING = r"(?:con|esquina(?:[ \t]+con)?|esq\.)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from safe_synthesizer.pii import text_streets as T

    prefix = (
        rf"(?:(?i:{T._alternation(T.PREFIXES)})|{T._alternation(T.CAPITALISED_PREFIXES + T._faker_prefixes())}"
        rf"|(?i:{T._alternation(T.DOTTED_PREFIXES)})\.|Carrera|Cra\.|Cr\.|Kr\.|Transversal|Diagonal)"
    )
    word = rf"(?:{T._PARTICLE}[ \t]*){{0,2}}{T._CAP}"
    # A middle initial of the person a street is named after ("Calle Eusebio A. Morales", "Av. Justo A. Fábrega").
    name = rf"(?:{word}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{word}){{0,3}}|\d{{1,3}}[A-Z]?)"
    street = rf"(?<![\w.]){prefix}[ \t]+{name}"
    built = re.compile(rf"{street}(?:[ \t]*,?[ \t]+{_BUILDING}[ \t]+{_BNAME}){{1,2}}{_FLAT}{{0,3}}")
    crossed = re.compile(rf"{street}[ \t]+{_CROSSING}[ \t]+{prefix}[ \t]+{name}")
    return built, crossed


# Levantine lines written in English: maybe the district, the street with an English type, then the building's
# number and the floor ("Mezzeh, Al-Jalaa St., Bldg 3, floor 9"; "Hamra, Bliss Street, Building 12, Apt 4").
_LEVANT_WORD = rf"[{UPPER}][^\W\d_]*(?:-[{UPPER}][^\W\d_]*)*"
_LEVANT = re.compile(
    rf"(?<![\w'’\-])(?:{_LEVANT_WORD}(?:[ \t]+{_LEVANT_WORD})?[ \t]*,[ \t]*)?"
    rf"{_LEVANT_WORD}(?:[ \t]+{_LEVANT_WORD}){{0,2}}"
    r"[ \t]+(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard)\.?[ \t]*,[ \t]*(?:Bldg|Building|Bld|Bdg)\.?[ \t]*"
    r"(?:No\.?[ \t]*)?\d{1,4}[A-Za-z]?(?:[ \t]*,[ \t]*(?i:floor|fl\.?|apt\.?|flat)[ \t]*\d{1,3}[A-Za-z]?){0,2}(?![\w])"
)
# "Bldg 131, Olakha", "Dahra, Bldg 172": a numbered building and its quarter (Bhutan, Libya, the Gulf). The quarter
# holds a word no English vocabulary has ("Bldg 5, Room 3" stays); the abbreviation alone is an address word.
_BLDG = re.compile(
    rf"(?<![\w'’\-])(?:(?P<head>{_LEVANT_WORD}(?:[ \t]+{_LEVANT_WORD}){{0,2}})[ \t]*,[ \t]*)?"
    r"(?P<bldg>(?:Bldg|BLDG|Bld|Bdg)\.?[ \t]*(?:No\.?[ \t]*)?\d{1,4}[A-Za-z]?)(?![\w])"
    rf"(?:[ \t]*,[ \t]*(?P<tail>{_LEVANT_WORD}(?:[ \t]+{_LEVANT_WORD})?)(?![\w'’\-]))?"
)
_LEVANT_GATE = re.compile(r"(?:Bldg|Building|Bld|Bdg)\.?[ \t]*(?:No\.?[ \t]*)?\d")


def _bldg_spans(text: str) -> list[tuple[int, int, str]]:
    """A numbered ``Bldg`` with a quarter before or after it that some word of which no English vocabulary holds
    (or a street type before it)."""
    from safe_synthesizer.pii.text_street_lots import _unknown_word

    out = []
    for m in _BLDG.finditer(text):
        head, tail = m.group("head"), m.group("tail")
        head_ok = bool(head) and (_unknown_word(head) or re.search(r"(?:Street|Road|Avenue|St|Rd)$", head) is not None)
        tail_ok = bool(tail) and _unknown_word(tail)
        if head_ok or tail_ok:
            start = m.start() if head_ok else m.start("bldg")
            out.append((start, m.end() if tail_ok else m.end("bldg"), E.STREET_ADDRESS))
    return out


def building_street_spans(text: str) -> list[tuple[int, int, str]]:
    """A street with its building (and floor, flat) or with the street it crosses."""
    out = []
    if _LEVANT_GATE.search(text):
        out += [(m.start(), m.end(), E.STREET_ADDRESS) for m in _LEVANT.finditer(text)]
        out += [span for span in _bldg_spans(text) if span not in out]
    if not _GATE.search(text):
        return out
    for pattern in _patterns():
        for m in pattern.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ",. \t":
                end -= 1
            out.append((m.start(), end, E.STREET_ADDRESS))
    return out
