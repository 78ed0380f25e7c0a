"""Quarters and villages as the address in free text, in any case, told by the house or landmark after them:
``quartier Mgombani, près du collège``, ``quartier Cavani Sud, case 57``, ``village de Hamjago, derrière la
mosquée du vendredi``, ``Quartier 6, près du marché``, ``Avenue 1, Quartier 1``, ``cité Hodan 2, villa 45``.

Why: in Mayotte, the Comoros, Djibouti and much of French-speaking Africa a house has no street number: the
address is the quarter or village and what finds the house in it (a ``case``/``villa``/``lot`` number or a
landmark). The run rules (:mod:`text_street_runs`) read capitalised quarter words with a name (``Quartier
Tampouy``), so a note typed in lower case (``quartier Mgombani``, ``village de Hamjago``) or a quarter named by a
number (``Quartier 6``) kept the whole address (set 36, Mayotte and Djibouti: 5 of 14 lines missed).

A span is a quarter word in any case (``quartier``, ``village``, ``cité``, ``lotissement``, ``hameau``,
``lieu-dit``, ``secteur``, ``bairro``, ``barrio``, maybe ``de``/``du``), the quarter's name (one to three
capitalised words, maybe a compass word: ``Cavani Sud``) or number (``6``, ``2B``), and right after it, past a
comma, a house part (``case 57``, ``villa 45``, ``lot 14``, ``maison 3``, ``porte 2``, ``n° 8``) or a landmark
phrase (``près du collège``, ``derrière la mosquée du vendredi``, ``near the church``); or a numbered avenue or
street before a numbered quarter (``Avenue 1, Quartier 1``: Djibouti's grid). Why no more: a quarter alone is
news prose as often as an address (``le quartier Latin``, ``a village Council``); the house or landmark after it
is what an address has and prose seldom has. The landmark phrase is the noun phrase of a landmark noun, maybe with
its own complement (``du vendredi``, ``de la ville``), and ends where the phrase ends.

Example::

    quarter_street_spans("Boiler at quartier Mgombani, près du collège condemned")  # [(10, 45, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_street_runs import _ARTICLE, _LM_CUE, _NOUNS
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["quarter_street_spans"]

_UP, _LO = LATIN_UPPER, LATIN_LOWER
_CAPW = rf"[{_UP}][{_LO}{_UP}]*(?:['’\-][{_UP}{_LO}]+)*"
_QWORD = (
    r"(?i:quartier|qrt\.|qtier|village|cité|cite|lotissement|hameau|lieu-dit|secteur|bairro|barrio)"
    r"(?:[ \t]+(?:de|du|d['’]))?"
)
_COMPASS = r"(?:Nord|Sud|Est|Ouest|Centre|Haut|Bas|North|South|East|West|Central)"
_NAME = (
    rf"(?:{_CAPW}(?:[ \t]+(?:de|du|des|la|le|les)?[ \t]*{_CAPW}){{0,2}}(?:[ \t]+(?:{_COMPASS}|\d{{1,3}}))?"
    rf"|\d{{1,3}}[A-Za-z]?)(?![\w'’\-])"
)
_HOUSE = (
    r"(?i:case|villa|lot|maison|porte|parcelle|bât\.?|bâtiment|appt\.?|carré|n°|nº|no\.)[ \t]*"
    r"(?:\d{1,4}[A-Za-z]?|[A-Z])(?![\w/])"
)
# The landmark noun phrase: a cue, maybe an article, up to two words, the noun, maybe its own complement ("du
# vendredi", "de la ville", "Saint-Michel").
_LANDMARK = (
    rf"{_LM_CUE}[ \t]*(?:{_ARTICLE}[ \t]*)?(?:[{_UP}{_LO}][{_LO}]+[ \t]+){{0,2}}(?i:{_NOUNS})(?![\w\-])"
    rf"(?:[ \t]+(?:du|des|de[ \t]+la|de[ \t]+l['’]|de|of[ \t]+the|of)[ \t]*[{_UP}{_LO}][{_LO}{_UP}'’\-]{{2,}})?"
)
# "dans le quartier Saint-Michel, près de la gare": a determiner before the quarter word makes it prose (an address
# line starts with the quarter word, or "au"/"at"/"chez X," before it).
_DETERMINER = re.compile(
    r"(?i)(?<![\w])(?:le|ce|un|du|des|the|a|this|our|their|his|her|notre|son|leur|mon|ton|el|los|"
    r"un|una|um|uma|o|os|este|esta|ese|nuestro|nosso)[ \t]+$"
)
_END = r"(?=[ \t]*(?:[,;:!?)\]\n(]|\.(?:\s|$)|$)|[ \t]+[a-z])"
_GATE_WORDS = ("quartier", "qrt.", "qtier", "village", "cité", "cite", "lotissement", "hameau", "lieu-dit", "secteur",
               "bairro", "barrio")  # fmt: skip


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    quarter = rf"(?<![\w\-]){_QWORD}[ \t]+{_NAME}"
    tail = rf"[ \t]*,?[ \t]*(?:{_HOUSE}|{_LANDMARK})"
    with_tail = re.compile(rf"{quarter}{tail}(?:[ \t]*,[ \t]*{_HOUSE})?{_END}")
    gridded = re.compile(
        rf"(?<![\w\-])(?i:avenue|rue|route)[ \t]+\d{{1,3}}[ \t]*,[ \t]*(?i:quartier|secteur)[ \t]+\d{{1,3}}"
        rf"(?![\w/.,]\d)(?:{tail})?{_END}"
    )
    return with_tail, gridded


def quarter_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Quarter-and-house or quarter-and-landmark lines in ``text`` (module docstring)."""
    low = text.lower()
    if not any(w in low for w in _GATE_WORDS):
        return []
    out = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            if _DETERMINER.search(text, max(0, m.start() - 8), m.start()):
                continue
            end = m.end()
            while end > m.start() and text[end - 1] in " \t,.":
                end -= 1
            out.append((m.start(), end, E.STREET_ADDRESS))
    return sorted(set(out))
