"""A national phone number written beside an international one of the same country in one note.

Transfer, payout and call-back notes give two numbers, one with the country code and one without: ``sent 4,500
to +592 614 1070 instead of 609 1335``, ``payouts go to 609 2067 and not to +592 687 4860``. The short national
number (seven digits in Guyana, eight in Papua New Guinea or Norway) has no cue of its own, and a number that
short is no phone without one. The international number is the cue: it names the country, and a grouped digit run
that ``phonenumbers`` reads as a valid number of that country, with as many digits as the international number's
national part, is the same kind of value. Ungrouped runs (ids, account numbers) and dates stay.

Example::

    phone_mate_spans("sent to +592 614 1070 instead of 609 1335.")  # [(33, 41, 'phone_number')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["phone_mate_spans"]

_INTL = re.compile(r"(?<![\w+])\+\d{1,3}[ .\-]?\(?\d[\d .\-()]{4,16}\d(?![\w])")
# A grouped national number: digits with at least one space, dot or dash inside, maybe a trunk 0 or brackets.
_LOCAL = re.compile(r"(?<![\w+\-./])\(?\d[\d()]*(?:[ .\-]\(?\d[\d()]*){1,4}(?![\w]|[.\-/]\d)")
_DATE_LIKE = re.compile(r"^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}$")


def _national(value: str) -> tuple[str, int] | None:
    """The region and national significant number length of a valid international number."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    region = phonenumbers.region_code_for_number(number)
    return (region, len(phonenumbers.national_significant_number(number))) if region else None


def _valid_in(value: str, region: str, length: int) -> bool:
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == region
        and len(phonenumbers.national_significant_number(number)) == length
    )


def phone_mate_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'phone_number')`` of national numbers beside an international number of their country."""
    if "+" not in text:
        return []
    mates = [(m.start(), m.end(), _national(m.group())) for m in _INTL.finditer(text)]
    countries = {n for _, _, n in mates if n is not None}
    if not countries:
        return []
    out = []
    for m in _LOCAL.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _ in mates) or _DATE_LIKE.match(m.group()):
            continue
        if any(_valid_in(m.group(), region, length) for region, length in countries):
            out.append((m.start(), m.end(), E.PHONE_NUMBER))
    return out
