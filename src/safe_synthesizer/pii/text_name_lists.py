"""Given-name and family-name word lists for the free-text name rules, kept apart (lower case).

The detector's ``_all_first_names`` unites given *and* family names of every locale (a word that is
any name); rules that must tell a given name from a surname (``julie weiss``: given, then family)
need the two lists apart. Both cover the name locales of :mod:`gazetteers`, the column locales
(Hungarian, Slovak, Croatian, Baltic...) and the other Faker locales free text may hold; Faker's
two-word entries (``Luiz Otávio``, ``van Mil``, ``Arenas Bermúdez``) add each word.

Example::

    "julie" in given_names() and "weiss" in family_names()  # True
"""

from __future__ import annotations

from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.validators import scripts as S

__all__ = ["family_names", "given_names", "greek_family", "greek_given", "greek_key"]

_PARTICLES = frozenset(("van", "von", "der", "den", "del", "della", "dos", "das", "ten", "ter", "vom", "het", "di",
                        "da", "de", "du", "la", "le", "y", "i", "e"))  # fmt: skip


def _locales() -> tuple[str, ...]:
    from safe_synthesizer.pii.text_name_pairs import TEXT_NAME_LOCALES as _TEXT_NAME_LOCALES

    return tuple(dict.fromkeys((*gazetteers.NAME_LOCALES, *gazetteers.COLUMN_NAME_LOCALES, *_TEXT_NAME_LOCALES)))


def _with_words(names: frozenset[str]) -> frozenset[str]:
    words = {w for n in names for w in n.replace("-", " ").split() if len(w) > 1 and w not in _PARTICLES}
    return names | frozenset(words)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of every covered locale, and each word of double ones."""
    attributes = ("first_names", "first_names_male", "first_names_female")
    return _with_words(gazetteers._collect("person", _locales(), attributes))


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """Family names of every covered locale (Polish female forms too), and each word of double ones."""
    names = set(gazetteers._collect("person", _locales(), gazetteers._LAST_NAME_ATTRIBUTES)) | gazetteers.last_names()
    return _with_words(frozenset(names))


def greek_key(word: str) -> str:
    """Lookup form of a Greek word (marks stripped, lower case, final sigma as medial)."""
    return S._key(word)


def greek_given() -> frozenset[str]:
    return S.given_names("greek")


def greek_family() -> frozenset[str]:
    return S.family_names("greek")
