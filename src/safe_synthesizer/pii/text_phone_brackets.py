"""A phone number in brackets at the end of a clause about a named person: ``My partner Rein Viks will drive me
(5585 4824).``

Why: prose puts a contact's number in brackets after what it says about them, not only right after the name
(``Erika Ramos (21033375)``, :func:`~safe_synthesizer.pii.text_date_heading.named_number_spans`). Eight-digit
Estonian, Slovenian or Danish numbers carry no trunk 0 and no cue word there, so the bracket and the person named
earlier in the same sentence are the evidence (set 28: 70 such numbers kept in et_EE, hu_HU, sl_SI... notes).
What else prose brackets after a person is written otherwise: an age (``(age 6)``), a year or a date (separators,
a month, ``2019-2020``, ``20231104``), an amount (decimals, a currency), a time (a colon); a record's number has a
reference word before it (``room``, ``order``, ``ticket``). The bracket must hold nothing but the number, 7-15
digits in one run or in groups of two to four, valid in some country's plan.

Example::

    bracketed_phone_spans("My partner Rein Viks will drive me (5585 4824).", [], ("EE",))  # [(36, 45, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.text_date_heading import reads_as_name
from safe_synthesizer.pii.text_phone_cues import TEXT_PHONE_REGIONS
from safe_synthesizer.pii.text_phone_short import _REFERENCE_WORDS, RANGE
from safe_synthesizer.pii.text_phone_uncued import _COMPACT_DATE

# The whole bracket is one number: an optional ``+``, digits in one run or in groups of two to four.
_BRACKETED = re.compile(r"\([ \t]*(?P<number>\+?\d{2,4}(?:[ \-.]\d{2,4}){0,4}|\+?\d{7,15})[ \t]*\)")
# The clause the bracket closes starts after the last sentence end or line break before it.
_SENTENCE_END = re.compile(r"[.!?;:\n](?=[ \t\n]|$)")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-])*")
# Name words read before a reference word rules the number out.
BEFORE_NAME_WORDS = 3
MIN_DIGITS, MAX_DIGITS = 7, 15


def _named_before(clause: str) -> bool:
    """``clause`` names a person (two or three words reading as a name), and no reference word (``room``,
    ``order``) stands among the three words before that name or after it."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(clause)]
    for i in range(len(words)):
        for n in (3, 2):
            window = words[i : i + n]
            if len(window) < n or not all(w[:1].isupper() for w, _ in window):
                continue
            if reads_as_name(" ".join(w for w, _ in window)):
                around = [w.lower() for w, _ in words[max(0, i - BEFORE_NAME_WORDS) : i]]
                around += [w.lower() for w, _ in words[i + n :]]
                return not any(w in _REFERENCE_WORDS for w in around)
    return False


def bracketed_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of numbers alone in brackets closing a clause that names a person; numbers overlapping
    ``found`` (spans already taken) are left."""
    if "(" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _BRACKETED.finditer(text):
        start, end = m.start("number"), m.end("number")
        if any(a < end and start < b for a, b in found):
            continue
        value = m.group("number")
        if not MIN_DIGITS <= sum(ch.isdigit() for ch in value) <= MAX_DIGITS:
            continue
        if V.looks_like_date(value) or V.starts_with_date(value) or _COMPACT_DATE.match(value):
            continue
        if (span := RANGE.match(value)) and int(span.group(2)) >= int(span.group(1)):
            continue  # "(2019-2020)", "(1300-1500)": years or hours from .. to
        clause_start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        if not _named_before(text[clause_start : m.start()]):
            continue
        if phone_region_of(value, (*regions, *TEXT_PHONE_REGIONS)) is None:
            continue
        out.append((start, end, E.PHONE_NUMBER))
    return out
