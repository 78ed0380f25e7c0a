"""Numbers written in groups that dial their country code without the ``+`` (``380 5238 47053``)."""

from __future__ import annotations

import random

import phonenumbers

from safe_synthesizer.pii.column_phone_digits import grouped_dialled_region

_MOBILE = phonenumbers.PhoneNumberType.MOBILE


def _dialled(region: str, n: int, seed: int) -> list[str]:
    """``n`` valid mobiles of ``region`` in the international layout, their ``+`` dropped."""
    rng = random.Random(seed)
    nsn = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, _MOBILE))
    out: list[str] = []
    while len(out) < n:
        parsed = phonenumbers.parse(nsn[:3] + "".join(str(rng.randint(0, 9)) for _ in range(len(nsn) - 3)), region)
        if phonenumbers.is_valid_number(parsed):
            out.append(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:])
    return out


def test_ukrainian_numbers_without_plus_name_ukraine() -> None:
    assert grouped_dialled_region(_dialled("UA", 20, 37201)) == "UA"


def test_ethiopian_numbers_without_plus_name_ethiopia() -> None:
    assert grouped_dialled_region(_dialled("ET", 20, 37202)) == "ET"


def test_national_numbers_name_no_country() -> None:
    # Italian mobiles and Spanish numbers in their national groups: their first group is no country code dialled.
    assert grouped_dialled_region(["347 123 4567", "339 876 5432", "320 555 1212"]) is None
    assert grouped_dialled_region(["612 345 678", "91 123 45 67", "655 01 02 03"]) is None


def test_bare_digit_runs_are_left_to_dialled_region() -> None:
    assert grouped_dialled_region([v.replace(" ", "") for v in _dialled("UA", 20, 37203)]) is None
