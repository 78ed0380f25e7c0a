"""Seven-digit local numbers of a North American Numbering Plan table in notes: ``use 763-7441``, ``claimed by Mrs
Floyd (384-7522)``, ``Number 699-3426``, ``Reply to 5917196``.

Why: in the United States, its territories and the Caribbean islands on ``+1``, people give their number without the
area code they share with everyone around them, so a note's ``763-7441`` is no valid number read alone (the plan's
national numbers have ten digits) and :mod:`text_phone_local_numbers` left it: held-out set 40, seventeen text
phones of the United States, Bermuda, Montserrat, American Samoa, Guam, the Northern Marianas, Saint Kitts, Grenada.

The table's phone cells (:class:`~safe_synthesizer.pii.text_phone_local_numbers.LocalPhones`, the table's or under
differential privacy the row's own) hold the area codes: :func:`nanp_area_codes` reads them off the ten-digit
numbers valid on ``+1``. :func:`nanp_local_spans` then takes ``NXX-XXXX`` (dash, dot or space between the groups,
or run together) when

- the table is a ``+1`` table: half of its numbers of ten digits or more are valid ``+1`` numbers;
- put after one of the table's area codes it is a valid number (Saint Kitts' ``869`` + ``763-7441``);
- a phone cue stands right before it (``use``, ``reply to``, ``text``, ``call me on``, ``number``, ``try``,
  ``rang``...), up to three words between, or it stands alone in brackets right after a word (``Mrs Floyd
  (384-7522)``); a weak cue (``on``, ``at``, ``no.``) takes the grouped layout only, never seven digits run together;
- no reference word (``order``, ``ref``, ``room``, ``invoice``, ``part``...) is between the cue and it or just before
  the cue, no currency sign before it, no unit or count after it.

The same cues take a national number of the table's own regions and lengths (``Reply to 5917196`` in Vanuatu,
``try 717 2041`` in Bonaire) that :mod:`text_phone_local_numbers` reads no cue in.

Example::

    local = local_phones_of(["(869) 662-4120", "+1 869-663-8011"], ("KN",))
    nanp_local_spans("ignore the other number, use 763-7441", [], local)  # [(29, 37, 'phone_number')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_phone_local_numbers import LocalPhones
from safe_synthesizer.pii.text_phone_table_region import BRACKETED, COUNTED, valid_in
from safe_synthesizer.pii.text_phone_uncued import UNIT_AFTER
from safe_synthesizer.pii.text_spans import TextSpan

__all__ = ["nanp_area_codes", "nanp_local_spans", "nanp_local_text_spans"]

MIN_NANP_SHARE = 0.5  # share of the table's long numbers that must be valid +1 numbers
MAX_AREAS = 12  # the table's most common area codes tried
# A local number: exchange (2-9 first) and line, grouped or run together; no digit, sign or word around.
_LOCAL = re.compile(r"(?<![\w+/.,:\-#@$€£¥])([2-9]\d{2})([\-. ]?)(\d{4})(?![\w/@]|[.,:\-/]\d)")
# Any national number of 6 to 10 digits, run together or in groups of two to four (the regions' own numbers).
_NATIONAL = re.compile(r"(?<![\w+/.,:\-#@$€£¥])\d{2,10}(?:[\-. ]\d{2,4}){0,3}(?![\w/@]|[.,:\-/]\d)")
# Measures and counts after a number beyond the shared lists (``use 250-3000 grams``).
_MEASURE = re.compile(
    r"(?i)[ \t]*(?:g|gr|grams?|oz|lbs?|pcs|mg|kg|ml|l|litres?|liters?|gallons?|gal|miles?|mi|km|m|ft|feet|inch(?:es)?|"
    r"in|yds?|sq|psi|rpm|v|w|kw|mah|x)\b"
)
_STRONG = (
    r"use|using|reply[ \t]+to|replies[ \t]+to|reply|text|texted|txt|sms|whatsapp|call|called|calling|ring|rang|"
    r"ringing|phone|phoned|tel|mob|mobile|cell|number|numbers|nr|num|contact|reach|reached|try|tried|trying|dial|"
    r"dialled|dialed|informed|notified|told|reachable|contactable"
)
_WEAK = r"on|at|no|via|is"
_FILLER = (
    r"me|him|her|them|us|back|mum|mom|dad|the|new|his|their|my|our|home|work|instead|now|again|later|asap|please|"
    r"pls|plz|direct|directly|first|only|mobile|cell|phone|number|no|on|at|to|is|it's|its|was"
)
_CUE = re.compile(
    rf"(?i)(?<![\w'’])(?P<cue>{_STRONG}|{_WEAK})\.?(?:[ \t]+(?:{_FILLER})\.?){{0,3}}[ \t]*[:#\-–]?[ \t]*$"
)
_REFERENCE = re.compile(
    r"(?i)\b(?:order|orders|ref|reference|room|rm|invoice|inv|receipt|ticket|booking|case|account|acct|card|serial|"
    r"part|item|sku|pin|code|lot|batch|bay|pitch|table|lane|locker|tag|cage|pen|policy|claim|job|ticket|voucher|"
    r"member|membership|id)\b"
)
_CURRENCY = re.compile(r"(?i)(?:[$€£¥₹]|\b(?:usd|eur|gbp|xcd|bzd|bmd|cad|kyd|jmd|ttd|bbd))[ \t]*$")
_WINDOW = 60


@lru_cache(maxsize=256)
def _areas(known: frozenset[str]) -> tuple[str, ...]:
    long = [d[1:] if len(d) == 11 and d.startswith("1") else d for d in known if len(d) in (10, 11)]
    areas: Counter[str] = Counter()
    for digits in long:
        if len(digits) == 10 and _valid_nanp(digits):
            areas[digits[:3]] += 1
    if not long or sum(areas.values()) < MIN_NANP_SHARE * len(long):
        return ()
    return tuple(a for a, _ in areas.most_common(MAX_AREAS))


@lru_cache(maxsize=8192)
def _valid_nanp(ten: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+1" + ten, None))
    except phonenumbers.NumberParseException:
        return False


def nanp_area_codes(local: LocalPhones | None) -> tuple[str, ...]:
    """The area codes of the table's (or row's) ten-digit ``+1`` numbers, most common first; none when the table's
    numbers are not mostly ``+1`` numbers."""
    if local is None or not local.known:
        return ()
    return _areas(local.known)


def _cue(text: str, start: int) -> str | None:
    """``strong``, ``weak`` or None: the phone cue right before ``start`` (no reference word near it)."""
    head = text[max(0, start - _WINDOW) : start]
    if BRACKETED.search(head):
        before = head[: head.rfind("(")]
        return None if _REFERENCE.search(before[-25:]) else "strong"
    m = _CUE.search(head)
    if m is None or _REFERENCE.search(head[max(0, m.start() - 20) :]):
        return None
    return "weak" if re.fullmatch(_WEAK, m.group("cue"), re.IGNORECASE) else "strong"


def _rejected(text: str, start: int, end: int) -> bool:
    closing = text[end : end + 1]
    if text[start - 1 : start] == "(" and closing != ")":
        return True  # "(384-7522 ..." half a bracket: a range or a code
    if UNIT_AFTER.match(text, end) or COUNTED.match(text, end) or _MEASURE.match(text, end):
        return True
    return bool(_CURRENCY.search(text, max(0, start - 8), start))


def nanp_local_spans(
    text: str, found: Sequence[tuple[int, int]] = (), local: LocalPhones | None = None
) -> list[tuple[int, int, str]]:
    """Phone spans of the cued local numbers of ``text`` (module docstring); numbers overlapping ``found`` left."""
    if local is None or not any(ch.isdigit() for ch in text):
        return []
    areas = nanp_area_codes(local)
    out: list[tuple[int, int, str]] = []
    if areas:
        for m in _LOCAL.finditer(text):
            start, end = m.start(), m.end()
            if any(a < end and start < b for a, b in found) or _rejected(text, start, end):
                continue
            cue = _cue(text, start)
            if cue is None or (cue == "weak" and not m.group(2)):
                continue
            digits = m.group(1) + m.group(3)
            if any(_valid_nanp(area + digits) for area in areas):
                out.append((start, end, E.PHONE_NUMBER))
        return out
    if not local.regions or not local.lengths:
        return out
    for m in _NATIONAL.finditer(text):
        start, end = m.start(), m.end()
        digits = "".join(ch for ch in m.group() if ch.isdigit())
        if len(digits) not in local.lengths or not 6 <= len(digits) <= 10:
            continue
        if any(a < end and start < b for a, b in found) or _rejected(text, start, end):
            continue
        if _cue(text, start) != "strong":
            continue
        if any(valid_in(digits, r) for r in local.regions):
            out.append((start, end, E.PHONE_NUMBER))
    return out


def nanp_local_text_spans(text: str, spans: Sequence[TextSpan], local: LocalPhones | None) -> list[TextSpan]:
    """:func:`nanp_local_spans` of ``text`` as detector spans, beside the cell's ``spans`` found so far."""
    found = [(s.start, s.end) for s in spans]
    return [TextSpan(a, b, e, 0.9) for a, b, e in nanp_local_spans(text, found, local)]
