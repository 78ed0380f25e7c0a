"""Dialled numbers that lost their '+' in a spreadsheet (column_phone_digits)."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import phonenumbers

from safe_synthesizer.pii.column_phone_digits import dialled_as_national, integer_phone_column, restored_trunk_zero
from safe_synthesizer.pii.column_phones import national_phone_evidence


def _german_mobiles(n: int) -> list[str]:
    rng, out = random.Random(3), []
    while len(out) < n:
        nsn = rng.choice(("151", "160", "170", "176")) + "".join(rng.choice("0123456789") for _ in range(8))
        if phonenumbers.is_valid_number(phonenumbers.parse("+49" + nsn)):
            out.append("49" + nsn)
    return out


def test_plus_lost_numbers_are_national_numbers_of_their_country() -> None:
    values = _german_mobiles(40)
    national = dialled_as_national(values)
    assert national is not None and all(n.startswith("01") for n in national)
    share, region, _ = national_phone_evidence(values)
    assert share >= 0.95 and region == "DE"


def test_random_ids_are_no_plus_lost_numbers() -> None:
    rng = random.Random(5)
    ids = [str(rng.randint(10**11, 10**12 - 1)) for _ in range(50)]
    assert national_phone_evidence(ids)[0] < 0.95
    assert dialled_as_national(["ORD123", "x"]) is None


def _national(region: str, heads: tuple[str, ...], length: int, n: int, seed: int) -> list[str]:
    """``n`` valid national numbers of ``region`` (trunk prefix written), national numbers opening with ``heads``."""
    rng, out = random.Random(seed), []
    cc = phonenumbers.country_code_for_region(region)
    while len(out) < n:
        nsn = rng.choice(heads)
        nsn += "".join(rng.choice("0123456789") for _ in range(length - len(nsn)))
        number = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number_for_region(number, region):
            fmt = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            out.append("".join(c for c in fmt if c.isdigit()))
    return out


def test_integer_column_that_lost_its_trunk_zero_is_phones() -> None:
    # German mobiles and Berlin/Hamburg lines read as integers: 015123456789 -> 15123456789, 030... -> 30...
    values = _national("DE", ("151", "160", "176"), 11, 15, 1) + _national("DE", ("30", "40"), 8, 15, 2)
    lost = [v.lstrip("0") for v in values]
    assert restored_trunk_zero(lost) == ["0" + v for v in lost]
    share, region, why = national_phone_evidence(lost)
    # 11 digits beside 7: no one layout until the 0 is back.
    assert share >= 0.95 and region == "DE" and "leading 0 lost" in why


def test_integer_ids_with_a_zero_put_back_stay_ids() -> None:
    rng = random.Random(8)
    for length in (8, 9, 10, 11):
        ids = [str(rng.randint(10 ** (length - 1), 10**length - 1)) for _ in range(30)]
        assert national_phone_evidence(ids)[0] < 0.95, length
    assert restored_trunk_zero(["0301234", "1234567"]) is None  # one already has its 0
    assert restored_trunk_zero(["12", "13"]) is None
    assert restored_trunk_zero(["612345678", "712345678"]) is None  # one length: no 0 lost


def test_integer_phone_column_gate() -> None:
    assert integer_phone_column(pd.Series([15127056878, 30985591], dtype="int64"))
    assert integer_phone_column(pd.Series([30860104.0, np.nan, 15081125352.0]))
    assert not integer_phone_column(pd.Series([12, 400, 17]))  # counts
    assert not integer_phone_column(pd.Series([12.5, 30860104.0]))  # amounts
    assert not integer_phone_column(pd.Series(["030985591"]))  # text is tested as text
    assert not integer_phone_column(pd.Series([True, False]))


def test_italian_integer_column_lost_the_landlines_zero_only() -> None:
    # Milan/Rome lines 02.../06... lose their 0 as integers; mobiles 3... have none to lose.
    values = _national("IT", ("02", "06"), 10, 15, 3) + _national("IT", ("33", "34", "35"), 10, 15, 4)
    lost = [v.lstrip("0") for v in values]
    assert restored_trunk_zero(lost, shorter_only=True) == values
    share, region, why = national_phone_evidence(lost)
    assert share >= 0.95 and region == "IT" and "leading 0 lost" in why
