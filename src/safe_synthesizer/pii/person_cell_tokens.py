"""The tokens a person cell is read in: name words, dotted initials, titles, ordinary words, the street words.

Why: three readers tell a person cell (:func:`.people_cells.read_people`, the list of people with what is said of
them; :func:`.column_written_people.written_person`, one person in a desk's short forms; :func:`.person_cell_grammar.
read_person_cell`, couples, households, titles and initials). Each had its own copy of the same pieces: the pattern
of a word of a name, the pattern of dotted initials, the test of a title word, the test of a word that is an
ordinary word of a language, a street word or a town. One place for them keeps the three readers reading the same
word the same way; what they read differently on purpose (a bracket after a name is a note in a visitor list, the
family name in a register, a title after a comma in a roll) stays in each reader.

Example::

    re.fullmatch(NAME_WORD, "O'Neill-Bates")  # a match
    re.fullmatch(INITIALS, "C.A.")  # a match
    title_word("Mrs.", TITLES)  # True
    ordinary_word("church")  # True: a word of the language, no family name by its shape
    street_word("Road")  # True
"""

from __future__ import annotations

from collections.abc import Collection

from safe_synthesizer.pii.common_words import common_words, place_names
from safe_synthesizer.pii.gazetteers import all_street_words

__all__ = ["INITIALS", "NAME_WORD", "one_line", "ordinary_word", "street_word", "title_word"]

# A word of a name in any script: letters, an apostrophe or hyphen inside (``O'Neill``, ``Lebon-Gérard``), no digit.
NAME_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
# One to three dotted initials, glued or spaced (``C.``, ``C.A.``, ``C. A.``).
INITIALS = r"(?:[^\W\d_]\.\s?){1,3}"


def one_line(value: str) -> str:
    """``value`` with its runs of white space folded to one space and its ends stripped.

    >>> one_line("  Carol \\n Haynes ")
    'Carol Haynes'
    """
    return " ".join(value.split())


def title_word(word: str, titles: Collection[str]) -> bool:
    """Whether ``word``, case folded and a trailing dot dropped, is one of ``titles`` (each reader its own set).

    >>> title_word("Mme.", {"mme"})
    True
    """
    return word.casefold().rstrip(".") in titles


def ordinary_word(folded: str) -> bool:
    """Whether ``folded`` (a case-folded word) is a common word of a language, a street word or a town or region.

    >>> ordinary_word("paris")
    True
    """
    return folded in common_words() or folded in all_street_words() or folded in place_names()


def street_word(word: str) -> bool:
    """Whether ``word`` (in lower case, dots at its ends dropped) is a street-type word of any listed language.

    >>> street_word("Road.")
    True
    """
    return word.lower().strip(".") in all_street_words()
