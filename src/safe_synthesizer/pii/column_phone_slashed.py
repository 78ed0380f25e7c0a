"""Phone cells with a slash after the area code (``0694/20 01 46``, ``07405/265446``, ``310/720 2660``) as the
phone checks should see them: the slash read as the space it stands for.

Why: German and Austrian offices write a landline's area code before a slash (DIN 5008's older layout), and exports
of other countries copy it for mobiles (``11/98813 4451``, ``0914/883 926``); the phone checks know spaces, dots,
hyphens and brackets only, so a column mixing ``07405 265446`` with ``07405/265446`` (one number written two or three
ways by hand) fell below every share its phones pass. A slash between digits is also how case numbers
(``2023/12345``), tax numbers (``93815/08152``), fractions and month/year dates (``05/2024``) are written, so a
sample is read this way only when the column says phones by itself: its cells without a slash are mostly phones,
or every slashed cell opens with a trunk ``0`` and holds a whole national number (nine digits or more).
Dates (``12/05/2020``) and codes with two slashes (``181/815/08155``) are never read so.

Example::

    unslash_cell("0694/20 01 46")  # "0694 20 01 46"
    unslash_cell("12/05/2020")  # "12/05/2020"
    unslashed_phone_sample(sample)  # the sample with "07405/265446" read "07405 265446", or None
"""

from __future__ import annotations

import re

import numpy as np

from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.phone_dial_string import sibling_line
from safe_synthesizer.pii.validators.phones import is_phone_any

# An area code or mobile prefix (one to six digits, not after a letter, digit, dot or slash) and a slash right before
# the number's next digit, whose run is not followed by another slash (``12/05/2020``, ``181/815/08155`` stay).
_AREA_SLASH = re.compile(r"(?<![\w/.])(\d{1,6})/(?=\d+(?![\d/]))")
# A cell that is only digits, spaces, dots, hyphens, brackets, ``+`` and one slash once the slash is read as a
# space: what the phone checks read (words and list joins are theirs to take off).
_ONE_SLASH = re.compile(r"^[^/]*/[^/]*$")
# Share of the cells without a slash that must pass the phone check (with the cue's leniency) for the slashed
# cells beside them to be read as phones: most, as in a column of one contact's numbers written by hand.
MIN_PLAIN_PHONES = 0.5
# Plain cells checked (the first of the sample's random draw): enough to say phones, cheap on a long column.
PLAIN_PROBE = 40
# Digits of a slashed cell read as a national number on its own (trunk ``0``, area code, subscriber).
MIN_TRUNK_DIGITS = 9


def unslash_cell(value: str) -> str:
    """``value`` with the slash after an area code read as a space (``07405/265446`` -> ``07405 265446``),
    unchanged when it has no such slash (dates, codes with two slashes, ``AB/123``)."""
    if "/" not in value or sibling_line(value):
        return value  # ``07422 517789/92``: a second line's last digits (phone_dial_string), no area code's slash
    return _AREA_SLASH.sub(r"\1 ", value)


def _slashed(value: str) -> bool:
    return "/" in value and unslash_cell(value) != value


def _trunk_number(value: str) -> bool:
    """A slashed cell that is one national number with its trunk ``0`` (``0694/20 01 46``)."""
    if not _ONE_SLASH.match(value) or not value.lstrip().startswith("0"):
        return False
    return sum(c.isdigit() for c in value) >= MIN_TRUNK_DIGITS and not re.search(r"[^\d\s/().\-]", value)


def unslashed_phone_sample(sample: ValueSample) -> ValueSample | None:
    """``sample`` with its slashed cells read as phones (:func:`unslash_cell`), values that become one counted
    together; ``None`` when no cell has an area slash or the column does not say phones by itself (see the
    module's docstring)."""
    slashed = [v for v in sample.values if _slashed(v)]
    if not slashed:
        return None
    plain = [v for v in sample.values if not _slashed(v)][:PLAIN_PROBE]
    phones = sum(is_phone_any(v, cued=True) for v in plain)
    if not (plain and phones >= MIN_PLAIN_PHONES * len(plain)) and not all(_trunk_number(v) for v in slashed):
        return None
    merged: dict[str, float] = {}
    for value, count in zip(sample.values, sample.counts, strict=True):
        key = unslash_cell(value)
        merged[key] = merged.get(key, 0.0) + float(count)
    n_distinct = sample.n_distinct - (len(sample.values) - len(merged))
    return ValueSample(list(merged), np.fromiter(merged.values(), dtype=float, count=len(merged)), n_distinct)
