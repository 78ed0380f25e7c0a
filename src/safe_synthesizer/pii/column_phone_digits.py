"""International numbers that lost their ``+`` (``4915123456789``, ``447911123456.0``) read as national ones.

Why: a spreadsheet reads ``+4915123456789`` as a number, drops the ``+`` and, exported again, writes
``4915123456789`` or ``4915123456789.0``. Without the ``+`` (or ``00``) such a column is neither dialled nor
bare national (13 digits, no trunk ``0``), so it was missed with its name hidden. Each value is read as a
dialled number; when nearly all are valid numbers of one country they are tested as that country's national
numbers (trunk prefix included), with every test bare national numbers pass (one layout, spread, valid far
beyond random digits: :func:`column_phones._bare_evidence`), so ids that start with a country's code by
accident still fail.

Example::

    dialled_as_national(["4915123456789", "491701234567", ...])  # ["015123456789", "01701234567", ...]
"""

from __future__ import annotations

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
