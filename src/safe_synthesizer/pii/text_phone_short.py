"""Phone numbers of 5-7 digits in text, in the countries whose plans hand out numbers that short.

Why: the phone rules of :mod:`~safe_synthesizer.pii.text_patterns` take 7+ digits, and 7 only after a strong
cue word, because shorter digit groups in prose are mostly amounts, codes and dates. In Greenland and the
Faroes a mobile is 6 digits (``New keeper's mobile 25 01 55``), in Andorra 6 (``rang from 313 311``), in
Iceland, Cape Verde or Panama 7 (``best on 632 8836``): all were kept in the notes.

A short number is taken when both hold:

- the plan: it is a valid number of a region without a trunk prefix whose mobiles are that short
  (:data:`~safe_synthesizer.pii.phone_plans.SHORT_PLAN_REGIONS`, read from libphonenumber), or of one of the
  caller's regions (5 digits: of the caller's regions only, as most 5-digit codes are valid in some island plan);
- the words: a strong phone cue (``mobile``, ``rang``, ``Telèfon``) within four words before it, or a weak
  one (``on``, ``at``) and a phone layout: two or more digit groups not in thousands (``25 01 55``,
  ``632 8836``; ``on 313 311`` may be an amount).

Dates (``11.05.34``), times, amounts with a currency or unit, and numbers after a reference word
(``order``, ``policy``, ``room``, ``PIN``) between the cue and the number are no phone, nor is a number after
another phone the cue already went to (``phone 0161 496 0000, 120000 miles``).

Example::

    short_phone_spans("New keeper's mobile 25 01 55; form sent.")  # [(20, 28, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.phone_plans import SHORT_PLAN_REGIONS
from safe_synthesizer.pii.text_phone_cues import CUE_WORD, PHONE_CUE, WEAK_CUES
from safe_synthesizer.pii.text_phone_uncued import UNIT_AFTER

MIN_DIGITS, MAX_DIGITS = 5, 7
SIX_DIGITS = 6
# Digit groups of two to four digits joined by one space, dot or dash; no digit, letter, sign or decimal around.
_SHORT = re.compile(r"(?<![\w+/.,:\-])\d{2,7}(?:[ .\-]\d{2,4}){0,3}(?![\w/\-]|[.,:]\d)")
#: Groups after the first all of three digits ("313 311", "12 500"): how amounts are written (an amount never
#: opens with a 0, a trunk prefix); a weak cue is not enough for them.
THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:[ .,]\d{3})+$")
# A currency sign or code right before the number.
_CURRENCY_BEFORE = re.compile(r"(?i)(?:[€$£¥₹]|\b(?:eur|usd|gbp|dkk|isk|kr|chf|cve|pab|crc|hnl|bob))[ \t]*$")
# Words that make the number a reference, not a phone, when they stand between the cue and the number.
REFERENCE_WORDS = frozenset(
    {"order", "invoice", "policy", "ref", "reference", "room", "pin", "code", "account", "acct", "case", "ticket",
     "ext", "extension", "box", "postcode", "zip", "id", "client", "customer", "file", "booking", "tracking",
     "parcel", "serial", "kode", "konto", "pedido", "factura", "fattura", "ordine", "bestellung", "rechnung"}
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
#: Two numbers joined by a dash ("130-135", "1300-1500"): a range when the second is not smaller.
RANGE = re.compile(r"^(\d{2,4})-(\d{2,4})$")


def short_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of 5-7 digit numbers of short number plans in ``text``; numbers overlapping ``found``
    (spans already taken) are left."""
    out: list[tuple[int, int, str]] = []
    for m in _SHORT.finditer(text):
        value, start, end = m.group(), m.start(), m.end()
        digits = sum(ch.isdigit() for ch in value)
        if not MIN_DIGITS <= digits <= MAX_DIGITS or any(a < end and start < b for a, b in found):
            continue
        if V.looks_like_date(value) or UNIT_AFTER.match(text, end) or _CURRENCY_BEFORE.search(text, 0, start):
            continue
        if (low_high := RANGE.match(value)) and int(low_high.group(1)) <= int(low_high.group(2)):
            continue  # "130-135": a range goes upwards
        if not _cued(text, start, value) or _cue_taken(text, start, found):
            continue
        # Five digits are valid somewhere in half the tiny plans (Pacific and Atlantic islands): only the
        # caller's own regions may vouch for them.
        tried = regions if digits < SIX_DIGITS else (*regions, *SHORT_PLAN_REGIONS)
        if phone_region_of(value, tried) is None:
            continue
        out.append((start, end, E.PHONE_NUMBER))
    return out


def _cue_taken(text: str, start: int, found: Sequence[tuple[int, int]]) -> bool:
    """A phone already found stands between the cue and the number at ``start``: the cue was that phone's
    (``phone 0161 496 0000, 120000 miles``). A second number of a list is :mod:`text_phone_lists`' to judge."""
    cue = PHONE_CUE.search(text, max(0, start - 60), start)
    return cue is not None and any(cue.start() <= a and b <= start for a, b in found)


def _cued(text: str, start: int, value: str) -> bool:
    """A strong phone cue before ``value``, or a weak one and a phone layout; no reference word in between."""
    cue = PHONE_CUE.search(text, max(0, start - 60), start)
    if cue is None:
        return False
    between = text[cue.start() : start]
    words = [w.lower() for w in CUE_WORD.findall(between)]
    last_cue = max((between.lower().rfind(w) + len(w) for w in words), default=0)
    if any(w.lower() in REFERENCE_WORDS for w in _WORD.findall(between[last_cue:])):
        return False
    if any(" ".join(w.split()) not in WEAK_CUES for w in words):
        return True
    # After a weak cue only the short plans' own layout, digit groups split by spaces ("25 01 55", "632 8836"):
    # dashes write ranges and measurements ("at 5'7", 130-135 lbs", "measurements are 38-30-40"), and
    # "seen on 25 01 24" (day, month and year in pairs) is a date, not a Faroese mobile.
    groups = value.split(" ")
    if len(groups) < 2 or not all(g.isdigit() for g in groups):
        return False
    return not THOUSANDS.match(value) and not V.looks_like_date(".".join(groups))
