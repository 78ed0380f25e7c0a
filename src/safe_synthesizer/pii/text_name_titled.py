"""Surnames written in lower case after a capitalised title: ``Mrs smith``, ``Dr. jarvis``, ``Sig.ra leone``,
``M. tanguy``, ``Maître boulanger``, ``Herr siering``, ``Sra. moreno``, ``mevr. van der veen``, ``Dr da costa``.

Notes typed fast, exported logs and chat replies capitalise the title (or the form's template does) and
leave the surname as typed. The capitalisation rules see no name and the lower-case title rule
(:mod:`text_name_intro`) wants a lower-case title; yet the title says a person's name follows. A
lower-case word right after a title chain (particles ``van der``, ``da``, ``de la`` belong to the
surname) is a surname (``LAST_NAME``) when:

- it is no function word of any supported language (``Mr and Mrs``), no month or weekday, and no town or
  region unless it is a listed family name too; after an article the whole surname must be listed
  (``M. le roux``, not ``M. le maire``);
- it is a listed family name of any covered locale (``Dr. white``, ``Mrs church``, ``Prof. best``: the
  title is the cue an ordinary word that is also a surname needs), or a word no English vocabulary
  holds (``Sig. ferro``, ``Herr siering``: names the lists lack; ``Dr appointment`` keeps its noun);
- after titles that are also English nouns (``Sister``, ``Father``, ``Nurse``, ``Judge``, ``Lady``...)
  only a listed family name that is no English word counts (``Father christmas`` stays);
- after a lower-case title (``mevr.``, ``dr.``) only a surname with Dutch or German particles counts here
  (``mevr. van der veen``); :mod:`text_name_intro` takes the others;
- an inflected English verb or noun is no surname (``M. Pastor says``: ``says`` after the title-like
  ``Pastor``);
- ``Sr``/``Jr`` after a capitalised word is a suffix (``John Smith Sr. said``), not a title.

Example::

    titled_lower_spans("Noise complaint about Mrs smith next door")  # [(27, 32, 'last_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names
from safe_synthesizer.pii.titles import title_spans

__all__ = ["titled_lower_spans"]

_PARTICLES = r"(?:van|von|de|der|den|da|di|do|dos|das|du|del|della|le|la|ten|ter|vom|zu)"
_LOWER_SURNAME = re.compile(
    rf"[ \t]+(?P<last>(?:{_PARTICLES}[ \t]+){{0,2}}(?P<word>[^\W\d_][^\W\d_'’]*(?:['’\-][^\W\d_]+)*))(?![\w'’\-])"
)
# Titles that are English nouns too ("Father christmas", "Nurse practitioner", "Judge ruled").
_NOUN_TITLES = frozenset(
    """sister father brother nurse judge lady lord captain capt pastor rabbi matron dame sir madam mister doctor
    professor reverend""".split()  # noqa: SIM905
)
_SUFFIXES = frozenset(("sr", "jr"))
# Titles that are pronouns too: French "Me" (Maître) opens "Me joindre", "Me rappeler".
_PRONOUN_TITLES = frozenset(("me",))
# Particles that only surnames carry (Dutch, German); French and Romance ones are articles too.
_SURNAME_PARTICLES = frozenset(("van", "von", "der", "den", "ten", "ter", "vom", "zu"))
_ARTICLES = frozenset(("le", "la", "du"))
_CALENDAR = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december")
)  # fmt: skip


@lru_cache(maxsize=1)
def _vocabularies() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(function words and calendar words, places, English words of every part of speech), lower case."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    never = latin_stop_words() | _CALENDAR
    places = gazetteers.all_cities() | gazetteers.all_regions()
    return frozenset(never), frozenset(places), english_vocabulary() | common_words()


def _listed(word: str) -> bool:
    return word in family_names() or word in gazetteers.last_names() or word.split("-")[-1] in family_names()


def _inflected(word: str, english: frozenset[str]) -> bool:
    """An inflected English verb or noun (``says``, ``called``, ``notes``): WordNet lists lemmas only, so
    ``M. Pastor says`` would read ``says`` as a surname after the title ``Pastor``."""
    return (word.endswith("s") and (word[:-1] in english or word[:-2] in english)) or (
        word.endswith("ed") and (word[:-2] in english or word[:-1] in english)
    )


def titled_lower_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'last_name')`` of lower-case surnames after capitalised titles (module docstring)."""
    if not any(ch.isupper() for ch in text):
        return []
    never, places, english = _vocabularies()
    out = []
    for start, end in title_spans(text):
        title = text[start:end]
        bare = title.split()[0].rstrip(".").lower()
        if bare in _SUFFIXES and re.search(r"[A-Z][\w'’\-]*[ \t]*$", text[:start]):
            continue  # "John Smith Sr. said": a suffix of the name before
        m = _LOWER_SURNAME.match(text, end)
        if m is None:
            continue
        word, last = m.group("word"), m.group("last")
        if not word.islower() or len(word) < 2 or word in never:
            continue
        listed = _listed(word)
        if not listed and (word in places or last in places or _inflected(word, english)):
            continue
        particles = last.split()[:-1]
        if bare in _NOUN_TITLES:
            ok = listed and word not in english
        elif bare in _PRONOUN_TITLES:
            ok = listed  # "Me joindre au ...": French "me" before a verb, not Maître's surname
        elif particles and set(particles) & _ARTICLES:
            ok = last in family_names()  # "M. le roux" is listed whole; "M. le maire" is the mayor
        elif particles and not set(particles) <= _SURNAME_PARTICLES:
            ok = listed  # "Dr da costa", "Sra. de luca"
        elif not title[:1].isupper():
            ok = bool(particles) and word not in english  # "mevr. van der veen"; other lower-case titles: intro
        else:
            ok = listed or word not in english
        if ok:
            out.append((m.start("last"), m.end("last"), E.LAST_NAME))
    return out


# A word and the next one, found overlapping ("mi amiga canales": "amiga canales" after "mi amiga").
_ROLE_THEN_LOWER = re.compile(
    r"(?<![\w'’])(?P<role>[^\W\d_]+)[ \t]+(?=(?P<last>[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)*)(?![\w'’\-]))"
)


def role_lower_spans(text: str) -> list[tuple[int, int, str]]:
    """``my mate walker``, ``mi amiga canales``: a lower-case surname right after a role word.

    Chats write a friend's surname in lower case after ``mate``, ``friend``, ``amiga``. The word must be a
    family name of the main surname list or of any covered locale, no function word, town or month, and no
    English adjective, verb or adverb (``my friend will``, ``customer service`` keep their words); an
    English noun counts only when the main surname list has it (``walker``, ``palmer``).
    """
    from safe_synthesizer.pii.text_cued_names import english_vocabulary
    from safe_synthesizer.pii.text_name_lower import ROLE_WORDS

    never, places, _ = _vocabularies()
    out = []
    for m in _ROLE_THEN_LOWER.finditer(text):
        role, word = m.group("role").lower(), m.group("last")
        if role not in ROLE_WORDS or not word.islower() or len(word) < 3 or word in never:
            continue
        surname = word in gazetteers.last_names()
        if word in english_vocabulary(("adj", "verb", "adv")) or (word in places and not surname):
            continue
        if surname if word in english_vocabulary(("noun",)) else _listed(word):
            out.append((m.start("last"), m.end("last"), E.LAST_NAME))
    return out
