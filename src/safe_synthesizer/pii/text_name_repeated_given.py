"""A given name repeated alone in the note that names the full person: ``Don't put my name (Vinko Gute) on the
invoice. Thx Vinko``, ``Ask Marisol Uribe for the key; Marisol has it``.

The repeats of a full name and of its surname are found after the spans are resolved; the given name alone is
not, and the fake then keeps ``Thx Vinko`` beside ``(Mattias Bien)``. Once a span holds a full name written given
name first (two or more words, no comma), every other occurrence of its first word in the same text, written the
same way and outside every span, is that person's given name, unless the word is an ordinary word of some
language (``Rose``, ``Will``, ``Grace`` stay: ``Will Grant ... will call``; case is kept, so ``Will`` at a
sentence start stays too).

Example::

    repeated_given_spans("Name (Vinko Gute). Thx Vinko", [(6, 16, "name")])  # [(23, 28, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["repeated_given_spans"]


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words, place_names
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return common_words() | english_vocabulary() | latin_stop_words() | place_names()


def repeated_given_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, 'first_name')`` of lone repeats of the given names that full-name spans open."""
    firsts = set()
    for start, end, entity in spans:
        value = text[start:end]
        words = value.split()
        if entity != E.NAME or len(words) < 2 or "," in value or "." in words[0]:
            continue
        first = words[0]
        if len(first) >= 3 and first[:1].isupper() and not first.isupper() and first.lower() not in _ordinary():
            firsts.add(first)
    out: list[tuple[int, int, str]] = []
    for first in firsts:
        for m in re.finditer(rf"(?<![\w'’\-]){re.escape(first)}(?![\w'’\-])", text):
            if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                out.append((m.start(), m.end(), E.FIRST_NAME))
    return out
