"""Session 37: a phone column of a country Faker has no locale of (Ecuador, Senegal, Mozambique, the Dominican
Republic) is faked as that country's numbers, not as those of the first listed country writing them alike."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.locales import parse_phone
from safe_synthesizer.pii.replace_engine import value_mapping

_MOBILE = phonenumbers.PhoneNumberType.MOBILE


def _valid(value: str, region: str) -> bool:
    parsed = parse_phone(value, region)
    return (
        parsed is not None
        and phonenumbers.is_valid_number(parsed)
        and phonenumbers.region_code_for_number(parsed) == region
    )


def _numbers(region: str, n: int, seed: int) -> list[str]:
    """``n`` valid mobiles of ``region`` in its national layout (random digits after the example's first three)."""
    rng = random.Random(seed)
    nsn = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, _MOBILE))
    out: list[str] = []
    while len(out) < n:
        digits = nsn[:3] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - 3))
        parsed = phonenumbers.parse(digits, region)
        if _valid(digits, region):
            out.append(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))
    return sorted(set(out))


@pytest.mark.parametrize(
    ("region", "read_as", "seed"),
    [("EC", "es_ES", 37011), ("SN", "fr_FR", 37012), ("MZ", "pt_PT", 37013)],
)
def test_column_of_a_country_faker_lacks_is_faked_there(region: str, read_as: str, seed: int) -> None:
    values = _numbers(region, 30, seed)
    out = value_mapping(
        E.PHONE_NUMBER, "fake", values, FakeMapper([read_as], seed=0), ReplacePiiParameters(), locale=read_as
    )
    fakes = [out[v] for v in values]
    assert sum(_valid(f, region) for f in fakes) >= 0.95 * len(values), fakes
