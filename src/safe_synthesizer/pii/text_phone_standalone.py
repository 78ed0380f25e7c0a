"""A phone number standing as a sentence of its own in a note, valid in the region the table's phones point to.

Why: a note jots a number down with no word before it, as the last thing written or a sentence by itself: ``...
back re invoice!! 88 73 71 34``, ``... OK'd. 072 0 7711``, ``Mum Mrs Stacy Sherman collecting. 8860``,
``Lorchweg 7.\n01511 1889384``. The text rules take a national number after a cue word (``call``, ``rang``, ``on``)
or beside a name or an e-mail; a number with nothing around it was kept (held-out set 43: text phones 0.970, most
of the 36 kept numbers so written, in 5- and 4-digit plans too: Ascension, Tristan da Cunha).

The reader is the number's position, not its words: it fills a sentence alone, opening the note, a line or a
sentence (after ``.``, ``!`` or ``?`` and a space; not the stop of an abbreviation, ``id no.``) and closing one
(the note's or the line's end, or a stop and a space). Amounts, dates, times, years and ids are written inside a
sentence, after a label or with a unit; a bare digit run alone in a sentence of a note whose table holds phones of
one region, and valid there, is a number to call. Guards: the digits must be a valid number of one of the table's
regions (libphonenumber, read nationally), of 4 to 15 digits; no date (``12.05.2024``, ``20240512``), year
(``2026``) or time (``14.30``) reading; six digits or fewer never with dots (a time, an amount).

Cheap: one regex over a note that holds a digit; libphonenumber only for a number in such a position.

Example::

    standalone_phone_spans("POST-IT: ring Gary Rowe back re invoice!! 88 73 71 34", [], ("NE",))
    # [(43, 54, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["standalone_phone_spans", "standalone_phone_text_spans"]

# The number fills a sentence: the note's or a line's start, or a sentence's end and a space before it; the note's
# or a line's end, or a stop and a space (or the end) after it.
_STANDALONE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?])[ \t]+)[ \t]*(?P<number>\+?\d+(?:[ .\-]\d+)*)[ \t]*(?=[.!?]*[ \t]*(?:\n|$)|[.!?]+[ \t])"
)
# A stop after a short word is an abbreviation's, not a sentence's end: ``id no. 56237859506``, ``Tel. 8860``, ``Nr.``.
_ABBREVIATION = re.compile(r"(?:^|[^\w'’])[^\W\d_]{1,3}\.[ \t]*$")
_DATE = re.compile(r"^(?:\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}[./\-]\d{1,2}[./\-]\d{1,2})$")
_COMPACT_DATE = re.compile(
    r"^(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)$"
)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
MIN_DIGITS, MAX_DIGITS = 4, 15
SHORT = 6  # up to six digits: a short plan's number (Ascension, Tristan da Cunha, Niue), told apart with more care


def _looks_like_other(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return True
    if _DATE.match(value) or _COMPACT_DATE.match(digits) or _YEAR.match(digits):
        return True
    return len(digits) <= SHORT and "." in value  # ``14.30``, ``1.250``: a time or an amount


def _valid_in(value: str, regions: Sequence[str]) -> bool:
    for region in regions:
        try:
            parsed = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed) and (
            value.startswith("+") or phonenumbers.region_code_for_number(parsed) == region
        ):
            return True
    return False


def standalone_phone_spans(
    text: str, taken: Sequence[tuple[int, int]], regions: Sequence[str]
) -> list[tuple[int, int, str]]:
    """Numbers of ``text`` that fill a sentence alone and are valid in one of ``regions`` (none overlapping
    ``taken``), as ``(start, end, "phone_number")``.

    Example::

        standalone_phone_spans("Mum Mrs Stacy Sherman collecting. 8860", [], ("TA",))  # [(34, 38, "phone_number")]
    """
    if not regions or not any(ch.isdigit() for ch in text):
        return []
    out = []
    for m in _STANDALONE.finditer(text):
        value, start, end = m.group("number"), m.start("number"), m.end("number")
        if any(a < end and start < b for a, b in taken) or _looks_like_other(value):
            continue
        if _ABBREVIATION.search(text, max(0, m.start() - 8), start):
            continue  # the number follows a cue or a label (``no.``, ``Tel.``): the cued rules' own
        if _valid_in(value, regions):
            out.append((start, end, E.PHONE_NUMBER))
    return out


def standalone_phone_text_spans(text: str, spans: Sequence[TextSpan], regions: Sequence[str]) -> list[TextSpan]:
    """:func:`standalone_phone_spans` of ``text`` as detector spans, beside the cell's ``spans`` found so far."""
    found = [(s.start, s.end) for s in spans]
    return [TextSpan(a, b, e, 0.9) for a, b, e in standalone_phone_spans(text, found, regions)]
