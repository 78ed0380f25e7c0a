"""A number right after ``Text`` (``SMS``, ``WhatsApp``, ``Message``) opening a sentence: a command to text that
phone, ``Text 71473403 on arrival.``

Why: ``text`` is a weak phone cue, since as a noun it also stands before other numbers (``text line 12345678``), so
an eight-digit number after it had to be written in phone groups (``Text 7147 3403``); Bolivian, Central American
or Baltic mobiles typed as one run of digits were kept (set 28: es_BO access notes). At the head of a sentence the
word is the imperative verb and what follows it is the number to text: prose opens no sentence with the noun
``Text`` and a bare number. The number must still be 7-15 digits, no date, amount or range, and a valid number of
some country's plan.

Example::

    imperative_phone_spans("Assistance dog. Text 71473403 on arrival.", [], ("BO",))  # [(21, 29, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.text_phone_cues import TEXT_PHONE_REGIONS
from safe_synthesizer.pii.text_phone_short import RANGE
from safe_synthesizer.pii.text_phone_uncued import COMPACT_DATE, UNIT_AFTER

# The verb opens the text, a line (a bullet's) or a sentence; "me"/"us" and "on"/"at"/"to" may follow.
_IMPERATIVE = re.compile(
    r"(?:^|(?<=[.!?]))[ \t•*\-]*(?:please[ \t]+)?"
    r"(?:text|sms|whatsapp|message)[ \t]+(?:(?:me|us)[ \t]+)?(?:(?:on|at|to)[ \t]+)?"
    r"(?P<number>\d[\d \-.]{5,17}\d)(?![\d]|[.,]\d)",
    re.IGNORECASE | re.MULTILINE,
)
MIN_DIGITS, MAX_DIGITS = 7, 15


def cued_number_fits(
    text: str, value: str, start: int, end: int, found: Sequence[tuple[int, int]], digits: tuple[int, int]
) -> bool:
    """A number a cue points at (``value`` at ``start..end`` of ``text``) may be a phone: no span of ``found`` over
    it, ``digits`` (low, high) digits, no unit after it, no date, no upward range (``1990-2000``)."""
    if any(a < end and start < b for a, b in found):
        return False
    if not digits[0] <= sum(ch.isdigit() for ch in value) <= digits[1] or UNIT_AFTER.match(text, end):
        return False
    if V.looks_like_date(value) or V.starts_with_date(value) or COMPACT_DATE.match(value):
        return False
    return not ((span := RANGE.match(value)) and int(span.group(2)) >= int(span.group(1)))


def imperative_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of numbers right after a sentence-opening ``Text``/``SMS``/``WhatsApp``/``Message``; numbers
    overlapping ``found`` (spans already taken) are left."""
    out: list[tuple[int, int, str]] = []
    for m in _IMPERATIVE.finditer(text):
        start, end = m.start("number"), m.end("number")
        value = m.group("number")
        if not cued_number_fits(text, value, start, end, found, (MIN_DIGITS, MAX_DIGITS)):
            continue
        if phone_region_of(value, (*regions, *TEXT_PHONE_REGIONS)) is None:
            continue
        out.append((start, end, E.PHONE_NUMBER))
    return out
