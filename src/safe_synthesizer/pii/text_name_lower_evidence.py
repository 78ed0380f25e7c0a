"""Lower-case full names that the words around them vouch for: an address, a birth date or a phone
right after, a capitalised name beside them in a list, or the same surname written capitalised nearby.

Order forms, bookings, registers and chats copy names as the customer typed them: ``From Philip Ernst
to tony adler, Fiebigring 9/4``, ``PAX 3: edward may, DOB 1959-09-11``, ``Name(s): marine gillet and
Isaac Guyon``, ``Lieferadresse: inga henck, Kensyweg 3/5``, ``Mrs Hoffman (kimberly hoffman in your
records)``. No cue word of :mod:`text_name_lower` or :mod:`text_name_context` precedes them, but the
note itself says they are a person, in one of three ways:

1. **particulars follow**: a comma, then a house number, a date or a phone (a digit, ``+`` or an
   opening bracket), or a street and its number; or a word that introduces them (``born``, ``DOB``,
   ``geb.``, ``né``, ``nata``, ``aged``, ``tel``, ``phone``); or ``at``/``of`` and an address;
2. **a capitalised name beside it**: joined by ``and``/``und``/``et``/``y``/``e``/``en``/``og``/``i``/``dan``/
   ``&`` or a list comma, the neighbour is two capitalised words or an initial and a surname
   (``Laura Abbott and monique meza``, ``Carmel Camilleri, kurt azzopardi, K. Cassar``);
3. **the surname written capitalised elsewhere** in the same note (``Mr Baldwin (thomas baldwin ...)``).

The words: a listed given name (a second given name or particles such as ``van der``, ``le``, ``von``
may follow), then a listed family name, an Icelandic patronymic (``-sson``, ``-dóttir``) or a word no
vocabulary holds (``cichorius``); a second family name may follow (``vara bellido``). No word is a function
word of a supported language, a town or a region, and the two are not both English words (adjectives,
verbs or adverbs for the given name: ``will``, ``may``; any part of speech for the family name).

Example::

    lower_evidence_name_spans("From Philip Ernst to tony adler, Fiebigring 9/4")  # [(21, 31, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["lower_evidence_name_spans"]

_LOW = LATIN_LOWER
_UP = LATIN_UPPER
_W = rf"[{_LOW}][{_LOW}'’]*(?:-[{_LOW}]+)*"
_NAME = re.compile(rf"(?<![\w'’\-.@/])(?P<words>{_W}(?:[ \t]+{_W}){{1,4}})(?![\w'’\-@]|\.\w)")
_PARTICLES = frozenset(("van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la",
                        "le", "ten", "ter", "zu", "'t", "af"))  # fmt: skip
_PARTICULARS = re.compile(
    r"[ \t]*,[ \t]*[\d+(]|[ \t]*,?[ \t]*(?:(?i:born|b\.|dob|d\.o\.b|geb\.|geboren|né|née|nata|nato|nacid[oa]|"
    r"nascid[oa]|aged|age|tel|tél|telefon|tlf|phone|ph|mob|mobile|cell)\b|"
    rf"(?:at|of|aus)[ \t]+(?:[{_UP}][\w.'’\-]*[ \t]+){{0,3}}\d|"
    # a street and its number: ", Fiebigring 9/4", ", Pasadizo Ana Duran 7"
    rf",[ \t]*(?:[{_UP}][\w.'’\-]*[ \t]+){{1,4}}\d)"
)
_JOIN = r"(?:,|[ \t]+(?:and|und|et|y|e|en|og|och|i|dan|u|&))[ \t]+"
_CAP_WORD = rf"[{_UP}][{_LOW}'’]+(?:-[{_UP}][{_LOW}'’]+)?"
_CAP_NAME = rf"(?:{_CAP_WORD}|[{_UP}]\.)[ \t]+{_CAP_WORD}"
_BEFORE = re.compile(rf"{_CAP_NAME}(?:[ \t]+[{_UP}][{_LOW}'’]+)?{_JOIN}$")
_AFTER = re.compile(rf"{_JOIN}{_CAP_NAME}")
_PATRONYMIC = re.compile(r"(?:sson|s?dóttir|s?dottir)$")


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], ...]:
    """(given names, family names, function words, towns and regions, any English word, English
    adjectives, verbs and adverbs), lower case."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    given = given_names() | gazetteers.first_names()
    family = family_names() | gazetteers.last_names()
    places = gazetteers.all_cities() | gazetteers.all_regions()
    english = english_vocabulary() | common_words()
    verbs = english_vocabulary(("adj", "verb", "adv"))
    return given, family, latin_stop_words(), frozenset(places), frozenset(english), verbs


@lru_cache(maxsize=1)
def _word_names() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import _WORD_NAMES

    return _WORD_NAMES


@lru_cache(maxsize=1)
def _english_stop() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    return spacy_stop_words(("en",))


def _family_kind(word: str, strong: bool) -> str:
    """'listed', 'unknown' (no vocabulary holds it) or '' (no family name). ``strong``: particulars
    follow, so a listed surname that is also a function word counts (``edward may, DOB``)."""
    _, family, stop, places, english = _vocab()[:5]
    if len(word) < 2 or (word in stop and not (strong and word in gazetteers.last_names())):
        return ""
    if word in family or word.split("-")[0] in family or (_PATRONYMIC.search(word) and len(word) > 6):
        return "listed" if word not in places or word in gazetteers.last_names() else ""
    return "" if word in english or word in places else "unknown"


def _parse(words: list[str], strong: bool) -> int:
    """How many of ``words`` form a name (given, optional second given or particles, family, optional
    second family); 0 when they do not start with one."""
    given, _, stop, _, english, verbs = _vocab()
    first = words[0]
    if not (first in given or first.split("-")[0] in given):
        return 0
    # a given name that is a function word of some language ("inga": Swedish "none") only before particulars
    if first in stop and not (strong and first in gazetteers.first_names() and first not in _english_stop()):
        return 0
    i = 1
    if i < len(words) - 1 and words[i] in given and words[i] not in stop and _family_kind(words[i + 1], False):
        i += 1  # a second given name ("jean paul borg")
    while i < len(words) - 1 and words[i] in _PARTICLES:
        i += 1
    if i >= len(words) or not _family_kind(words[i], strong):
        return 0
    family = words[i]
    if first in verbs and family in english and not (strong and family in gazetteers.last_names()):
        return 0  # "will power", "may day": two English words
    if first in _word_names() and (family in english or _family_kind(family, False) != "listed"):
        return 0  # "love baily", "summer day": a given name that is a word wants a listed surname
    n = i + 1
    if n < len(words) and _family_kind(words[n], False) == "listed" and words[n] not in english:
        n += 1  # a second family name ("vara bellido")
    return n


def lower_evidence_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Lower-case full names with particulars, a capitalised neighbour or a capitalised twin nearby."""
    out: list[tuple[int, int, str]] = []
    capitalised: set[str] | None = None
    pos = 0
    while m := _NAME.search(text, pos):
        words = m.group("words").split()
        n = _parse(words, strong=False) or _parse(words, strong=True)
        if not n:
            # the next word may open a name ("to tony adler": "to" is no given name)
            pos = m.start() + len(words[0]) + 1
            continue
        start = m.start()
        end = start
        for word in words[:n]:
            end = text.index(word, end) + len(word)
        pos = end
        after = text[end : end + 40]
        particulars = bool(_PARTICULARS.match(after))
        if not particulars and not _parse(words, strong=False):
            pos = m.start() + len(words[0]) + 1
            continue
        evidence = particulars or bool(_AFTER.match(after))
        evidence = evidence or bool(_BEFORE.search(text[max(0, start - 60) : start]))
        if not evidence:
            if capitalised is None:
                capitalised = {w.lower() for w in re.findall(rf"(?<![\w'’])[{_UP}][{_LOW}'’]{{2,}}", text)}
            evidence = words[n - 1] in capitalised
        if evidence:
            out.append((start, end, E.NAME))
    return out
