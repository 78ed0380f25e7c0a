"""Azerbaijani person names in notes (Latin script with ``ə``, ``ı``, ``ğ``, ``ş``, ``ç``, ``ö``, ``ü``).

Why: the free-text name lists leave Azerbaijani out on purpose (one more language of listed words is one
more source of false names in other languages' prose), so ``qüdrət cəfərzadə`` and ``Teymur İbrahimli``
stayed in notes. Here the lists (Faker ``az_AZ``) are read only in a note that has the letter ``ə``,
which no other Latin-script language writes: there a person is two words, in one case (capitalised,
upper or lower), with

- a listed given name and a listed family name, or a family name by its ending (``-ov``/``-ova``,
  ``-yev``/``-yeva``, ``-zadə``, ``-oğlu``, ``-qızı``, ``-li``/``-lı``/``-lu``/``-lü``) in either order
  (``Əlioğlu Cəmilə``);
- or, capitalised, two listed given names (the given name and the father's, ``Talıb Bəşir``).

Azerbaijani cases ``I``/``ı`` and ``İ``/``i`` apart; words are compared in that folding.

Example::

    azeri_name_spans("user: qüdrət cəfərzadə. bot: ok")
    # [(6, 22, 'name')]
"""

from __future__ import annotations

import importlib
import re
from functools import cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["azeri_name_spans"]

_LETTERS = f"{LATIN_UPPER}{LATIN_LOWER}Əə"
_WORD = re.compile(rf"(?<![{_LETTERS}\w'\-])[{_LETTERS}]{{2,}}(?![{_LETTERS}\w'\-])")
_SURNAME_END = re.compile(r"(?:ov|ova|yev|yeva|ev|eva|zadə|oğlu|qızı|li|lı|lu|lü|bəyli|xanlı)$")
_MIN_SHAPED = 5


def _key(word: str) -> str:
    return word.replace("I", "ı").replace("İ", "i").lower()


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    provider = importlib.import_module("faker.providers.person.az_AZ").Provider
    given: set[str] = set()
    family: set[str] = set()
    for attribute in dir(provider):
        values = getattr(provider, attribute)
        if callable(values) or isinstance(values, str):
            continue
        if attribute.startswith("first_name"):
            given.update(_key(str(v)) for v in values)
        elif attribute.startswith("last_name"):
            family.update(_key(str(v)) for v in values)
    from safe_synthesizer.pii.text_cued_names import spacy_stop_words

    stop = {_key(w) for w in spacy_stop_words(("az", "tr", "en"))}
    return frozenset(given - stop), frozenset(family - stop)


def _case(word: str) -> str | None:
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper"
    return "title" if word[0].isupper() and word[1:].islower() else None


def _family(key: str) -> bool:
    return key in _lists()[1] or (len(key) >= _MIN_SHAPED and bool(_SURNAME_END.search(key)))


def azeri_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Azerbaijani two-word names in a note that writes ``ə`` (see the module)."""
    if "ə" not in text and "Ə" not in text:
        return []
    given, _ = _lists()
    out = []
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words) - 1:
        a, b = words[i], words[i + 1]
        case = _case(a.group())
        if case is None or case != _case(b.group()) or not re.fullmatch(r"[ \t]+", text[a.end() : b.start()]):
            i += 1
            continue
        ka, kb = _key(a.group()), _key(b.group())
        pair = (ka in given and _family(kb)) or (kb in given and ka in _lists()[1] and ka not in given)
        if pair or (case != "lower" and ka in given and kb in given):
            out.append((a.start(), b.end(), E.NAME))
            i += 2
            continue
        i += 1
    return out
