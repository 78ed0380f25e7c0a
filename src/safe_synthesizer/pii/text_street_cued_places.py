"""Streets, villages and landmark addresses with no house number, placed by a cue that only an address follows:
``Lives Airport Road, walks over``, ``lives Rafaelpad.``, ``I'm outside Khubetsoana, where r u``, ``new client at
Ha Tšosane starts wed``, ``Paper left at MacDonald-Herd Street again``, ``Lives Seaside Tongoa, opposite the
nakamal.``, ``Letter to Fale, near the fale fono.``, ``Home Ajeltake, near the high school, 247-8360``, ``Airport
Road: Times changed``.

Why: the street layouts of :mod:`text_streets` know a street by its house number, its postcode, or a placing word
and the phrase's end (:mod:`text_street_bare_shapes`, :mod:`text_street_unnumbered`). Island, rural and informal
addresses are a village, a district or a street with no number, and notes write them after a verb with no
preposition (``Lives X``), before a lower-case word (``at X again``, ``at X all afternoon``) or with a landmark after
them. What tells them is the cue, so the evidence a value needs grows as the cue weakens:

- after a cue that only a place follows (``Lives``/``lives``, ``I'm at``/``I'm outside``, ``No answer at``,
  ``client at``, a sentence's ``Home``): one to four capitalised words holding a street-type word, a village word,
  a plot or postal box (``BP 10748``, ``Plot 65845``), or a word no English vocabulary has (``Rafaelpad``,
  ``Khubetsoana``; ``Lives London`` is left to the town rules); a run of another script in an English note
  (``I'm outside Κουλαουσάρη``);
- after an ordinary placing word (``at``, ``outside``, ``on``, ``near``) or ``Letter to``: a street type written
  out that no public place shares (``Street``, ``Road``, ``Allé``, a Romance type first: ``Strada di Paderna``), or
  any of the values above when a landmark phrase follows (``at Fale, by the school``);
- a line that starts with a typed street or a village and a colon (``Airport Road: ...``, ``Atafu village: ...``).

A landmark phrase after the value (``, opposite the nakamal``, ``, behind Payless``, ``, near the high school``)
belongs to the span: it locates the home as well as the village does. Days, months, polite words and
possessives (``at Kevin's``) never open a value; ``at the park``, ``by the door`` and ``at lunch`` are no
capitalised value at all.

Example::

    cued_place_street_spans("Lives Seaside Tongoa, opposite the nakamal.")  # [(6, 42, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["cued_place_street_spans"]

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-žőű"
# A capitalised word: hyphens and apostrophes inside (``Vaitele-uta``, ``Ili'ili``, ``MacDonald-Herd``,
# ``Wickham's``); an all-capital word of four letters or more (``ÇAPAYEV``) too.
_WORD = rf"(?:(?:[hnt]-)?[{_UP}][{_LOW}]+(?:['’\-][{_UP}{_LOW}]+|[{_UP}][{_LOW}]+)*|[{_UP}]{{4,}})"
_PARTICLE = r"(?:de|du|des|di|da|do|dos|das|del|della|na|la|le|van|von|der|den|y|e|i)"
# One to four words, particles between them, and a regnal or lot number at the end (``Wickham's Cay I``).
_LOWER_FIRST = r"(?:rang|route|rue|chemin|calle|rua|via|ulica|aleja|strada|canale)"
_CZECH_WORDS = ("U", "V", "Ve", "Na", "K", "Ke", "Pod", "Nad", "Za", "Pri")
_CZECH = rf"(?:{'|'.join(_CZECH_WORDS)})"
# A lower-case word last: a village word (``Mwan village``) or a street word of no English vocabulary before the
# phrase's end (``Šumski prečac,``, ``Guovdageainnu geaidnu,``), checked by ``_lower_tail_ok``.
_LOWER_LAST = rf"(?:[ \t]+(?P<lower>[{_LOW}]{{4,}})(?=[ \t]*[.,;:!?)\n]|[ \t]*$|[ \t]+(?:by|near|behind|past)[ \t]))?"
_NAME = (
    rf"(?:(?:{_LOWER_FIRST}|{_CZECH})[ \t]+)?{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}"
    rf"(?:[ \t]+[IVX]{{1,3}}(?![\w]))?{_LOWER_LAST}"
)
_BOX = r"(?:BP|B\.P\.|P\.?O\.?[ \t]+Box|Plot|Lot|Stand)[ \t]+\d{1,6}[A-Z]?"
# Other scripts' words (Greek, Cyrillic, Armenian, Georgian, Arabic, Hebrew) in an English note.
_SCRIPT = r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u10a0-\u10ff\u0590-\u05ff\u0600-\u06ff]"
_FOREIGN = rf"{_SCRIPT}+(?:[ \t]+{_SCRIPT}+){{0,3}}\.?"
# Cues only a place follows, and ordinary placing words.
_STRONG = (
    r"(?:(?<![\w'’])(?:[Ll]ives|LIVES)(?:[ \t]+(?:at|in|on))?|(?<![\w'’])(?i:I['’]?m)[ \t]+(?:at|outside)"
    r"|(?<![\w'’])[Nn]o[ \t]+answer[ \t]+at|(?<![\w'’])client[ \t]+at|(?:^|(?<=[.!?][ \t])|(?<=\n))Home)"
)
_WEAK = (
    r"(?:(?<![\w'’])(?:at|outside|on|near|[Ll]etter[ \t]+to|[Ll]etter[ \t]+sent[ \t]+to|[Mm]ora[ \t]+(?:na|no|em)"
    r"|[Vv]ive[ \t]+en))"
)
# A landmark after the place: a cue, maybe "the", and its words up to a landmark noun or the phrase's end.
_LM_CUE = r"(?:near|by|behind|beside|opposite|past|next[ \t]+to|across[ \t]+from|close[ \t]+to|in[ \t]+front[ \t]+of)"
_NOUNS = (
    r"(?:clinic|hospital|school|church|chapel|mission|mosque|temple|hall|market|store|shop|station|stadium|bridge"
    r"|stop|office|wharf|dock|jetty|airport|airstrip|field|ground|park|bank|garage|pharmacy|hotel|bakery"
    r"|cemetery|tank|well|pier|centre|center|court|building|house|fono|maneaba|maneapa|nakamal)"
)
_LM_WORD = rf"(?:[{_UP}{_LOW}][{_LOW}'’\-]*|[{_UP}]{{2,}})"
_LANDMARK = (
    rf"[ \t]*,[ \t]*{_LM_CUE}[ \t]+(?:the[ \t]+)?(?:(?:{_LM_WORD}[ \t]+){{0,3}}{_NOUNS}(?![\w])"
    rf"|{_LM_WORD}(?:[ \t]+{_LM_WORD}){{0,2}}(?=[ \t]*(?:[.,;!?)\n]|$)))"
)
# Where the value ends: punctuation, the end, a line break, or a lower-case word (``again``, ``all afternoon``).
_END = rf"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+[{_LOW}])"
_NOT_OPEN = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december today tomorrow tonight please thanks thank cheers ok okay yes no not the
    this that these those there here home work school church lunch dinner breakfast noon midnight reception
    christmas easter weekend weekends i we you he she they it his her their my our""".split()  # noqa: SIM905
)
# Types that name a street and no public place (after an ordinary placing word), and village words.
_STREET_TYPES = (
    "Street", "Road", "Avenue", "Lane", "Drive", "Crescent", "Boulevard", "Highway", "Terrace", "Motorway",
    "Parkway", "Close", "Rd", "St", "Ave", "Ghut", "Cay",
)  # fmt: skip
_VILLAGE = ("village", "Village", "Settlement", "Estate", "Camp", "Compound")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """(type words last, type words first, glued endings, every street word) of the street vocabulary."""
    from safe_synthesizer.pii.text_street_vocab import (
        CAPITALISED_PREFIXES,
        PREFIXES,
        SPACED_TYPES,
        _en_suffixes,
        _faker_prefixes,
        _glued,
    )

    last = frozenset(_STREET_TYPES) | frozenset(SPACED_TYPES) | frozenset(_VILLAGE)
    first = frozenset(w.capitalize() for w in PREFIXES) | frozenset(CAPITALISED_PREFIXES + _faker_prefixes())
    first |= {"Trg", "Ulica", "Clos", "Canale", "Strada", "Rang", "Rue", "Kampung", "Aldeia", "Suco", "rang"}
    glued = tuple(sorted((g for g in _glued() if len(g) >= 3 and g.isalpha()), key=len, reverse=True))
    every = frozenset(w.capitalize() for w in _en_suffixes(ambiguous=True)) | last
    return last, first, glued, every


def _typed(value: str, strong: bool) -> bool:
    """``value`` holds a street-type or village word (after a weak cue: one no public place shares)."""
    last, first, glued, every = _vocab()
    words = [w for w in value.split() if not w[:1].isdigit()]
    if len(words) > 1 and re.fullmatch(r"[IVX]{1,3}", words[-1]):  # a regnal or lot number ("Wickham's Cay I")
        words = words[:-1]
    if not words:
        return False
    # A type first ("Strada di Paderna", "Trg Slobode"); after a weak cue the name is no English word ("Route
    # Planning", "Place Settings", "Square Feet" are headings and prose).
    if words[0] in first and len(words) > 1 and (strong or _unknown(" ".join(words[1:]))):
        return True
    # Czech and Slovene streets open with a preposition (``U Podjezdu``, ``V Varde``, ``Na Poříčí``).
    if words[0] in _CZECH_WORDS and len(words) > 1 and _unknown(" ".join(words[1:])):
        return True
    tail = words[-1]
    if len(words) > 1 and (tail in last or tail.capitalize() in _VILLAGE or (strong and tail in every)):
        return True
    low = words[-1].lower()
    return len(words) == 1 and any(low.endswith(g) and len(low) >= len(g) + 3 for g in glued)


_WORDS = re.compile(r"[^\W\d_]+")
_ENDINGS = ("ing", "ed", "es", "s", "d", "ly", "er")


def _unknown(value: str) -> bool:
    """Some word of ``value`` is no English word nor an inflection of one (``Rafaelpad``, ``prečac``; not
    ``called``, ``Settings``): a place's own name."""
    from safe_synthesizer.pii.text_street_lots import _common, _english

    english, common = _english(), _common()
    for word in _WORDS.findall(value):
        low = word.lower()
        if len(low) < 3 or low in english or low in common:
            continue
        if any(low.endswith(e) and low[: -len(e)] in english for e in _ENDINGS):
            continue
        return True
    return False


def _opens(value: str, typed: bool) -> bool:
    """Days, months, polite words and pronouns open no place; ``The`` and a possessive only a typed one."""
    word = value.split()[0].strip(".,")
    if word.lower() in ("the",) or re.search(r"['’]s$", word):
        return typed
    return word.lower() not in _NOT_OPEN


_NAME_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _NAME)
# More parts after a comma (``Cockburn Harbour, Tower Hill.``, ``Aldeia Manleuana, Suco Becora.``), up to the
# phrase's end or a phone number after a comma (``Home Faleasiu, Upolu, +685 ...``).
_MORE = (
    rf"(?P<more>(?:[ \t]*,[ \t]*{_NAME_PLAIN}){{1,2}}"
    rf"(?=[ \t]*(?:[.;!?)\n]|$|,[ \t]*[+(\d]|,[ \t]*[a-z]+[ \t]+side\b)))?"
)
_SIDE = r"[ \t]*,[ \t]*(?:ocean|lagoon|sea|bush|beach|reef|road|hill|lake|river)[ \t]+side(?![\w])"
_NUM = r"(?P<num>[ \t]+\d{1,4}[A-Za-z]?(?![\w/\-]|\.\d))?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    value = rf"(?P<value>{_BOX}|{_NAME}{_NUM}|{_FOREIGN}){_MORE}"
    landmark = rf"(?P<landmark>{_LANDMARK}|{_SIDE})?"
    strong = re.compile(rf"{_STRONG}[ \t]*:?[ \t]+{value}{landmark}{_END}")
    weak = re.compile(rf"{_WEAK}[ \t]+{value}{landmark}{_END}")
    label = re.compile(rf"(?:^|(?<=\n))(?P<value>{_NAME})(?P<num>)(?P<more>)(?P<landmark>)[ \t]*:[ \t]")
    return strong, weak, label


_GATE = re.compile(r"(?i:lives|i'?m |i’m |answer|client|home|at |outside|on |near|letter|mora |vive |:)")


def _accept(kind: str, m: re.Match[str], value: str, landmark: bool) -> bool:
    boxed = re.fullmatch(_BOX, value) is not None
    foreign = re.match(_SCRIPT, value) is not None
    typed = not boxed and not foreign and _typed(value, strong=kind == "strong")
    if not foreign and not _opens(value, typed):
        return False
    if m.group("num") and not typed:
        return False
    if kind == "label":  # "Square Feet:", "Route Planning:" are headings: a type last or a village only
        return typed and value.split()[0] not in _vocab()[1]
    if kind == "strong":
        return boxed or foreign or typed or _unknown(value)
    if foreign:
        return not m.group(0).lower().startswith("letter")
    return typed or (landmark and (_unknown(value) or _typed(value, strong=True)))


def cued_place_street_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of the unnumbered places of the module docstring."""
    if not _GATE.search(text):
        return []
    strong, weak, label = _patterns()
    out: list[tuple[int, int, str]] = []
    for kind, pattern in (("strong", strong), ("weak", weak), ("label", label)):
        for m in pattern.finditer(text):
            start = m.start("value")
            value, more, landmark = m.group("value"), m.group("more"), m.group("landmark")
            end = m.end("landmark") if landmark else m.end("more") if more else m.end("num") if m.group("num") else 0
            # A lower-case last word is the place's own only when it is a village word or no English word; else
            # it starts the next phrase ("at rang Morin again, Michaud ..."): the value ends before it.
            lower = m.group("lower") if "lower" in pattern.groupindex else None
            if lower and lower != "village" and not _unknown(lower):
                value, more, landmark, end = text[start : m.start("lower")].rstrip(), None, None, 0
                if m.group("num"):
                    continue
            value = value.rstrip(".")
            # "Home Tofol, 930 3079": after a sentence's "Home" the place is a line of its own, a comma after it.
            if m.group(0).startswith("Home") and not re.match(r"[ \t]*,", text[end or start + len(value) :]):
                continue
            if not value or not _accept(kind, m, value, bool(landmark)):
                continue
            parts = [p.strip() for p in (more or "").split(",") if p.strip()]
            if parts and not all(_unknown(p) or _typed(p, strong=True) for p in parts):
                continue
            out.append((start, end or start + len(value), E.STREET_ADDRESS))
    return sorted(set(out))
