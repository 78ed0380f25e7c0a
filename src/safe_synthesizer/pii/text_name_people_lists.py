"""Given names listed after a word for the people they are: ``Kids: Adriana and Katrina.``, ``Children: Oskar,
Lena and Paul``, ``Kinder: Jonas und Mia``, ``Enfants : Lucas et Chloé``, ``Hijos: Mateo y Lucía``, ``Figli:
Giulia e Marco``, ``Kinderen: Daan en Sanne``, ``Sons: Harry & George``, ``Grandchildren Ivo, Mara``.

Contact memos, guest profiles, patient and member records list a person's children, grandchildren or siblings by
the given name alone after a plural noun of the relation. A lone capitalised word is taken by no pair rule, and the
NER model takes the first of a list more often than the rest (``Kids: Adriana and Katrina`` kept ``Katrina``). The
noun is the cue, with or without a colon, a dash or a copula (``kids are``, ``Kinder sind``); a singular noun
(``Son: Harry``, ``Spouse - Anna``) only with a colon or a dash. The items are joined by commas, ``and``, ``&``,
``+`` or the language's "and"; an age in brackets may follow an item (``Tom (7), Mia (4)``). Each item must be a
cued given name (:func:`text_name_given_word.given_word`: listed, capitalised, no function word, weekday, title
or country); a month (``April``, ``June``) counts only in a list that holds another name. After a colon or a dash
items typed in lower case count when they are strict given names (``kids: adriana and katrina``; no common or
English word: ``kids: none``). A listed family name right after an item joins it (``Kids: Tom Lind and Mia Lind``).

Example::

    people_list_spans("Met at the market. Kids: Adriana and Katrina.")  # [(25, 32, ...), (37, 44, ...)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import NAME_WORD, given_word, lower_words
from safe_synthesizer.pii.text_name_lists import family_names
from safe_synthesizer.utils.scripts import LATIN_LOWER

__all__ = ["people_list_spans"]

# Plural nouns of people a record lists by name (English and the supported languages): the cue needs no colon.
_PLURAL = (
    "kids children childs sons daughters grandchildren grandkids grandsons granddaughters siblings brothers "
    "sisters twins dependants dependents parents stepchildren kinder söhne töchter enkel enkelkinder geschwister "
    "brüder schwestern eltern zwillinge enfants filles petits-enfants frères sœurs soeurs jumeaux jumelles hijos "
    "hijas niños nietos nietas hermanos hermanas padres gemelos gemelas figli figlie bambini nipoti fratelli "
    "sorelle genitori gemelli kinderen zonen dochters kleinkinderen broers zussen ouders tweeling filhos filhas "
    "netos irmãos irmãs"
)
# Singular nouns: only with a colon or a dash after them ("Son: Harry", "Spouse - Anna"); "Son Heung-min" is a name.
_SINGULAR = (
    "kid child son daughter grandchild grandson granddaughter spouse wife husband partner sibling brother sister "
    "kind sohn tochter enkelin ehefrau ehemann partnerin enfant fils fille épouse époux conjoint conjointe hijo hija "
    "nieto nieta esposa esposo pareja figlio figlia nipote moglie marito dochter zoon echtgenote echtgenoot"
)


def _alternation(words: str) -> str:
    return "|".join(sorted(map(re.escape, words.split()), key=len, reverse=True))


_COPULA = r"are|is|sind|ist|sont|est|son|es|sono|è|zijn|is|são|é"
_PLURAL_SET = frozenset(_PLURAL.split())
_SINGULAR_SET = frozenset(_SINGULAR.split())
_CUE_SET = _PLURAL_SET | _SINGULAR_SET


@lru_cache(maxsize=256)
def _cue(present: frozenset[str]) -> re.Pattern[str]:
    """The cue pattern of the cue nouns a text holds (a pattern of all of them, tried at every position of every
    cell, was the cost of this rule)."""
    plural = " ".join(sorted(present & _PLURAL_SET)) or "\x00"
    singular = " ".join(sorted(present & _SINGULAR_SET)) or "\x00"
    return re.compile(
        rf"(?<![\w\-])(?i:(?:{_alternation(plural)})(?:['’]s?[ \t]+names?)?(?:[ \t]*[:\-–=,]|[ \t]+(?:{_COPULA}))?"
        rf"|(?:{_alternation(singular)})(?:['’]s?[ \t]+name)?[ \t]*[:\-–=])[ \t]*(?=[^\W\d_])"
    )


_ITEM = re.compile(rf"(?P<given>{NAME_WORD})(?:[ \t]+(?P<family>{NAME_WORD}))?(?![\w'’\-])")
# "kids: adriana and katrina": typed in lower case after a colon or a dash.
_LOWER_ITEM = re.compile(rf"[{LATIN_LOWER}]+(?:-[{LATIN_LOWER}]+)?(?![\w'’\-])")
_AGE = re.compile(r"[ \t]*\([^()\n]{0,20}\)")
_JOIN = re.compile(
    r"[ \t]*(?:,|;|&|\+|/)[ \t]*(?:(?i:and|und|et|y|e|en|og|och)[ \t]+)?|[ \t]+(?i:and|und|et|y|e|en|og|och)[ \t]+"
)


def _lower_given(word: str) -> bool:
    """A lower-case word that, capitalised, is a strict given name: no common or English word (``kids: none``,
    ``children: two and three`` stay)."""
    return given_word("-".join(part.capitalize() for part in word.split("-")), strict=True)


def _family(word: str | None) -> bool:
    return word is not None and word.lower() in family_names() and not given_word(word)


def people_list_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the given names listed after a word for the people they are."""
    out: list[tuple[int, int, str]] = []
    present = lower_words(text) & _CUE_SET
    if not present:
        return out
    for cue in _cue(present).finditer(text):
        items: list[tuple[int, int, bool]] = []  # start, end, a month ("April")
        pos = cue.end()
        labelled = any(ch in cue.group() for ch in ":-–=")
        while True:
            m = _ITEM.match(text, pos)
            if m is None and labelled and (low := _LOWER_ITEM.match(text, pos)) and _lower_given(low.group()):
                items.append((low.start(), low.end(), False))
                pos = low.end()
            elif m is None or not given_word(m.group("given"), months=True):
                break
            else:
                end = m.end() if _family(m.group("family")) else m.end("given")
                items.append((m.start(), end, not given_word(m.group("given"))))
                pos = end
            age = _AGE.match(text, pos)
            pos = age.end() if age else pos
            join = _JOIN.match(text, pos)
            if join is None:
                break
            pos = join.end()
        names = [i for i in items if not i[2]]
        if not names:
            continue
        out += [(a, b, E.NAME if " " in text[a:b] else E.FIRST_NAME) for a, b, _ in items]
    return out
