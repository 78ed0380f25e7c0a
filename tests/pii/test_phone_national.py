"""phone_national answers as parse + is_valid_number + region_code_for_number do, in every region."""

from __future__ import annotations

import numpy as np
import phonenumbers

from safe_synthesizer.pii.phone_national import all_regions, national_valid, valid_regions


def _parse_valid(digits: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region


def _national_samples(region: str, rng: np.random.Generator) -> list[str]:
    """Example numbers written nationally (trunk prefix and all), their tails redrawn, and random digits."""
    out = []
    for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        written = "".join(ch for ch in phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
                          if ch.isdigit())  # fmt: skip
        out.append(written)
        for _ in range(3):
            k = int(rng.integers(1, max(2, len(written) - 2)))
            out.append(written[:-k] + "".join(map(str, rng.integers(0, 10, size=k))))
    for lead in ("0", "", "1", "8"):
        out.extend(lead + "".join(map(str, rng.integers(0, 10, size=int(rng.integers(6, 12))))) for _ in range(2))
    return out


def test_national_valid_is_parse_validity_in_every_region() -> None:
    rng = np.random.default_rng(39)
    checked = 0
    for region in all_regions():
        for digits in _national_samples(region, rng):
            assert national_valid(digits, region) == _parse_valid(digits, region), (region, digits)
            checked += 1
    assert checked > 2500


def test_a_bare_number_is_valid_in_the_plans_that_take_it() -> None:
    # A Belgian mobile written bare is also a French landline (04: south-east France), not a US number.
    regions = valid_regions("0453873054")
    assert {"BE", "FR"} <= set(regions) and "US" not in regions
    assert national_valid("0453873054", "BE") and not national_valid("0425587488", "BE")


def test_non_digits_are_no_number() -> None:
    assert not national_valid("04 53 87 30 54", "BE") and not national_valid("", "FR")


def test_valid_regions_asks_every_plan_that_could_answer() -> None:
    rng = np.random.default_rng(7)
    for _ in range(60):
        digits = str(rng.choice(["0", "", "8"])) + "".join(map(str, rng.integers(0, 10, size=int(rng.integers(6, 11)))))
        assert set(valid_regions(digits)) == {r for r in all_regions() if _parse_valid(digits, r)}, digits
