"""International numbers that lost their ``+`` (``4915123456789``, ``447911123456.0``) read as national ones.

Why: a spreadsheet reads ``+4915123456789`` as a number, drops the ``+`` and, exported again, writes
``4915123456789`` or ``4915123456789.0``. Without the ``+`` (or ``00``) such a column is neither dialled nor
bare national (13 digits, no trunk ``0``), so it was missed with its name hidden. Each value is read as a
dialled number; when nearly all are valid numbers of one country they are tested as that country's national
numbers (trunk prefix included), with every test bare national numbers pass (one layout, spread, valid far
beyond random digits: :func:`column_phone_bare.bare_phone_share`), so ids that start with a country's code by
accident still fail.

Example::

    dialled_as_national(["4915123456789", "491701234567", ...])  # ["015123456789", "01701234567", ...]
"""

from __future__ import annotations

import re
from collections import Counter

import phonenumbers

# Digits of a dialled number without its ``+``: country code and national number.
MIN_DIGITS, MAX_DIGITS = 10, 15
# Share of the values that must be valid numbers of one country code.
MIN_ONE_COUNTRY = 0.95


def dialled_as_national(values: list[str]) -> list[str] | None:
    """``values`` as national numbers of the one country they dial without ``+``, or ``None``."""
    if not values or not all(v.isdigit() and MIN_DIGITS <= len(v) <= MAX_DIGITS for v in values[:5]):
        return None
    out, codes = [], Counter()
    for value in values:
        if not (value.isdigit() and MIN_DIGITS <= len(value) <= MAX_DIGITS) or value.startswith("0"):
            continue
        try:
            number = phonenumbers.parse("+" + value, None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        codes[number.country_code] += 1
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        out.append((number.country_code, "".join(c for c in national if c.isdigit())))
    if not codes:
        return None
    code, count = codes.most_common(1)[0]
    if count < MIN_ONE_COUNTRY * len(values):
        return None
    return [n for c, n in out if c == code]


# Digits of a national number whose leading ``0`` an integer column dropped (``30985591`` was ``030985591``).
MIN_LOST_ZERO_DIGITS, MAX_LOST_ZERO_DIGITS = 6, 11


def restored_trunk_zero(values: list[str], shorter_only: bool = False) -> list[str] | None:
    """``values`` with the leading ``0`` put back, when they are all plain digits without one, else ``None``.

    Why: a phone column read as integers (pandas ``int64``, or ``.0`` floats) loses the trunk ``0`` of every
    number (``015123456789`` -> ``15123456789``; Italian ``0238519701`` -> ``238519701``), so landlines and
    mobiles of one column differ in length by more than one layout allows and many are no valid number as
    written. Put back, they are tested as any bare column (:func:`column_phone_bare.bare_phone_share`, which
    tests against random digits with the same leading ``0``): ids of the same lengths still fail there.

    Values of one length are left alone (``None``).

    ``shorter_only``: the ``0`` goes back on the values shorter than the column's longest only. Italian
    mobiles (``3512758059``) have no ``0`` to lose, the landlines beside them had one (``0238519701``).
    """
    if not values or not all(v.isdigit() and not v.startswith("0") for v in values):
        return None
    if not all(MIN_LOST_ZERO_DIGITS <= len(v) <= MAX_LOST_ZERO_DIGITS for v in values):
        return None
    if len({len(v) for v in values}) < 2:
        # One length: nothing says a 0 was lost (numbers of one length pass as written where their plan
        # takes them without the trunk 0), and 9-digit ids put behind a 0 read as French numbers.
        return None
    if shorter_only:
        longest = max(len(v) for v in values)
        return ["0" + v if len(v) < longest else v for v in values]
    return ["0" + v for v in values]


def integer_phone_column(series) -> bool:
    """An integer (or whole ``.0`` float) column whose first values nearly all have 6-12 digits: it may hold
    phone numbers read as numbers, and is worth the bare-number test of :func:`column_phones.national_phone_evidence`.

    Why: number-typed columns were tested for phones only under a phone name, so a phone column exported as
    integers (``15123456789``, ``612345678.0``) was never found with its name hidden. The test itself decides;
    this only keeps counts, amounts and small codes out of it cheaply.
    """
    import pandas as pd

    if not pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return False
    head = series.dropna().head(_HEAD)
    if len(head) == 0 or not bool((head == head.round()).all()):
        return False
    digits = head.abs().astype("int64").astype(str).str.len()
    return float(digits.between(MIN_LOST_ZERO_DIGITS, 12).mean()) >= MIN_ONE_COUNTRY


# Leading values of a numeric column :func:`integer_phone_column` looks at.
_HEAD = 40


def dialled_region(values: list[str]) -> str | None:
    """The region of the one country nearly all ``values`` (plain digits) dial without their ``+``, or ``None``.

    Why: ``33667637317`` (France, ``+33`` lost) is a valid number of no region as written, so the fakes'
    country was taken from the best plan that took eleven digits (Italy's) and the fakes were valid nowhere
    as dialled numbers. Read as ``+33667637317`` the column names its own country.
    """
    if not values or not all(v.isdigit() and MIN_DIGITS <= len(v) <= MAX_DIGITS for v in values):
        return None
    regions: Counter[str] = Counter()
    for value in values:
        if value.startswith("0"):
            continue
        try:
            number = phonenumbers.parse("+" + value, None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            regions[phonenumbers.region_code_for_number(number) or ""] += 1
    if not regions:
        return None
    region, count = regions.most_common(1)[0]
    return region if region and count >= MIN_ONE_COUNTRY * len(values) else None


# A country code as the first group of a number written in groups (``380 5238 47053``, ``251-95-276-6045``).
_CODE_GROUP = re.compile(r"^\s*([1-9]\d{0,2})[ \-.]+\d")
# Share of a column's national numbers that must be written in groups before their first group is read as a code.
MIN_GROUPED_SHARE = 0.5


def grouped_dialled_region(values: list[str]) -> str | None:
    """The one country nearly all ``values`` written in groups dial without their ``+``, its code written as
    their first group (``380 5238 47053``: Ukraine; ``251 95 276 6045``: Ethiopia), or ``None``.

    Why: read as national numbers such a column fits another plan (Italy's ``380`` mobiles), so its fakes were
    drawn there and lost the country code (``332 6324 89157``): valid nowhere as dialled. The first group must
    be the very code the number dials (not only a valid ``+`` reading of the digits), for
    :data:`MIN_ONE_COUNTRY` of them.
    """
    grouped = [v for v in values if not v.strip().isdigit()]
    if not grouped or len(grouped) < MIN_GROUPED_SHARE * len(values):
        return None
    regions: Counter[str] = Counter()
    for value in grouped:
        match = _CODE_GROUP.match(value)
        if match is None:
            continue
        try:
            number = phonenumbers.parse("+" + value.strip(), None)
        except phonenumbers.NumberParseException:
            continue
        if number.country_code == int(match.group(1)) and phonenumbers.is_valid_number(number):
            regions[phonenumbers.region_code_for_number(number) or ""] += 1
    if not regions:
        return None
    region, count = regions.most_common(1)[0]
    return region if region and count >= MIN_ONE_COUNTRY * len(grouped) else None


def as_region_writes(value: str, region: str) -> str:
    """``value`` with its trunk ``0`` put back when only then is it ``region``'s national number digit for
    digit (``7490243393`` -> ``07490243393`` in Great Britain), else ``value`` itself.

    Why: a column that lost its trunk ``0`` is no number of its own country as written (British
    ``7490243393`` reads as nothing the UK writes), so a plan that writes nine or ten digits without a
    ``0`` (Poland's, Luxembourg's) took the column and the fakes were drawn there.
    """
    if not value.isdigit() or value.startswith("0") or _written_there(value, region):
        return value
    restored = "0" + value
    return restored if _written_there(restored, region) else value


def _written_there(value: str, region: str) -> bool:
    """``value`` is a valid number of ``region`` and its national number as written there, trunk prefix included."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number_for_region(number, region):
        return False
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(c for c in national if c.isdigit()) == value
