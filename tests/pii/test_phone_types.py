"""phone_types answers exactly as phonenumbers does (type and own region), on every region."""

from __future__ import annotations

import numpy as np
import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberType
from phonenumbers.phonenumberutil import _number_type_helper

from safe_synthesizer.pii.phone_types import number_type, own_region

_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE, PhoneNumberType.TOLL_FREE,
          PhoneNumberType.PREMIUM_RATE, PhoneNumberType.VOIP, PhoneNumberType.UAN)  # fmt: skip


def _samples(region: str, rng: np.random.Generator) -> list[str]:
    """Example numbers of every type, the same with their last digits redrawn, and random digits."""
    out = []
    for kind in _TYPES:
        example = phonenumbers.example_number_for_type(region, kind)
        if example is None:
            continue
        nsn = phonenumbers.national_significant_number(example)
        out.append(nsn)
        for _ in range(4):
            k = int(rng.integers(1, len(nsn)))
            out.append(nsn[:-k] + "".join(map(str, rng.integers(0, 10, size=k))))
    for length in (6, 8, 9, 10, 11):
        out.extend("".join(map(str, rng.integers(0, 10, size=length))) for _ in range(3))
    return out


def test_number_type_is_phonenumbers_type_in_every_region() -> None:
    rng = np.random.default_rng(5)
    checked = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        metadata = PhoneMetadata.metadata_for_region(region)
        for nsn in _samples(region, rng):
            assert number_type(nsn, region) == _number_type_helper(nsn, metadata), (region, nsn)
            checked += 1
    assert checked > 5000
    assert number_type("2015550123", "XX") == PhoneNumberType.UNKNOWN


def test_own_region_is_phonenumbers_region_for_shared_country_codes() -> None:
    rng = np.random.default_rng(6)
    for cc in (1, 7, 44, 47, 61, 262, 290, 358, 590, 599):
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[cc]
        for region in regions:
            for nsn in _samples(region, rng):
                number = phonenumbers.PhoneNumber(country_code=cc, national_number=int(nsn))
                if nsn.startswith("0"):
                    continue  # leading zeros are kept apart in PhoneNumber; nsn strings here keep them
                assert own_region(cc, nsn) == phonenumbers.region_code_for_number(number), (cc, nsn)
    assert own_region(1, "4165550123") == "CA"
    assert own_region(49, "3012345678") == "DE"
    assert own_region(999, "123") is None
