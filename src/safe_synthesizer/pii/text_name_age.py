"""A given name with the person's age in brackets right after it: ``Tülay (age 6) too``, ``Tom (7) and Mia
(4)``, ``Jonas (3 J.)``, ``Maëlle (5 ans)``, ``Ximena (edad 8)``.

RSVPs, school and club registrations, camp and booking remarks list children (and sometimes adults) by the
given name alone with their age after it in brackets. A lone capitalised word is taken by no pair rule, and
the NER model often reads ``Tülay`` or ``Oda`` as no person. The bracketed age is the evidence: a bracket
holding only a number of years, with or without an age word (``age``, ``aged``, ``Alter``, ``âge``,
``edad``, ``età``, ``leeftijd``, ``idade``, ``ålder``, ``wiek``, ``vârsta``) or a unit of years or months
(``yrs``, ``y/o``, ``J.``, ``Jahre``, ``ans``, ``años``, ``anni``, ``jaar``, ``år``, ``lat``, ``months``).

The word before it must be a lone given name (:func:`text_name_for_whom.lone_given_name`: listed, no place,
calendar or kin word); with a bare number (``Rose (12)``, a florist's count) it must also be no common word
and no English adjective, verb or adverb. A capitalised listed surname between the given name and the bracket
joins the span (``Mia Lindholm (4)``).

Example::

    age_name_spans("Witold coming, Tülay (age 6) too")  # [(15, 20, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_for_whom import lone_given_name
from safe_synthesizer.pii.text_name_lists import family_names

__all__ = ["age_name_spans"]

_AGE_WORD = r"age|aged|alter|âge|edad|età|eta|leeftijd|idade|ålder|alder|wiek|vârsta|varsta|yaş|ikä"
_UNIT = (
    r"y|yo|y/o|yr|yrs|years?(?:[ \t]+old)?|m|mo|mos|mths?|months?|j|jr|jahre|monate|ans|mois|años|anos|meses|"
    r"anni|mesi|jaar|maanden|år|mån|lat|let|ani|luni|yaş|v"
)
_NAME = r"[^\W\d_]+(?:-[^\W\d_]+)?"
_WORD_BEFORE = re.compile(rf"(?<![\w\-'’])({_NAME})[ \t]+$")
_AGED = re.compile(
    rf"(?<![\w\-'’])(?P<word1>{_NAME})[ \t]*\([ \t]*"
    rf"(?P<word>(?i:{_AGE_WORD})[ \t:.]*)?(?P<age>\d{{1,3}})[ \t]*(?P<unit>(?i:{_UNIT})\.?)?[ \t]*\)"
)


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    """Common words, English adjectives, verbs and adverbs: ``Rose (12)``, ``Will (2)`` may be counts."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return common_words() | english_vocabulary(("adj", "verb", "adv"))


def _surname(word: str) -> bool:
    return word[:1].isupper() and word[1:].replace("-", "").islower() and word.lower() in family_names()


def age_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of given names with an age in brackets after them (see the module docstring)."""
    if "(" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _AGED.finditer(text):
        if int(m.group("age")) > 120:
            continue
        bare = not (m.group("word") or m.group("unit"))
        word, start = m.group("word1"), m.start("word1")
        if _given(word, bare):
            out.append((start, m.end("word1"), E.FIRST_NAME))
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and _surname(word) and _given(before.group(1), bare):
            out.append((before.start(1), m.end("word1"), E.NAME))  # "Mia Lindholm (4)"
    return out


def _given(word: str, bare: bool) -> bool:
    return lone_given_name(word) and not (bare and word.lower() in _ordinary())
