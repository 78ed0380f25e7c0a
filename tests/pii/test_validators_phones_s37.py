"""Phone columns of countries Faker has no locale of (Ecuador, Senegal, Mozambique, the Dominican Republic)."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from safe_synthesizer.pii.validators.phones import column_phone_region

_MOBILE = phonenumbers.PhoneNumberType.MOBILE


def _numbers(region: str, n: int, seed: int) -> list[str]:
    """``n`` valid mobiles of ``region`` in its national layout (random digits after the example's first three)."""
    rng = random.Random(seed)
    nsn = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, _MOBILE))
    out: list[str] = []
    while len(out) < n:
        digits = nsn[:3] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - 3))
        parsed = phonenumbers.parse(digits, region)
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region:
            out.append(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))
    return out


@pytest.mark.parametrize(
    ("region", "first", "seed"),
    [("EC", "ES", 37001), ("SN", "FR", 37002), ("MZ", "PT", 37003), ("DO", "MX", 37004), ("BH", "SA", 37006)],
)
def test_column_region_is_the_language_country_faker_lacks(region: str, first: str, seed: int) -> None:
    # Ecuadorian mobiles are Ukrainian and Italian ones too; Senegalese Uzbek ones: the column's language decides.
    assert column_phone_region(_numbers(region, 30, seed), first) == region


@pytest.mark.parametrize(("region", "first", "seed"), [("UA", "IT", 37204), ("ET", "DE", 37205), ("KE", "DE", 37206)])
def test_column_dialled_without_plus_is_the_dialled_country(region: str, first: str, seed: int) -> None:
    # ``251 91 119 3425`` read as national fits Germany's plan; its first group is Ethiopia's code.
    rng = random.Random(seed)
    nsn = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, _MOBILE))
    values: list[str] = []
    while len(values) < 20:
        parsed = phonenumbers.parse(nsn[:3] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - 3)), region)
        if phonenumbers.is_valid_number(parsed):
            values.append(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:])
    assert column_phone_region(values, first) == region
