"""Words of a place named after a person: a room, a hall, a dojo, a club, a school (``Salle Debussy``,
``Hildegard Room``, ``Clara-Schumann-Saal``, ``Dojo Mokhothu``, ``Universidad Simón Bolívar``).

Why: rooms, halls, dojos, clubs and universities are often named after people, so their values hold listed given
and family names; what no person's name holds is the word of the place's kind, in the languages the tables use,
as a word of its own or glued to the end of a compound (``Sweelinckzaal``, ``Beethovenhalle``). A column of such
values is a category of places, not of people.

Example::

    has_venue_word("Salle Debussy"), has_venue_word("Sweelinckzaal"), has_venue_word("Ana Sala")
    # (True, True, False)  -- ``Sala`` is also a family name: a place word only as the first of two words
"""

from __future__ import annotations

import re

# Words of a place's kind, case folded, as words of their own.
VENUE_WORDS = frozenset({
    "room", "rooms", "studio", "suite", "dojo", "dojang", "budokan", "club", "klub", "kulüp",
    "school", "schule", "école", "escuela", "escola", "scuola", "college", "collège", "colegio", "university",
    "universität", "université", "universidad", "universidade", "università", "universiteit", "universiti",
    "uniwersytet", "univerzita", "academy", "akademie", "academia", "académie", "institute", "institut",
    "instituto", "istituto", "centre", "center", "centro", "zentrum", "arena", "stadium", "stadion", "estadio",
    "theatre", "theater", "teatro", "théâtre", "auditorium", "library", "bibliothek", "biblioteca", "lab",
    "saal", "zaal", "salle", "aula", "lokaal", "raum", "zimmer", "kamer", "sali", "gym", "pavilion", "building",
    "hostel", "hotel", "kirche", "église", "iglesia", "chiesa", "mosque", "masjid", "hospital", "klinik", "clinic",
    "foundation", "stiftung", "fundación", "trust",
    "society", "association", "verein", "team", "fc", "sc", "sv", "ac",
})  # fmt: skip
# Words of a kind that are also family names (``Sala``, ``Hall``, ``Temple``, ``Church``, ``Arena``): a
# place word only when they open the value (``Sala Falla``, ``Hall Verdi``), not when they close it (``Ana Sala``).
# (``Park``, ``Wing`` open Korean and Cantonese names written family name first: never place words.)
OPENING_VENUE_WORDS = frozenset({"sala", "salón", "casa", "villa", "hall", "temple", "church", "arena"})
# Ends of glued compounds that name a room or a hall (``Sweelinckzaal``, ``Beethovenhalle``, ``Sibeliussali``).
_GLUED = re.compile(r"(?:saal|zaal|halle|hallen|salen|sali|zimmer|kamer|schule|school|dojo)$", re.IGNORECASE)
# A dojo's or a club's name glued by a hyphen (``Mokhothu-Kai``, ``Tanaka-Ryu``, ``Sato-Kan``).
_HYPHEN_KIND = re.compile(r"-(?:kai|kan|ryu|ryū|juku|dojo)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def has_venue_word(value: str) -> bool:
    """``value`` holds a word of a place's kind (room, hall, dojo, club, school...), alone or as a compound's end."""
    words = [w.casefold() for w in _WORD.findall(value)]
    if not words:
        return False
    if _HYPHEN_KIND.search(value):
        return True
    if any(w in VENUE_WORDS for w in words):
        return True
    if len(words) >= 2 and words[0] in OPENING_VENUE_WORDS:
        return True
    return any(len(w) > 6 and _GLUED.search(w) for w in words)
