"""English street lines whose type is an ordinary word (``469 stacey flat``, ``35 HALL LOCKS``,
``752 McIntyre Flats``, ``9 weiss mount``, ``960 charles islands``), known by what surrounds them.

Faker's English street suffixes include words of everyday prose (Flat(s), Locks, Mount, Islands, Keys, Point,
View, Station, Club...). After a house number they are a street only with strong evidence, so "3 little
locks", "2 green lights" and "5 star points" stay prose:

- the words between the number and the type are all names of persons (``stacey``, ``Hall``, ``McIntyre``:
  Faker names its streets after people) and none is a function word or a measure;
- and the line sits where an address goes: after a word of place or movement (``to``, ``from``, ``at``,
  ``for``, ``of``, ``on``, ``outside``, ``collect from``, ``site:``, ``address:``), or before a town and a
  postcode (``, Burkeside BB71 5GS``, ``, Whakanuku 8085``); or its house number is one prose seldom
  writes (three to five digits that are no year, ``5859 Tracy Neck``, or a leading zero, ``05 Rebecca Locks``).

Example::

    plain_en_street_spans("popped round to 469 stacey flat - no answer")  # [(16, 31, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["plain_en_street_spans"]

# A word of place or movement, or an address label, right before the house number.
_CUE_BEFORE = re.compile(
    r"(?i)(?:(?<![\w])(?:to|from|at|for|of|on|outside|near|opposite|site|address|addr|location|pickup|pick[ \-]up|"
    r"drop[ \-]off|deliver(?:ed|y)?(?:[ \t]+to)?|collect(?:ion)?(?:[ \t]+from)?)[ \t]*[:\-–]?[ \t]*)$"
)
# A town (one to three words) and a postcode after the street: UK, Canadian, or four or five digits.
_TOWN_AFTER = re.compile(
    r"(?i),[ \t]*[^\W\d_][\w'’\-]+(?:[ \t]+[^\W\d_][\w'’\-]+){0,2},?[ \t]+"
    r"(?:[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d[a-z][ \t]?\d[a-z]\d|\d{4,5})(?![\w])"
)
_GATE = re.compile(r"\d[a-zA-Z]?,?[ \t]+[^\W\d_]")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    from safe_synthesizer.pii import text_streets as T

    # "Flat" is a unit word too ("Flat 8"), which the other layouts take out of the types.
    types = "|".join(sorted({*T._en_suffixes(ambiguous=True), "flat"}, key=len, reverse=True))
    word = r"[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?"
    return re.compile(
        rf"(?<![\w.,/\-])(?P<number>\d{{1,5}})[a-zA-Z]?,?[ \t]+(?P<name>{word}(?:[ \t]+{word})?)[ \t]+"
        rf"(?P<type>{types})\b(?![\-'’])",
        re.I,
    )


@lru_cache(maxsize=1)
def _ordinary_words() -> frozenset[str]:
    """Function words, measures and English adjectives, verbs and adverbs: names of persons that are also
    these ("Little", "Green", "Young", "Mark") say nothing about a street."""
    from safe_synthesizer.pii.text_cued_names import english_vocabulary
    from safe_synthesizer.pii.text_street_caseless import _MEASURE_NAMES, _stop_words

    return _stop_words() | _MEASURE_NAMES | english_vocabulary(("adj", "verb", "adv"))


def _names_only(name: str) -> bool:
    """Every word is a person's name, none an ordinary word ("3 little locks", "2 green lights" are prose)."""
    from safe_synthesizer.pii.text_street_caseless import _vocab

    names, ordinary = _vocab()[2], _ordinary_words()
    words = [w.lower() for w in name.split()]
    return all(w in names and w not in ordinary and len(w) > 2 for w in words)


def _one_case(text: str) -> bool:
    """The line is written in one way: lower case, capitals, or each word capitalised ("McIntyre Flats")."""
    words = text.split()
    return text.islower() or text.isupper() or all(w[:1].isupper() for w in words if w[:1].isalpha())


def _house_number(number: str) -> bool:
    """Three to five digits that are no year (``5859``, ``42549``), or a number with a leading zero (``05``):
    prose counts things in ones and tens, and names a year, but seldom writes such a number before a
    person's name and a street type."""
    if number.startswith("0"):
        return True
    return len(number) >= 3 and not 1900 <= int(number) <= 2099


def plain_en_street_spans(text: str) -> list[tuple[int, int, str]]:
    """English street lines with an ordinary-word type and an address's surroundings (see the module)."""
    if not _GATE.search(text):
        return []
    out = []
    for m in _pattern().finditer(text):
        line = text[m.start() : m.end()]
        if not (_one_case(line) and _names_only(m.group("name"))):
            continue
        if (
            _house_number(m.group("number"))
            or _CUE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or _TOWN_AFTER.match(text, m.end())
        ):
            out.append((m.start(), m.end(), E.STREET_ADDRESS))
    return out
