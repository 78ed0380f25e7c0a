"""Names glued to the noun-class prefix Nguni languages write before a proper noun: isiXhosa ``Tsalela u-Thandeka
Matyila ku-083 ...``, ``U-Xolani Mtyobile uyakumema!``, isiZulu ``ngu-Sipho``, ``kwa-Dlamini``.

Why: isiXhosa, isiZulu, isiNdebele and siSwati inflect a name like any noun, with a class prefix joined by a hyphen
(``u-``, ``ku-``, ``ngu-``, ``ka-``, ``kwa-``, ``no-``, ``ngo-``...). The name readers take a name word that starts
with its capital, so ``u-Thandeka`` (lower case first, one word with its hyphen) was no name: the surname after it
was replaced and the given name kept. The prefixes are a closed class of those languages' grammar, and a capitalised
word right after one is a proper noun: the span starts after the hyphen (the prefix is grammar and stays), and takes
one to three capitalised words that may each be a name (:func:`text_name_word_kinds.name_word`, ``"sure"``: a
listed name, or a word no vocabulary holds; ``Thandeka``, never ``Road``).

The note alone decides, so under differential privacy a record's text depends on that record only.

Example::

    class_prefix_name_spans("Ikati ilahlekile! Tsalela u-Thandeka Matyila ku-083 478 1503.")  # [(28, 44, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_word_kinds import name_word
from safe_synthesizer.pii.titles import is_title

__all__ = ["CLASS_PREFIXES", "class_prefix_name_spans"]

Span = tuple[int, int, str]

# Noun-class prefixes (and prefixed copulas and locatives) glued to a proper name with a hyphen.
CLASS_PREFIXES = ("u", "ku", "ngu", "ka", "kwa", "no", "ngo", "nguwe", "ebo", "ko", "ngaku", "oko", "ngu", "ukwa")
_PREFIX = re.compile(
    r"(?<![\w\-'’])(?i:" + "|".join(sorted(set(CLASS_PREFIXES), key=len, reverse=True)) + r")-(?=[^\W\d_])"
)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_MAX_WORDS = 3


def _capitalised(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and not word.isupper() and not is_title(word.rstrip("."))


def class_prefix_name_spans(text: str) -> list[Span]:
    """``(start, end, entity)`` of the names right after a Nguni class prefix (see the module docstring); a one-word
    name is a ``first_name``. Overlaps are resolved by the caller."""
    if "-" not in text or len(text) < 6:
        return []
    out = []
    for m in _PREFIX.finditer(text):
        pos, end, n = m.end(), m.end(), 0
        while n < _MAX_WORDS:
            w = _WORD.match(text, pos)
            if w is None or not _capitalised(w.group()) or not name_word(w.group(), "sure"):
                break
            end, n = w.end(), n + 1
            if not text.startswith(" ", end):
                break
            pos = end + 1
        if n:
            out.append((m.end(), end, E.NAME if n > 1 else E.FIRST_NAME))
    return out
