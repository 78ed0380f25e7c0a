"""Whole lower-case names whose one half a span holds, or whose family name the note has already named capitalised:
``see tammy coleman`` with ``coleman`` found, ``see haroldo cámara iglesias`` with ``haroldo cámara`` found,
``Webb's Dolly Parton blew over; see brooke webb`` with ``Webb`` found.

Why: :mod:`text_name_half_spans` completes a capitalised half; in lower case a word alone says little, so a family
name found in lower case (the echo of the capitalised mention, a listed surname) was replaced while the given name
beside it stayed (``see tammy joanna``), and a lower-case family name no list takes alone (``webb``, ``iglesias``:
words too) stayed with its given name. The layout of a name is general: one lower-case word right before a
lower-case name span is its given name when a name list holds it as a given name first (and no vocabulary as an
ordinary word); one right after is its family name when a list holds it as a family name first or the note names
it capitalised in a name span (the person named twice). A lower-case word the note names capitalised in a name span
(``Webb``), right after a listed given name, is that person's family name with the given name before it.

The note alone decides, so under differential privacy a record's text depends on that record only.

Example::

    lower_half_span_names("see tammy coleman. 011 1 201-333-0256", [(11, 18, "first_name")])
    # [(4, 17, 'name')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_words import family_kind, function_word, given_kind
from safe_synthesizer.pii.text_name_word_kinds import PARTICLES, name_word
from safe_synthesizer.pii.titles import is_title

__all__ = ["lower_half_span_names"]

Span = tuple[int, int, str]

_NAME_ENTITIES = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_BEFORE = re.compile(r"(?<![\w'’\-.@])([^\W\d_]+(?:-[^\W\d_]+)*) \Z")
_AFTER = re.compile(r" ([^\W\d_]+(?:-[^\W\d_]+)*)(?![\w'’\-@]|\.\w)")
_MAX_WORDS = 4


def _plain_lower(word: str) -> bool:
    return word.islower() and not is_title(word) and not function_word(word) and word not in PARTICLES


def _given(word: str, echoed: bool) -> bool:
    """A lower-case given name: listed as one first (a weaker listing when the family name is an echo)."""
    if not _plain_lower(word):
        return False
    if echoed:
        return given_kind(word) in ("strong", "weak") and family_kind(word) != "word" and len(word) >= 3
    return given_kind(word) == "strong" and name_word(word, "strict")


def _family(word: str, echoes: frozenset[str]) -> bool:
    """A lower-case family name: an echo of the note's capitalised name words, or listed as a family name first."""
    if not _plain_lower(word):
        return False
    return word in echoes or (family_kind(word) == "strong" and name_word(word, "strict"))


def _capitalised_name_words(text: str, spans: Sequence[Span]) -> frozenset[str]:
    """The lower-cased words of the note's name spans written capitalised or in capitals (``Webb``, ``Cámara
    Iglesias``): the note's own evidence that a word names a person."""
    out = set()
    for start, end, entity in spans:
        if entity not in _NAME_ENTITIES:
            continue
        for m in _WORD.finditer(text, start, end):
            word = m.group()
            if word[:1].isupper() and len(word) >= 3:
                out.add(re.sub(r"['’]s\Z", "", word).lower())
    return frozenset(out)


def _inside(start: int, end: int, spans: Sequence[Span]) -> bool:
    return any(s < end and start < e for s, e, _ in spans)


def lower_half_span_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """``(start, end, 'name')`` of whole lower-case names: a lower-case name span grown by its given name before it
    and its family name after it, and a listed given name before an echo of the note's capitalised names; ``spans``:
    every span of the note. The caller lets the new span take the place of the spans inside it."""
    if not spans or not any(ch.islower() for ch in text):
        return []
    echoes = _capitalised_name_words(text, spans)
    out: list[Span] = []
    for start, end, entity in spans:
        value = text[start:end]
        words = value.split()
        if entity not in _NAME_ENTITIES or not value.islower() or len(words) >= _MAX_WORDS:
            continue
        a, b = start, end
        after = _AFTER.match(text, end)
        if after is not None and _family(after.group(1), echoes) and not _inside(after.start(1), after.end(1), spans):
            b = after.end(1)
        before = _BEFORE.search(text, max(0, start - 40), start)
        echoed = words[-1] in echoes or (b > end and text[end:b].strip() in echoes)
        if before is not None and _given(before.group(1), echoed) and not _inside(before.start(1), start, spans):
            a = before.start(1)
        if (a, b) != (start, end):
            out.append((a, b, E.NAME))
    # An echo no span holds yet, right after a listed given name: "see brooke webb" in a note naming "Webb".
    for m in _WORD.finditer(text):
        word = m.group()
        if word not in echoes or _inside(m.start(), m.end(), spans) or _inside(m.start(), m.end(), out):
            continue
        before = _BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is not None and _given(before.group(1), True) and not _inside(before.start(1), m.start(), spans):
            out.append((before.start(1), m.end(), E.NAME))
    return sorted(set(out))
