"""Icelandic (and Swedish) names with a patronymic surname: ``Myrra Vígþórsson``, ``Níní Fabrisíusdóttir``.

Icelanders carry their father's (or mother's) given name with ``-sson`` or ``-dóttir`` as their
surname, so the surname is built from a given name and no list of family names holds it; Icelandic
given names are many and rare (``Engiljón``, ``Fjólar``), so neither word may be listed. The ending
itself is the evidence: ``-sson`` and ``-dóttir``/``-dottir`` close no ordinary word of the supported
languages (``Lesson``, ``Person`` have one ``s``), and a capitalised word before it that is no function
word, ordinary word, title or place is the given name.

Example::

    patronymic_surname_spans("Confirmation list: Myrra Vígþórsson, G. Nónisson.")  # [(19, 34, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.titles import is_title
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["patronymic_surname_spans"]

_UP = LATIN_UPPER
_LOW = LATIN_LOWER
_SURNAME = re.compile(rf"(?<![\w'’\-])[{_UP}][{_LOW}]{{3,}}(?:sson|dóttir|dottir)(?![\w'’\-])")
_GIVEN_BEFORE = re.compile(rf"(?<![\w'’\-])([{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)[ \t]+$")


@lru_cache(maxsize=1)
def _never() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    words = latin_stop_words() | common_words() | english_vocabulary(("adj", "verb", "adv"))
    return frozenset(words | gazetteers.all_cities() | gazetteers.all_regions())


def _given_like(word: str) -> bool:
    low = word.lower()
    return low not in _never() and not is_title(word)


def patronymic_surname_spans(text: str) -> list[tuple[int, int, str]]:
    """One or two given names and an ``-sson``/``-dóttir`` surname."""
    if "sson" not in text and "ttir" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _SURNAME.finditer(text):
        start = m.start()
        for _ in range(2):  # a second given name may stand before the first ("Anna Björk Jónsdóttir")
            before = _GIVEN_BEFORE.search(text, max(0, start - 40), start)
            if before is None or not _given_like(before.group(1)):
                break
            start = before.start(1)
        if start < m.start():
            out.append((start, m.end(), E.NAME))
    return out
