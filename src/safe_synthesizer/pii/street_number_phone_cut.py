"""A street's house number is no phone's first group: a phone span that starts inside a street line and runs on
across the sentence's or clause's end (``Mayabaan 26. 06 10846744``) is cut back to the number after the stop.

Why: the phone patterns take digit groups joined by dots and blanks, so a house number that ends a sentence and the
phone that starts the next one read as one longer number (``26. 06 10846744``), and the overlap rule (a phone ranks
above a street) then dropped the street line whole: the street name stayed in the note as written (set 47: twelve
notes of nl_NL, kab_DZ and ht_HT, ``garden secure, Xavipad 09. 06 12389699``). No layout is listed here: whatever
finder read the street, and whatever plan the phone is of, a stop followed by a blank (``.``, ``,``, ``;``, ``:``,
``!``, ``?``) between the street's last digit and the rest is a boundary no phone writes inside itself after its
first group; the rest must still read as a phone of the region, or the spans are left as they were.

Cost: a loop over a note's spans (a few), only when a phone and a street overlap.

Example::

    text = "garden secure, Xavipad 09. 06 12389699"
    spans = [TextSpan(15, 25, "street_address", 0.9), TextSpan(23, 38, "phone_number", 0.9)]
    cut_phones_at_street_numbers(text, spans, "NL")[1]  # TextSpan(27, 38, "phone_number", 0.9)
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.text_spans import TextSpan

_STREETS = (E.STREET_ADDRESS, E.ADDRESS)
_PHONES = (E.PHONE_NUMBER, E.FAX_NUMBER)
# The boundary after the street's last character: a stop, then blanks (a phone writes ``06.10.84`` without blanks).
_BOUNDARY = re.compile(r"[ \t]*[.,;:!?][ \t]+")
MIN_DIGITS = 6


def cut_phones_at_street_numbers(text: str, spans: list[TextSpan], region: str = "US") -> list[TextSpan]:
    """``spans`` with every phone span that begins inside a street span and runs on past a stop after it cut back to
    the number after the stop (when that still reads as a phone of ``region``). A new list; spans are not changed.

    Example::

        cut_phones_at_street_numbers("at Noordreef 621. 06 13913981", spans, "NL")  # phone now "06 13913981"
    """
    streets = [s for s in spans if s.entity in _STREETS]
    if not streets or not any(s.entity in _PHONES for s in spans):
        return list(spans)
    out = []
    for span in spans:
        if span.entity in _PHONES:
            span = _cut(text, span, streets, region)
        out.append(span)
    return out


def _cut(text: str, phone: TextSpan, streets: list[TextSpan], region: str) -> TextSpan:
    for street in streets:
        if not (street.start <= phone.start < street.end < phone.end):
            continue
        m = _BOUNDARY.match(text, street.end, phone.end)
        if m is None:
            continue
        value = text[m.end() : phone.end]
        n_digits = sum(ch.isdigit() for ch in value)
        if n_digits >= MIN_DIGITS and V.is_phone_number(value, region=region, cued=n_digits in (10, 11)):
            return TextSpan(m.end(), phone.end, phone.entity, phone.score)
    return phone
