"""Session 37 (wired in replace_engine): a column's country Faker has no locale of is kept for its fakes."""

from __future__ import annotations

import random

import phonenumbers

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


def test_dominican_mobiles_beside_mexican_names_faked_dominican() -> None:
    # Valid Mexican numbers too (Mexico's plan takes most ten digits): the column's region is the Dominican
    # Republic (its plan explains them), which has no Faker locale.
    values = _numbers("DO", 30, 37014)
    out = value_mapping(
        E.PHONE_NUMBER, "fake", values, FakeMapper(["es_MX"], seed=0), ReplacePiiParameters(), locale="es_MX"
    )
    fakes = [out[v] for v in values]
    assert sum(_valid(f, "DO") for f in fakes) >= 0.95 * len(values), fakes
