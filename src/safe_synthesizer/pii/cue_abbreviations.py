"""Column-name tokens that abbreviate a cue word by dropping its vowels (SAP's ``PSTLZ``, ``GBDAT``, ``TELF1``)
or by cutting it short (``Postleitz.``, ``Geburtsd.``).

ERP and mainframe exports shorten field names to a few consonants of the word they stand for:
``PSTLZ`` is *Postleitzahl*, ``GBDAT`` *Geburtsdatum*, ``TELF1`` *Telefon*, ``STRS`` *Straße*,
``BRTHDT`` *birth date*. Such a token keeps the word's first letter and the rest of its letters in
order, with at most one vowel. The hint this gives is a hint only: the values still decide.

Example::

    abbreviated_cues(frozenset({"pstlz"}))  # {"postcode"}
    abbreviated_cues(frozenset({"first"}))  # set(): an English word, not an abbreviation
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_VOWELS = frozenset("aeiouy")
# A cue word with a number glued on (``zip5``, ``tel2``, ``strasse1``): the letters are the word.
TRAILING_DIGITS = re.compile(r"^([a-z]{2,})\d+$")
MIN_TOKEN = 4  # ``tel``/``adr`` are exact cue words already; three letters abbreviate too many words
MAX_TOKEN = 7
# A compound's first part kept whole (``fore`` of *forename*) and at least two consonants of the second.
MIN_HEAD = 3
MIN_TAIL = 2
MIN_TRUNCATED = 5  # a cut-off word keeps at least five letters (``birth`` is a word, ``postl`` a cue already)
MIN_DROPPED = 2  # the cue word has at least two letters more than the token (``name`` is no abbreviation of ``namen``)


def is_abbreviation(token: str, word: str) -> bool:
    """``token`` keeps ``word``'s first letter and some of its other letters in order, at most one vowel after
    the first letter (or a compound's whole first part and consonants of the second: ``forenm``), and drops two
    or more letters but not more than two thirds (four letters say little about a word of thirteen).

    Example::

        is_abbreviation("gbdat", "geburtsdatum")  # True
        is_abbreviation("budat", "geburtsdatum")  # False: another first letter
    """
    if not (MIN_TOKEN <= len(token) <= MAX_TOKEN) or not (len(token) + MIN_DROPPED <= len(word) <= 3 * len(token)):
        return False
    if token[0] != word[0]:
        return False
    if sum(ch in _VOWELS for ch in token[1:]) <= 1:
        rest = iter(word[1:])
        if all(ch in rest for ch in token[1:]):
            return True
    return _head_then_consonants(token, word)


def is_truncation(token: str, word: str, min_letters: int = MIN_TRUNCATED) -> bool:
    """``token`` is the first ``min_letters`` or more letters of ``word`` with two or more cut off
    (``postleitz`` of *Postleitzahl*, ``geburtsd`` of *Geburtsdatum*: headers cut at a width).

    Example::

        is_truncation("postleitz", "postleitzahl")  # True
    """
    return len(token) >= min_letters and len(word) >= len(token) + MIN_DROPPED and word.startswith(token)


def _head_then_consonants(token: str, word: str) -> bool:
    """``token`` is a whole first part of compound ``word`` then consonants of the rest, the rest's first letter
    first (``FORENM``: *fore* + *n(a)m(e)*, ``SURNM`` also reads so): mainframe headers shorten only the second
    word of a compound."""
    for cut in range(MIN_HEAD, len(token) - MIN_TAIL + 1):
        head, tail = token[:cut], token[cut:]
        rest = word[cut:]
        if not word.startswith(head) or not rest or tail[0] != rest[0] or any(ch in _VOWELS for ch in tail):
            continue
        letters = iter(rest)
        if all(ch in letters for ch in tail):
            return True
    return False


def abbreviated_cues(
    name_tokens: frozenset[str],
    cue_words: Sequence[tuple[str, str]],
    known_words: frozenset[str],
    foreign_words: frozenset[str] = frozenset(),
) -> set[str]:
    """Entities of the cue words (``cue_words``: (entity, word) pairs) a token of ``name_tokens``
    abbreviates; tokens that are words in their own right (``known_words``) abbreviate nothing, and
    words of another language (``foreign_words``) only as the cue's first letters: French ``acte``
    (``Nature de l acte``, a deed's kind) is no ``achternaam``, while Dutch ``telefoon`` still cuts
    ``telefoonnummer`` short."""
    found: set[str] = set()
    for token in name_tokens:
        if m := TRAILING_DIGITS.match(token):
            token = m.group(1)
        if not token.isalpha() or not token.isascii() or token in known_words:
            continue
        foreign = token in foreign_words
        found |= {
            entity
            for entity, word in cue_words
            if is_truncation(token, word) or (not foreign and is_abbreviation(token, word))
        }
    return found
