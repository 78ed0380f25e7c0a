"""A phone column's sample as the phone checks should read it: each cell undressed of its spreadsheet marks, and
the numbers a spreadsheet stripped of their ``+`` given it back where the column's other numbers vouch for the
country.

Why: held-out set 41 wrote a third of its phone cells with an en dash, no-break spaces, Excel's apostrophe, a
float's ``.0`` or digits in threes (93 phone columns missed, 20 with a ``Telefon``/``Phone`` header shown). Each
check reads a cell exactly, so :func:`~safe_synthesizer.pii.phone_cell_artefacts.clean` undoes the marks first.
A float's tail is gone by the time a sample is drawn (the cell unwrapped), and with it the sign that
``393112809831`` was ``+39 311 280 9831``: a number of ten digits or more that leads with a country code (a group of
its own when grouped: ``39 312 342 1345``, ``972 2-125-5935``) and is valid there is read as dialled when the
column's other numbers, written as phones, are that country's (valid national numbers of it, or dialled with its
code): a record number or an amount beside no such numbers keeps its digits, a column of bare runs only is left to
the chance tests of :mod:`column_phones`, and a Canadian SIN ``468 777 529`` (nine digits, ``468`` no country code)
stays an id.

Column-level (a sample's): detection only, never the fakes (under DP a fake depends on its own cell only).

Example::

    undressed_phone_sample(sample)  # None when no cell changes, else the same sample with cleaned values
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.phone_cell_artefacts import clean
from safe_synthesizer.pii.phone_trunk_zero import MIN_ANCHOR_SHARE, MIN_ANCHORS, PROBE, trunk_again

__all__ = ["dialled_again", "undressed_phone_sample"]

# Digits a number without ``+`` needs to be read as dialled (a country code and a whole national number: nine digits
# are a national number in too many plans, and a Canadian SIN ``468 777 529`` was read as ``+46 877 7529``).
MIN_DIALLED_DIGITS = 10
MAX_DIALLED_DIGITS = 15
# Digits, perhaps in groups (``39 312 342 1345``, ``972 2-125-5935``), not opening with 0 or ``+``.
_UNDIALLED = re.compile(r"^[1-9][\d \-.]*\d$")
_GROUP = re.compile(r"\d+")
# A number written as a phone: digits in groups, or dialled.
_WRITTEN = re.compile(r"^(?:\+|00)?\(?\d[\d ().\-/]*\d$")


def undressed_phone_sample(sample: ValueSample) -> ValueSample | None:
    """``sample`` with every value cleaned and lost ``+`` signs put back, or ``None`` when nothing changes."""
    # Only cells that read as numbers once cleaned: an address's lines (``Studio 5\nAbigail Trace``) joined by `` / ``
    # would mislead the checks after the phone ones, which read the same sample.
    cleaned = [c if (c := clean(v)) == v or _WRITTEN.match(c) else v for v in sample.values]
    # a lost ``+`` and a lost trunk ``0`` given back where the column's other numbers vouch for the country
    redialled = trunk_again(dialled_again(cleaned), written=cleaned)
    if redialled == sample.values:
        return None
    return ValueSample(redialled, sample.counts, sample.n_distinct)


def dialled_again(values: Sequence[str]) -> list[str]:
    """``values`` with a ``+`` before each number that leads with a country code and is valid there, when the
    column's numbers written as phones (not so led) are that country's; the others as they are."""
    out = list(values)
    candidates = {i: code for i, v in enumerate(values) if (code := _dialled_code(v)) is not None}
    if not candidates:
        return out
    written = [v for i, v in enumerate(values) if i not in candidates and _WRITTEN.match(v)][:PROBE]
    if len(written) < MIN_ANCHORS:
        return out
    anchored = {code for code in set(candidates.values()) if _anchors(written, code)}
    for i, code in candidates.items():
        if code in anchored:
            out[i] = "+" + values[i]
    return out


def _dialled_code(value: str) -> int | None:
    """The country code of ``value`` read with a ``+`` before it, when it is then a valid number."""
    if not _UNDIALLED.match(value):
        return None
    n = sum(ch.isdigit() for ch in value)
    if not MIN_DIALLED_DIGITS <= n <= MAX_DIALLED_DIGITS:
        return None
    try:
        number = phonenumbers.parse("+" + value, None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    # Written in groups, the country code is a group of its own (``39 312 342 1345``, ``972 2-125-5935``).
    first = _GROUP.match(value)
    if first is not None and first.end() < len(value) and first.group() != str(number.country_code):
        return None
    return number.country_code


def _anchors(written: list[str], code: int) -> bool:
    """Most of ``written`` are numbers of country ``code``: dialled with it, or valid national numbers of it."""
    region = phonenumbers.region_code_for_country_code(code)
    if region in (None, "ZZ", "001"):
        return False
    hits = 0
    for v in written:
        try:
            number = phonenumbers.parse(v, region)
        except phonenumbers.NumberParseException:
            continue
        hits += number.country_code == code and phonenumbers.is_valid_number(number)
    return hits >= MIN_ANCHORS and hits >= MIN_ANCHOR_SHARE * len(written)
