"""A number in brackets right after a verb of telling someone: ``owner informed (5913701)``, ``notified (51771)``.

Why: a log notes whom it told and writes the number it reached them on in brackets after the verb. With no
cue word and no name before the bracket, no rule took it, and in small plans (Vanuatu's 7 digits, Greenland's 6,
the Falklands' 5) nothing else vouched for the digits (set 36: ``Kennel maid Florence noticed limping; owner
informed (5913701).`` kept in en_VU, kl_GL, en_FK notes).

The verb must stand right before the bracket (``informed``, ``notified``, ``told``, ``contacted``, ``called``,
``phoned``, ``texted``, ``messaged``, ``alerted``, ``reached``), and the bracket must hold nothing but one run of
5-8 digits or digit groups: no date (``informed (2019)`` is four digits; ``(12.05.24)``, ``(20240512)`` are
dates), range, amount or reference word; the number valid in a plan that writes numbers that short
(libphonenumber), or in the caller's.

Example::

    informed_phone_spans("Owner informed (5913701). Pick-up by Nikolai.")  # [(16, 23, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.text_phone_cues import TEXT_PHONE_REGIONS
from safe_synthesizer.pii.text_phone_five import five_digit_plans
from safe_synthesizer.pii.text_phone_short import RANGE
from safe_synthesizer.pii.text_phone_uncued import COMPACT_DATE

MIN_DIGITS, MAX_DIGITS = 5, 8
_VERBS = r"informed|notified|told|contacted|called|phoned|rang|texted|messaged|alerted|reached|advised"
# The verb, blanks, then the bracket holding one number: a run or groups of two to four digits.
_INFORMED = re.compile(
    rf"(?i)\b(?:{_VERBS})[ \t]*\([ \t]*(?P<number>\d{{2,4}}(?:[ .\-]\d{{2,4}}){{1,3}}|\d{{5,8}})[ \t]*\)"
)


def informed_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of numbers in brackets right after a verb of telling (module docstring); numbers overlapping
    ``found`` (spans already taken) are left."""
    if "(" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _INFORMED.finditer(text):
        start, end = m.start("number"), m.end("number")
        value = m.group("number")
        if any(a < end and start < b for a, b in found):
            continue
        if not MIN_DIGITS <= sum(ch.isdigit() for ch in value) <= MAX_DIGITS:
            continue
        if V.looks_like_date(value) or V.starts_with_date(value) or COMPACT_DATE.match(value):
            continue
        if (span := RANGE.match(value)) and int(span.group(2)) >= int(span.group(1)):
            continue
        if phone_region_of(value, (*regions, *TEXT_PHONE_REGIONS, *five_digit_plans())) is None:
            continue
        out.append((start, end, E.PHONE_NUMBER))
    return out
