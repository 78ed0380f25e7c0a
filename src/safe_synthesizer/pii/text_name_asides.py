"""Names whose sentence slot an aside in brackets interrupts: the slot readers run on the note without its asides.

A note puts a bracket right after a person to say what they are or do (``jessica (chorus) needs a licence``,
``SALAS (captain) allergic to nuts``, ``Jim Geertsen (desk) to cover``, ``signed by arnold (treasurer) on``): the
aside is grammatically outside the clause, but the slot readers (:mod:`text_name_slot_reader`,
:mod:`text_name_any_case_slots`) read a subject's predicate, a preposition's clause end or a possessive from the
characters right after the name, and a bracket there is no verb nor clause end, so the slot goes unread. Instead of
teaching each reader about brackets, this module removes every aside that stands between a word and the next word
(a bracket of up to 40 characters, no line break, no nested bracket), runs the readers on the note without them,
and keeps the spans that end where an aside was: only the slots the asides hid. The readers' own word tests
(listed names, the table's name words, never a role noun or an English noun alone) decide as before.

The note alone decides (and the table's name words with :func:`known_aside_spans`, as :mod:`text_name_any_case_slots`
does), so under differential privacy a record's text depends on that record only.

Example::

    aside_free_name_spans("jessica (chorus) needs a licence, parent to sign.")  # [(0, 7, 'first_name')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from safe_synthesizer.pii.text_name_any_case_slots import any_case_slot_spans, known_slot_spans
from safe_synthesizer.pii.text_name_slot_reader import slot_name_spans
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["aside_free_name_spans", "known_aside_spans", "without_asides"]

Span = tuple[int, int, str]

# An aside: a bracket right after a word's last letter (a blank or none between), a blank and a word after it.
_ASIDE = re.compile(r"(?<=[^\W\d_])[ \t]*\([^()\n]{1,40}\)(?=[ \t]+[\w'’])")


def without_asides(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with its asides removed, and per aside ``(position in the new text, characters removed before and
    at it)``, in order. No aside: ``(text, [])``.

    Example::

        without_asides("kim (chorus) needs a form")  # ('kim needs a form', [(3, 9)])
    """
    if "(" not in text:
        return text, []
    pieces, cuts, last, removed = [], [], 0, 0
    for m in _ASIDE.finditer(text):
        pieces.append(text[last : m.start()])
        removed += m.end() - m.start()
        cuts.append((m.start() - (removed - (m.end() - m.start())), removed))
        last = m.end()
    if not cuts:
        return text, []
    pieces.append(text[last:])
    return "".join(pieces), cuts


def _back(spans: Sequence[Span], cuts: list[tuple[int, int]]) -> list[Span]:
    """The spans that end where an aside was, at their places in the original text."""
    out = []
    for start, end, entity in spans:
        for k, (at, _) in enumerate(cuts):
            if end != at:
                continue
            before = cuts[k - 1][1] if k else 0  # removed before this aside: the span lies after those
            if k and start < cuts[k - 1][0]:
                break  # the span reaches over an earlier aside: not one run of words in the note
            out.append((start + before, end + before, entity))
            break
    return out


def _text_readers(text: str) -> list[Span]:
    return slot_name_spans(text) + any_case_slot_spans(text)


def aside_free_name_spans(
    text: str, known: Collection[str] | None = None, readers: Callable[[str], list[Span]] | None = None
) -> list[Span]:
    """``(start, end, entity)`` of the names right before an aside that the slot readers find once the asides are
    removed (see the module docstring); ``known``: the table's own name words in lower case, if any; ``readers``:
    the readers to run (default: :func:`text_name_slot_reader.slot_name_spans` and
    :func:`text_name_any_case_slots.any_case_slot_spans`). Overlaps are resolved by the caller."""
    if "(" not in text or len(text) < 8:
        return []
    view, cuts = without_asides(text)
    if not cuts:
        return []
    if readers is None:
        found = slot_name_spans(view, known) + any_case_slot_spans(view, known) if known else _text_readers(view)
    else:
        found = readers(view)
    return sorted(set(_back(found, cuts)))


def known_aside_spans(
    text: str,
    spans: Sequence[TextSpan] = (),
    people: Mapping[str, str] | None = None,
    row: Mapping[str, str] | None = None,
) -> list[TextSpan]:
    """:func:`text_name_any_case_slots.known_slot_spans` on the note without its asides: the slots an aside hid that
    a word of the table's (``people``; ``None`` under DP) or of the row's own name cells (``row``) fills. Spans
    overlapping ``spans`` are left to those.

    Example::

        known_aside_spans("chedmond (chorus) needs a licence", [], row={"chedmond": "first_name"})
        # [TextSpan(0, 8, 'first_name', 0.9)]
    """
    if "(" not in text or not (people or row) or len(text) < 8:
        return []
    view, cuts = without_asides(text)
    if not cuts:
        return []
    found = [(s.start, s.end, s.entity) for s in known_slot_spans(view, (), people, row)]
    return [
        TextSpan(a, b, e, 0.9)
        for a, b, e in sorted(set(_back(found, cuts)))
        if not any(s.start < b and a < s.end for s in spans)
    ]
