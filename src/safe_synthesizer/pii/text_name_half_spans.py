"""Whole names whose one half a span holds: ``Bitte bei Sara Ernst,`` with ``Ernst`` found, ``Parking permit request:
Dieula Dorvil,`` with ``Dorvil`` found, ``Tsalela Nomsa Tanner`` with ``Nomsa`` found.

Why: a family name is often found alone (the row's own surname cell, the table's people, a surname list) while the
given name beside it is in no list nor column the readers know (``Dieula``, ``Mirlande``, ``Aindil``): the surname is
replaced and the given name stays, beside the fake (set 46: ``Mirlande Karina-Dave``, ``Dieula Clay``, ``Sara
Hans-Peter``). The layout of a name is general, not any note's: a capitalised word right before a one-word family
name span, or right after a one-word given name span, with one blank between, is the other half of the same name
when it may be a name (:func:`text_name_word_kinds.name_word`, ``"sure"``: listed, or no word of a vocabulary) and is
no title, street or place word, month or weekday. The span grows to the whole name (a ``name``), so both halves get
one fake.

The note alone decides, so under differential privacy a record's text depends on that record only.

Example::

    half_span_names("Bitte bei Sara Ernst, Gartenweg 3, melden.", [(15, 20, "last_name")])  # [(10, 20, 'name')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_word_kinds import name_word
from safe_synthesizer.pii.titles import is_title

__all__ = ["half_span_names"]

Span = tuple[int, int, str]

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


def half_span_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """``(start, end, 'name')`` of the whole names a one-word ``last_name`` span (the given name before it) or
    ``first_name`` span (the family name after it) holds half of; ``spans``: every span of the note. The caller
    lets the new span take the old one's place."""
    out = []
    for start, end, entity in spans:
        value = text[start:end]
        if entity not in (E.LAST_NAME, E.FIRST_NAME) or " " in value or not value[:1].isupper():
            continue
        if entity == E.LAST_NAME:
            m = _BEFORE.search(text, max(0, start - 40), start)
            if m is None or not _half(m.group(1)):
                continue
            a, b = m.start(1), end
        else:
            m = _AFTER.match(text, end)
            if m is None or not _half(m.group(1)):
                continue
            a, b = start, m.end(1)
        if any(s < b and a < e and (s, e) != (start, end) for s, e, _ in spans):
            continue  # the other half is another span's already
        out.append((a, b, E.NAME))
    return sorted(set(out))
