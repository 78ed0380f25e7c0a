"""A phone column's own country beyond the listed regions (issue 11, set 16: Algerian ``0564 07 62 45`` and
Azerbaijani ``040 579 06 58`` numbers in tables read as Swedish were faked as Swedish or Swiss numbers, valid
in their country 6/24 and 17/39)."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from safe_synthesizer.pii.validators.phones import column_phone_region


def _national(region: str, seed: int, n: int = 24) -> list[str]:
    """``n`` valid mobiles and landlines of ``region`` in its own national layout."""
    rng = random.Random(seed)
    out = []
    kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    while len(out) < n:
        example = phonenumbers.example_number_for_type(region, kinds[len(out) % 2])
        nsn = phonenumbers.national_significant_number(example)
        digits = nsn[:3] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - 3))
        number = phonenumbers.parse(digits, region)
        if phonenumbers.is_valid_number_for_region(number, region):
            out.append(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    return out


@pytest.mark.parametrize("region", ["DZ", "AZ", "GE", "VN"])
def test_numbers_of_a_country_outside_the_listed_regions(region):
    assert column_phone_region(_national(region, 1), "SE") == region


@pytest.mark.parametrize("region", ["SE", "GB", "DE", "FR", "CA"])
def test_the_tables_own_numbers_keep_its_region(region):
    assert column_phone_region(_national(region, 2), region) == region
