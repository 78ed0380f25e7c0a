"""Whole names whose one half a span holds: ``Bitte bei Sara Ernst,`` with ``Ernst`` found, ``Parking permit request:
Dieula Dorvil,`` with ``Dorvil`` found, ``Tsalela Nomsa Tanner`` with ``Nomsa`` found.

Why: a family name is often found alone (the row's own surname cell, the table's people, a surname list) while the
given name beside it is in no list nor column the readers know (``Dieula``, ``Mirlande``, ``Aindil``): the surname is
replaced and the given name stays, beside the fake (set 46: ``Mirlande Karina-Dave``, ``Dieula Clay``, ``Sara
Hans-Peter``). The layout of a name is general, not any note's: a capitalised word right before a one-word family
name span, or right after a one-word given name span (the other side when that has none: a column's guess of the
kind may be wrong), with one blank between, is the other half of the same name when it may be a name
(:func:`text_name_word_kinds.name_word`, ``"sure"``: listed, or no word of a vocabulary) and is no title, street or
place word, month or weekday; a word opening a sentence before the span must be a listed given name (``Richiamare
Valentina al ...`` is a verb of another language). The span grows to the whole name (a ``name``), so both halves
get one fake.

The note alone decides, so under differential privacy a record's text depends on that record only.

Example::

    half_span_names("Bitte bei Sara Ernst, Gartenweg 3, melden.", [(15, 20, "last_name")])  # [(10, 20, 'name')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_lower_words import given_kind
from safe_synthesizer.pii.text_name_word_kinds import name_word
from safe_synthesizer.pii.titles import is_title

__all__ = ["half_span_names"]

Span = tuple[int, int, str]

_NAME_ENTITIES = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
_BEFORE = re.compile(r"(?<![\w'’\-.@])([^\W\d_][\w'’\-]*) \Z")
_AFTER = re.compile(r" ([^\W\d_][\w'’\-]*)(?![\w'’\-@]|\.\w)")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    from safe_synthesizer.pii.text_street_vocab import CAPITALISED_PREFIXES, PREFIXES, SPACED_TYPES

    words = {w.lower().rstrip(".") for forms in (PREFIXES, CAPITALISED_PREFIXES, SPACED_TYPES) for w in forms}
    return frozenset(words | {"street", "road", "park", "bishop", "saint", "lady", "lord", "king", "queen", "prince"})


def _half(word: str) -> bool:
    return (
        len(word) > 1
        and word[:1].isupper()
        and not word.isupper()
        and not is_title(word.rstrip("."))
        and word.lower() not in _not_names()
        and name_word(word, "sure")
    )


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def half_span_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """``(start, end, 'name')`` of the whole names a one-word name span holds half of: a ``last_name`` (or ``name``)
    span's given name before it, a ``first_name`` span's family name after it, else the other side; ``spans``: every
    span of the note. The caller lets the new span take the old one's place."""
    out = []
    for start, end, entity in spans:
        value = text[start:end]
        if entity not in _NAME_ENTITIES or " " in value or not value[:1].isupper():
            continue
        # A given name's other half follows it, a family name's precedes it; a one-word span whose kind the column
        # guessed (a surname column read as names) may be either: the expected side first, then the other.
        sides = ("after", "before") if entity == E.FIRST_NAME else ("before", "after")
        for side in sides:
            if side == "before":
                m = _BEFORE.search(text, max(0, start - 40), start)
                a, b = (m.start(1), end) if m is not None else (0, 0)
            else:
                m = _AFTER.match(text, end)
                a, b = (start, m.end(1)) if m is not None else (0, 0)
            if m is None or not _half(m.group(1)):
                continue
            if side == "before" and _sentence_start(text, m.start(1)) and not given_kind(m.group(1).lower()):
                continue  # "Richiamare Valentina al ...", "Gruß Cord": a sentence's first word, no listed given name
            if not any(s < b and a < e and (s, e) != (start, end) for s, e, _ in spans):
                out.append((a, b, E.NAME))  # the other half is no other span's already
            break
    return sorted(set(out))
