"""Phone columns of one country written in several layouts at once (``34581024``, ``34 58 10 24``, ``34-58-10-24``,
``0045 39898481``), told from their values alone.

Why: a CRM keeps each number as the person or the clerk typed it, so one column mixes the national number run
together, grouped with spaces, dots or dashes, and dialled with ``+CC`` or ``00CC`` (``+44 (0)1254 560903`` beside
``01254560903``). The bare-number test (:func:`column_phone_bare.bare_phone_share`) asks one layout, so such columns
were missed with their names hidden (set 25: 50 of 134 locales' phone columns, mostly 6-8 digit Nordic, Baltic and
Central American numbers). The layout is how a number is written, not what it is: each value is read as the
national number it dials (a dialled one as its country writes it nationally, trunk ``0`` included), and the
column is tested on those digits.

Two ways to pass:

* the digit runs pass the bare-number test itself (one region far beyond the chance of random digits of their
  lengths and trunk-0 share, :func:`column_phone_bare.bare_phone_share`): nothing is weaker than for a column written
  in one layout, the separators are only no longer asked to agree (an extension after a number, ``x363``,
  ``ext. 80``, is dropped first; cells of one or two digits, a ``0`` for "none", count as words);
* dialled numbers anchor the country: when a value dials one country code (``0045 39898481``) and nearly
  all the others are that country's national numbers as it writes them, the column is phones even when it is too
  short for the chance test. Record or account numbers are never written with a country's ``+CC``.

Example::

    mixed_phone_evidence(["34581024", "34 58 10 24", "0045 39898481", ...])
    # (1.0, "DK", "several layouts: 100% valid DK numbers ...")
"""

from __future__ import annotations

import re
from collections import Counter

import phonenumbers

from safe_synthesizer.pii.column_phone_bare import MIN_VALID_SHARE, bare_phone_share
from safe_synthesizer.pii.formats import PHONE_EXTENSION_TAIL
from safe_synthesizer.pii.validators.dates import looks_like_date

# A value written as one phone number: an optional ``+``/``00``, digits and the separators people type between
# groups, a ``(0)`` or ``(026)`` area in brackets.
_WRITTEN = re.compile(r"^(?:\+|00)?[\d\s().\-/]+$")
MIN_DIGITS, MAX_DIGITS = 6, 15
# An extension after the number (``201-555-0143 ext 3``, ``030 1234567 x80``): the office's line, not the number.
_EXTENSION = re.compile(rf"^(.*?\d\)?){PHONE_EXTENSION_TAIL}$", re.IGNORECASE)
# Cells of one or two digits (``0``, ``00``, ``?1``): junk typed where no number was known, no number of any kind.
MAX_JUNK_DIGITS = 2
# Dialled values of one country that anchor a column too short (or of too dense a plan) for the chance test:
# one is enough, since no record number is ever written with ``+CC``/``00CC``.
MIN_DIALLED = 1
# Dialled values (and their share of the numbers) that anchor a column whose numbers share their leading digits.
MIN_DIALLED_MANY = 2
MIN_DIALLED_SHARE = 0.1
# Share of the values that may be words without digits (a merged header repeated in the column, a note).
MAX_WORD_SHARE = 0.2
# Numbers a column anchored by dialled ones needs (a short column of 6: one export page of a small office).
MIN_ANCHORED = 6
# Share of the column's values that must be valid numbers of the anchor's country, written as it writes them.
MIN_ANCHORED_SHARE = 0.9
# Share of a column's numbers that may read as dates and still be taken for numbers of the column's layouts.
MAX_DATE_SHARE = 0.2
# Share of the numbers that must be written in groups for the column to count as written like phones.
MIN_GROUPED_SHARE = 0.5
# Distinct leading digits (all but the last four) over the numbers: no run of sequential ids.
MIN_SPREAD = 0.5
# National layouts (separators) of a column typed by people rather than printed by one system.
MIN_TYPED_LAYOUTS = 3


def national_reading(value: str, dates: bool = False) -> tuple[str, str | None] | None:
    """(the national digits ``value`` dials, the region of its ``+CC``/``00CC`` or ``None``), or ``None`` when
    ``value`` is not written as one phone number (``dates``: a value that reads as a date may be one).
    ``+44 (0)1254 560903`` -> ``("01254560903", "GB")``, ``34-58-10-24`` -> ``("34581024", None)``."""
    text = value.strip()
    if not _WRITTEN.match(text) or (not dates and looks_like_date(text)):
        return None
    digits = "".join(c for c in text if c.isdigit())
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    if not text.startswith(("+", "00")) or text.startswith("000"):
        return digits, None
    try:
        number = phonenumbers.parse("+" + text.lstrip("+")[2 if text.startswith("00") else 0 :], None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(c for c in national if c.isdigit()), phonenumbers.region_code_for_number(number)


def mixed_phone_evidence(values: list[str]) -> tuple[float, str | None, str] | None:
    """(share of ``values`` that are valid numbers of one region in any layout, that region, why), or ``None``
    when the values keep one layout (the bare-number test has read them already) or are no phone numbers."""
    stripped = [without_extension(v) for v in values]
    extended, values = stripped != values, stripped
    readings = [(v, r) for v in values if (r := national_reading(v)) is not None]
    if len({_separators(v) for v, _ in readings}) < 2 and not extended:
        return None
    # Values with no digit (a merged header's ``Mobile``, ``ókent``) or one or two (a ``0`` typed for "none") are
    # words beside the numbers, not numbers of another kind: the share is taken over the rest. Other values
    # (amounts, codes) stay in it.
    counted = [v for v in values if sum(c.isdigit() for c in v) > MAX_JUNK_DIGITS]
    if len(counted) < (1 - MAX_WORD_SHARE) * len(values):
        return None
    if len(readings) >= (1 - MAX_DATE_SHARE) * len(counted):
        # Pairs that happen to read as a day, month and year (``21-08-91``) among numbers of their own layout
        # (``23 75 26``, ``29-57-41``): one in thirty random pairs does; a column of dates is all dates.
        readings = [(v, r) for v in values if (r := national_reading(v, dates=True)) is not None]
    digits = [d for _, (d, _) in readings]
    read = {v for v, _ in readings}
    others = [v for v in counted if v not in read]
    dialled = Counter(region for _, (_, region) in readings if region)
    # Numbers most of which were typed in groups (``61 18 30 04``, ``61.32.96.09``) are written as phones, as
    # in a column of one grouped layout: ids and timestamps come as one run of digits.
    grouped = sum(not v.strip().isdigit() for v, _ in readings) >= MIN_GROUPED_SHARE * len(readings)
    # Six digits only in groups: the Faroes and Greenland write ``23 75 26``; six-digit ids come as one run.
    share, region, why = bare_phone_share(digits + others, grouped=grouped, min_digits=MIN_DIGITS if grouped else 7)
    if share >= MIN_VALID_SHARE:
        top = dialled.most_common(1)[0][0] if dialled else None
        if top and sum(_national_of(d, top) for d in digits) >= MIN_VALID_SHARE * len(digits):
            region = top  # the country the column dials explains its numbers as well as the test's first pick
        return share, region, f"several layouts: {why}"
    if not dialled:
        return None
    region, count = dialled.most_common(1)[0]
    if count < MIN_DIALLED or len(readings) < MIN_ANCHORED:
        return None
    spread = len({d[: max(len(d) - 4, 3)] for d in digits}) >= MIN_SPREAD * len(digits)
    # Typed in groups with two or more kinds of separator (``21 196 665``, ``21.014.527``, ``21-172-958``): people
    # write phone numbers so, a system prints its ids in one layout (or none), so two dialled ones are enough.
    typed = grouped and len({_separators(v) for v, (_, r) in readings if r is None}) >= MIN_TYPED_LAYOUTS
    if not spread and (count < MIN_DIALLED_MANY or (count < MIN_DIALLED_SHARE * len(readings) and not typed)):
        # Numbers of one exchange (Faroese ``20....`` lines, Maputo's ``21 1.. ...``) share their head as ids of
        # one prefix do: then several dialled values must show the column's country.
        return None
    share = sum(_national_of(d, region) for d in digits) / len(counted)
    if share < MIN_ANCHORED_SHARE:
        return None
    code = phonenumbers.country_code_for_region(region)
    return share, region, f"several layouts, {count} dialled with +{code}: {round(100 * share)}% valid {region} numbers"


def without_extension(value: str) -> str:
    """``value`` without a trailing extension (``201-555-0143 ext 3`` -> ``201-555-0143``): the number is what is
    tested; the extension is written after phone numbers only, so it never makes a value less of one."""
    match = _EXTENSION.match(value)
    return match.group(1) if match else value


def _separators(value: str) -> str:
    """The layout of ``value``: what is written between and around its digits (``"  "`` for ``055 123 4567``);
    a number dialled with ``00`` is written another way than the national one (``0039 312...`` beside ``312...``)."""
    text = value.strip()
    return ("00" if text.startswith("00") else "") + re.sub(r"\d+", "9", text)


def _national_of(digits: str, region: str) -> bool:
    """``digits`` are a valid number of ``region`` written as its national number (trunk prefix included)."""
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number_for_region(number, region):
        return False
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(c for c in national if c.isdigit()) == digits
