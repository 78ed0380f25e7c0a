"""The other mentions, in the same cell, of a one-word name a span already holds: ``sabrina: is he coming? /
Jeremy: yes / sabrina: gr8``, ``Ask Vinko at the desk. Vinko has the key``.

:func:`text_replace._with_repeated_surnames` repeats family names (a ``last_name`` span, or the last word of a
multi-word ``name``) and :func:`text_name_repeated_full` whole names; a one-word ``name`` or ``first_name`` found once
(a chat speaker, a given name after a cue) is left as it was at its second mention, so the fake keeps the real name
beside its own. Every other whole-word occurrence of that word, outside every span, gets a span of the same entity
when it is written the same way; a repeat that is in lower case or opens a sentence while the word is an ordinary
word (English vocabulary, common words, function words of the main languages) is left, so ``Will ... Will you
call`` and ``grace: ... / by grace of`` keep their words. The cell alone decides, so under DP a record's text still
depends on that record only.

Example::

    repeated_lone_name_spans("sabrina: is he in? / Jo: yes / sabrina: ok", [(0, 7, "name")])  # [(31, 38, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["repeated_lone_name_spans"]

_WORD_CHARS = r"[\w'’\-]"


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return common_words() | english_vocabulary() | latin_stop_words()


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def repeated_lone_name_spans(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the repeats of one-word ``name``/``first_name`` spans (module docstring)."""
    words: dict[str, str] = {}
    for start, end, entity in spans:
        value = text[start:end]
        if entity in (E.NAME, E.FIRST_NAME) and len(value) > 2 and re.fullmatch(r"[^\W\d_][\w'’\-]*", value):
            words.setdefault(value, entity)
    out: list[tuple[int, int, str]] = []
    for value, entity in words.items():
        if text.count(value) < 2:
            continue
        for m in re.finditer(rf"(?<!{_WORD_CHARS}){re.escape(value)}(?!{_WORD_CHARS})", text):
            if any(s < m.end() and m.start() < e for s, e, _ in spans):
                continue
            if (value.islower() or _sentence_start(text, m.start())) and value.lower() in _ordinary():
                continue
            out.append((m.start(), m.end(), entity))
    return out
