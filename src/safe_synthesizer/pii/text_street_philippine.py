"""Philippine street lines in free text: ``Blk 5 Lot 12 Sampaguita St., Greenhills Subdivision Phase 2``,
``B10 L24 Anahaw Street``, ``19th Floor Wilson Condominiums 1, 9089 47th Road Extension``, ``4277-C Ruby
Boulevard``, ``8781 Unit D 35th Avenue``.

Philippine addresses locate a house by block and lot of its subdivision (``Block 14 Lot 40``, ``Blk. 3 Lot
7``, ``B10 L24``), put the subdivision or village after the street (``, Mcbride Estates 5``, ``, Cattleya
Homes Phase 3``), write a condominium's floor or unit before the street (``23rd Floor Orchid Suites 5,``,
``36F Peters Apartment,``, ``Unit 833 Galaxy Place 9,``), name streets by ordinals (``47th Road``) and extend
them (``Road Extension``), and add a letter to a house number with a dash (``644-G``). Each part locates the
home, so the line is one span from the first part to the last; the English street rules find only the street
in the middle. Nigerian and Ghanaian lines open with the plot the same way (``Plot 122, Okigwe Crescent``).

Example::

    philippine_street_spans("lives at Block 14 Lot 40 Cole Road, Mcbride Estates 5, Mark Ville")
    # [(9, 52, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["philippine_street_spans"]

_GATE = re.compile(
    r"(?i)(?<![\w])(?:block|blk|b\d{1,3}[ \t]+l\d|lot|plot|floor|\d{1,3}f|unit|phase|estates|subdivision|subd|"
    r"village|homes|extension|ext|condominiums?|\d{1,5}-[a-z]|heights|residences|compound|grove|cove|hills|park|"
    r"gardens|townhomes|brgy|barangay)(?![a-z])"
)
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_WORD = rf"(?:[A-Z][A-Za-z'’\-]*|{_ORDINAL})"
_BLOCK = (
    r"(?:(?:Block|BLOCK|Blk\.?|BLK\.?)[ \t]*\d{1,3}[A-Z]?[ \t]*,?[ \t]*(?:Lot|LOT)[ \t]*\d{1,3}[A-Z]?"
    r"|B\d{1,3}[ \t]+L\d{1,3}"
    # A Nigerian or Ghanaian plot before the street ("Plot 122, Okigwe Crescent", "Plot 5 Admiralty Way").
    r"|(?:Plot|PLOT)[ \t]*\d{1,4}[A-Z]?)"
)
_BUILDING_WORDS = (
    r"(?:Condominiums?|Towers?|Suites|Apartments?|Residences|Building|Bldg\.?|Place|Plaza|Mansions?|Court)"
)
_BUILDING = (
    rf"(?:{_ORDINAL}[ \t]+Floor|\d{{1,3}}F|(?:Unit|Rm\.?|Room)[ \t]+[A-Z0-9\-]{{1,5}})[ \t]+"
    rf"(?:{_WORD}[ \t]+){{1,3}}?{_BUILDING_WORDS}(?:[ \t]+\d{{1,3}}[A-Z]?)?"
)
# Words only subdivisions use, and words towns and parks use too ("Forest Hills", "Springfield Park 3 miles"):
# those count only with the subdivision's phase or its number before a comma ("Tran Grove 7, Mark Ville").
_SUBDIVISION_WORDS = r"(?:Estates|Subdivision|Subd\.|Village|Homes|Townhomes|Compound|Residences)"
_PLACE_WORDS = r"(?:Heights|Grove|Cove|Hills|Park|Gardens)"
_PHASE = r"(?:PHASE|Phase|Ph\.)[ \t]*\d{1,2}[A-Z]?"
_SUBDIVISION = (
    rf"(?:{_WORD}[ \t]+){{1,3}}?(?:{_SUBDIVISION_WORDS}(?:[ \t]+{_PHASE}|[ \t]+\d{{1,2}}(?!\d|[.,:/]\d))?"
    rf"|{_PLACE_WORDS}[ \t]+(?:{_PHASE}|\d{{1,2}}(?=[ \t]*,)))"
)
# After a block and lot or a condominium floor the line is surely Philippine: any subdivision word counts.
_SUBDIVISION_AFTER_BLOCK = (
    rf"(?:{_WORD}[ \t]+){{1,3}}?(?:{_SUBDIVISION_WORDS}|{_PLACE_WORDS})"
    rf"(?:[ \t]+{_PHASE}|[ \t]+\d{{1,2}}(?!\d|[.,:/]\d))?"
)


# The barangay (village or ward) after the street ("..., Brgy. Bagong Silang", "BRGY. MABOLO"): it locates the
# home like a subdivision, so it belongs to the line; the town after it stays.
# "brgy" is written in addresses only (any case); "barangay" is a word of prose too, so only capitalised.
_BARANGAY = (
    r"(?:[ \t]*\.?[ \t]*,[ \t]*(?:(?i:brgy)\.?[ \t]+[^\W\d_][\w'’\-]*|(?:Barangay|BARANGAY)[ \t]+[A-Z][\w'’\-]*)"
    r"(?:[ \t]+[^\W\d_][\w'’\-]*){0,2})"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    from safe_synthesizer.pii import text_streets as T

    suffix = rf"(?:{T._alternation(T._en_suffixes(ambiguous=True))})\b\.?"
    suffix = rf"(?i:{suffix})(?:[ \t]+(?:Extension|Ext\.))?"
    house = r"\d{1,5}(?:-?[A-Z])?(?![\w\-])"
    street = rf"(?:{_WORD}[ \t]+){{1,3}}?{suffix}"
    numbered = rf"{house}[ \t]+(?:(?:Unit|Apt\.?)[ \t]+[A-Z0-9]{{1,3}}[ \t]+)?{street}"
    tail = rf"(?:[ \t]*,[ \t]*{_SUBDIVISION})?{_BARANGAY}?"
    loose = rf"(?:[ \t]*,[ \t]*{_SUBDIVISION_AFTER_BLOCK})?{_BARANGAY}?"
    # Any street line (any case) before its barangay: "39 thompson hills., brgy. malanday".
    words = r"[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,4}"
    barangay_line = rf"(?<![\w\-]){house}[ \t]+{words}(?:[ \t]*\.?[ \t]*,[ \t]*{words})?{_BARANGAY}"
    return (
        # Block and lot, the street (maybe numbered), the subdivision.
        re.compile(rf"(?<![\w]){_BLOCK}[ \t]*,?[ \t]+(?:{numbered}|{street}){loose}"),
        # Block and lot, the subdivision, then the street ("Block 09 Lot 16 Catmon Cove 7, Agate Drive").
        re.compile(rf"(?<![\w]){_BLOCK}[ \t]*,?[ \t]+{_SUBDIVISION_AFTER_BLOCK}[ \t]*,[ \t]*(?:{numbered}|{street})"),
        # A floor or unit of a building, then the street.
        re.compile(rf"(?<![\w]){_BUILDING}[ \t]*,[ \t]*(?:{numbered}|{street}){loose}"),
        # A house with a lettered number, a unit or an ordinal street, then the subdivision maybe.
        re.compile(rf"(?<![\w\-]){numbered}{tail}"),
        re.compile(barangay_line),
    )


def philippine_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Philippine street lines (block and lot, building floor, street, subdivision) in ``text``."""
    if not _GATE.search(text):
        return []
    out = []
    for i, pattern in enumerate(_patterns()):
        for m in pattern.finditer(text):
            if i == 3 and not _special(m.group()):
                continue  # a plain "12 Main Street": the English street rules' own
            end = m.end()
            while end > m.start() and text[end - 1] in ",. \t":
                end -= 1
            out.append((m.start(), end, E.STREET_ADDRESS))
    return out


_SPECIAL = re.compile(
    rf"^\d{{1,5}}-?[A-Z](?![\w])|(?<![\w]){_ORDINAL}[ \t]|(?:Unit|Apt\.?)[ \t]|Extension|Ext\.|,[ \t]*\S"
)


def _special(line: str) -> bool:
    """A numbered street line with a Philippine part: a lettered house, a unit, an ordinal street name, an
    extension or a subdivision after a comma."""
    return bool(_SPECIAL.search(line))
