"""Streets with a street type and no house number (or one after the name), placed by a word of going or being
somewhere, ending at the phrase's end: ``can't get up Plaza de Marisol Castejón, park at the top``, ``Basketing at
Ballaquayle Road Friday 6pm``, ``get up Cleghorn Street, park``, ``up Jalan Bunga Mawar,``, ``new customer Aura
Bas, Pasadizo Ignacio Daza.``, ``Kaya Grandi 31``.

Why: the cued street rules (:mod:`text_street_cued_alone`, :mod:`text_street_unnumbered`) place an unnumbered street
after ``at``/``from``/``outside``... and before punctuation or a clock time. Notes of rounds, deliveries and visits
also place it after a verb's particle of motion (``up``, ``down``, ``along``, ``round``, ``via``, ``past``), after
the comma that follows a person (``new customer <name>, <street>.``), and end it with a day (``at <street> Friday
6pm``) or a dash; a street named after a person (``Plaza de Marisol Castejón``, ``Callejón de Francisco Javier
García``) kept its last names when a rule took only ``Plaza de Marisol`` (set 42, seen: ca_ES, es_ES, en_BZ, en_IM,
en_CC). Malay and Papiamento types (``Jalan``, ``Lorong``, ``Kaya``, ``Kaminda``) and English ``Close``, ``Way``,
``Grove``, ``Gardens``, ``Mews``, ``Parade`` were unknown to those rules.

Two layouts, each after a cue and before the phrase's end (punctuation, a line break, `` - ``, the end, a clock
time, a weekday, ``today``/``tomorrow``):

- a street type first (Romance, Slavic, Malay, Papiamento: :mod:`text_street_vocab`'s types, capitalised where the
  word is also an ordinary one), an optional particle, then one to five capitalised words (particles between them)
  and an optional house number: the whole name is the street's, person's names inside it included. After a comma
  only a capitalised type counts, and none of the types that are ordinary words (``Via``, ``Place``, ``Casa``);
- English: one to three capitalised words and a type written out (``Road``, ``Street``, ``Close``, ``Way``...), after
  a word of motion or place only (never after a comma: ``Smith, Park Lane`` needs more).

Example::

    route_cued_street_spans("Chipper can't get up Plaza de Marisol Castejón, park at the top.")
    # [(21, 46, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_street_vocab import CAPITALISED_PREFIXES, DOTTED_PREFIXES, PREFIXES
from safe_synthesizer.pii.weekday_dates import WEEKDAYS

__all__ = ["route_cued_street_spans"]

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ"
_LOW = "a-zß-öø-ÿā-žа-яёіїєґ"
# English function words capitalised in a heading end the name ("Place Of Worship").
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Tonight"
_FUNCTION = r"Of|The|And|For|To|In|On|At|With|From|By|My|Your|His|Her|Its|Our|Their|This|That|No|One|Every|Any"
_CAP = rf"(?!(?:{_FUNCTION}|{_DAYS})(?![\w'’\-]))[{_UP}][{_LOW}'’\-]*[{_LOW}]"
_INITIAL = rf"[{_UP}]\.(?=[ \t]+[{_UP}])"  # "Kaya Gobernador N. Debrot"
_PARTICLE = (
    r"(?:de[ \t]+la|de[ \t]+les|de[ \t]+los|de[ \t]+las|del|dels|de|di|da|do|dos|das|du|des|della|dei|la|le|les"
    r"|van|von|der|den|bin|binti|y|e|i|d['’])"
)
_NAME_WORD = rf"(?:{_CAP}|{_INITIAL})"
_NAME = rf"(?:{_PARTICLE}[ \t]*)?{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{0,4}}"
# A house number after the name: "Kaya Grandi 31", "наб. Сурикова, д. 4/2", "Calle Mayor, 5".
_HOUSE = r"(?:,?[ \t]+(?:(?:д\.|дом|No\.?|N[°º]|n[°º])[ \t]*)?\d{1,5}[A-Za-z]?(?:/\d{1,4})?(?![\w/]))?"
# Street types beyond the shared vocabulary: Malay and Indonesian, Russian and Ukrainian abbreviations.
_MORE_TYPES = ("Jalan", "Jln.", "Jl.", "Lorong", "Lrg.", "Persiaran", "Lebuh", "Lebuhraya", "Callejón", "Pasadizo")
_CYRILLIC_TYPES = (
    "ул.", "улица", "наб.", "набережная", "пер.", "переулок", "просп.", "проспект", "пр-т", "бул.", "бульвар", "пл.",
    "площадь", "ш.", "шоссе", "туп.", "тупик", "вул.", "вулиця", "пров.", "провулок", "узвіз", "майдан",
)  # fmt: skip
# Types written in lower case in notes that no English word is.
_LOWER_TYPES = (
    "rue", "chemin", "allée", "impasse", "quai", "calle", "avenida", "rua", "travessa", "ulica", "aleja", "viale",
    "piazza", "vicolo", "carrer", "avinguda", "passeig", "callejón", "pasaje", "jalan",
)  # fmt: skip
# Types that are ordinary words or titles too: only capitalised, and never after a bare comma.
_ORDINARY = frozenset({"via", "place", "route", "square", "casa", "vila", "quadra", "setor", "trecho", "conjunto"})
_ORDINARY |= frozenset({"vereda", "ave", "av", "largo", "plaza", "acceso", "vial", "carrera", "stretto", "incrocio"})
_EN_TYPES = r"(?:Road|Street|Avenue|Lane|Drive|Close|Crescent|Way|Grove|Gardens|Terrace|Parade|Mews|Boulevard|Highway)"
_MOTION = (
    r"(?i:at|on|in|to|from|up|down|along|across|into|onto|off|past|near|outside|opposite|behind|via|round|around"
    r"|through|towards|toward)"
)
_PLACING = (
    r"(?:en|a|al|por|desde|hasta|hacia|em|na|no|pela|pelo|para|à|au|sur|dans|vers|par|presso|alla|nella|sulla|per"
    r"|verso|su|op|aan|naar|bij|an|auf|nach|zur|zum|bei|di|ke|dari|на|в|по|у|от|до|около|возле)"
)
_CLOCK = r"(?:at|after|before|by|from|a[ \t]+las|alle|às|à|um|om|vers)[ \t]+\d"


@lru_cache(maxsize=1)
def _end() -> str:
    days = sorted({alt.replace("_", " ") for text in WEEKDAYS.values() for day in text.split("|")[0].split()
                   for alt in day.split("/") if len(alt) >= 5}, key=len, reverse=True)  # fmt: skip
    day = "|".join(re.escape(d) for d in days)
    words = rf"(?i:{day}|today|tomorrow|tonight|yesterday|after|before)(?![\w])"
    return rf"(?=[ \t]*(?:[!.,;:)\n]|$|[-–—][ \t]|{_CLOCK}|{words}))"


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _capitalised(words: set[str]) -> set[str]:
    return {w[:1].upper() + w[1:] for w in words}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    plain = {w for w in (*PREFIXES, *_MORE_TYPES, *CAPITALISED_PREFIXES) if w.casefold() not in _ORDINARY}
    dotted = {f"{w}." for w in DOTTED_PREFIXES if len(w) > 1}
    # Capitalised, every type; in lower case only the types no English word is (``rue``, ``calle``, ``ул.``).
    strong = _alternation(_capitalised(plain | dotted) | set(_LOWER_TYPES) | set(_CYRILLIC_TYPES))
    ordinary = _alternation(_capitalised(set(_ORDINARY) - {"casa", "vila", "quadra", "setor", "trecho"}))
    end = _end()
    cue = rf"(?<![\w\-])(?:{_MOTION}|{_PLACING})[ \t]+"
    prefixed = re.compile(rf"{cue}(?P<street>(?:{strong}|{ordinary})[ \t]+{_NAME}{_HOUSE}){end}")
    # After a comma: a capitalised strong type opening the clause ("..., Pasadizo Aura Bas.").
    # An ordinary type counts there before a particle ("..., Plaza de Juanito Barroso.").
    before_particle = rf"(?:{ordinary})(?=[ \t]+(?:de|del|di|da|do|du|des|della)[ \t])"
    after_comma = re.compile(
        rf"(?<=[\w.)],[ \t])(?P<street>(?=[{_UP}])(?:{strong}|{before_particle})[ \t]+{_NAME}{_HOUSE}){end}"
    )
    english = re.compile(
        rf"(?<![\w\-]){_MOTION}[ \t]+(?P<street>{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+{_EN_TYPES})(?![\w\-]){end}"
    )
    return prefixed, after_comma, english


_LOWER_OR_CYRILLIC = frozenset(w.casefold().rstrip(".") for w in (*_LOWER_TYPES, *_CYRILLIC_TYPES))
_TRIM = ".,;:!?()\"'“”‘’"
_EN_TYPE_WORDS = frozenset(_EN_TYPES[3:-1].split("|"))


@lru_cache(maxsize=1)
def _type_words() -> tuple[frozenset[str], frozenset[str]]:
    """The street types of the prefixed layouts as :func:`_gate` compares a note's words (lower case, no dot): those
    counted in any case (capitalised ones too), and the abbreviations counted only with their dot."""
    words = {*PREFIXES, *_MORE_TYPES, *CAPITALISED_PREFIXES, *_LOWER_TYPES, *_CYRILLIC_TYPES} | _ORDINARY
    return frozenset(w.casefold().rstrip(".") for w in words), frozenset(w.casefold() for w in DOTTED_PREFIXES)


def _gate(text: str) -> tuple[bool, bool]:
    """Whether a note holds a prefixed type word and an English type word: one pass over its words, so a note with
    neither costs no regex search."""
    prefixed = english = False
    types, dotted = _type_words()
    for word in text.split():
        bare = word.strip(_TRIM)
        if bare in _EN_TYPE_WORDS:
            english = True
        elif len(bare) > 1 and (bare.casefold() in types or (word.endswith(".") and bare.casefold() in dotted)):
            prefixed = prefixed or bare[:1].isupper() or bare.casefold() in _LOWER_OR_CYRILLIC
    return prefixed, english


def route_cued_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Streets with a street type placed by a word of motion or place, or opening a clause after a comma (see the
    module docstring); the spans end where the street's name (and house number) ends."""
    prefixed, english = _gate(text)
    if not (prefixed or english):
        return []
    out: set[tuple[int, int, str]] = set()
    wanted = (prefixed, prefixed, english)
    for pattern, want in zip(_patterns(), wanted, strict=True):
        if want:
            out |= {(m.start("street"), m.end("street"), E.STREET_ADDRESS) for m in pattern.finditer(text)}
    return sorted(out)
