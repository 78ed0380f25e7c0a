"""A phone fake of a valid number is a valid number of the original's own region (fake_phone_own_region)."""

from __future__ import annotations

import numpy as np
import phonenumbers
import pytest

from safe_synthesizer.pii.fake_phone_own_region import CHECK_FIRST, own_region_fakes, read_number


def _region(value: str, hint: str) -> str | None:
    try:
        parsed = phonenumbers.parse(value, hint)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(parsed) if phonenumbers.is_valid_number(parsed) else None


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


@pytest.mark.parametrize(
    ("value", "bad_fake", "hint", "region"),
    [
        ("06 6982 4410", "06 3158 2207", "IT", "VA"),  # the Vatican inside Italy's plan, read as Italian
        ("+61 8 9162 7310", "+61 8 5512 9044", "AU", "CC"),  # Cocos Islands on +61
        ("+61891643377", "+61833190251", "AU", "CX"),  # Christmas Island, E.164
        ("(649) 712-2460", "(649) 031-8826", "US", "TC"),  # Turks and Caicos: area code kept, exchange lost
        ("+590 590 27 14 52", "+590 511 92 07 63", "GP", "BL"),  # Saint-Barthelemy on +590
        ("+44 (0)1624 681520", "+44 (0)1803 227115", "GB", "IM"),  # Isle of Man with a written trunk 0
        ("+378 0549 967201", "+378 0712 448310", "IT", "SM"),  # San Marino: a narrow plan, draws ran out
    ],
)
def test_a_fake_no_number_of_the_originals_region_is_redrawn_into_it(value, bad_fake, hint, region):
    assert _region(value, hint) == region and _region(bad_fake, hint) != region
    (fake,) = own_region_fakes([value], [bad_fake], np.random.default_rng(7), hint)
    assert _region(fake, hint) == region, fake
    assert fake != value
    assert [c.isdigit() for c in fake] == [c.isdigit() for c in bad_fake]  # the fake's layout, unchanged


def test_a_valid_fake_and_a_value_of_no_number_stay() -> None:
    values = ["+44 7700 900123", "020 7946 0321", "n/a", "12", "(212) 555-0142"]
    fakes = ["+44 7712 431876", "020 7123 4567", "n/a", "34", "(212) 555-0188"]
    hints = ["GB", "GB", "GB", "GB", "US"]
    for v, f, h in zip(values, fakes, hints, strict=True):
        assert own_region_fakes([v], [f], np.random.default_rng(0), h) == [f]


def test_a_redrawn_national_fake_keeps_the_other_plans_it_was_valid_in() -> None:
    # A Belgian mobile is a French landline too: read as Belgian, a fake valid in France only is made Belgian
    # and stays French.
    value, bad = "0472 18 36 90", "0139 22 41 57"
    assert _region(value, "BE") == "BE" and _region(value, "FR") == "FR" and _region(bad, "BE") != "BE"
    (fake,) = own_region_fakes([value], [bad], np.random.default_rng(3), "BE")
    assert _region(fake, "BE") == "BE"


def test_a_long_column_of_valid_fakes_is_checked_on_its_first_values_only() -> None:
    values = ["(201) 555-0142"] * (CHECK_FIRST + 5000)
    fakes = ["(201) 555-0188"] * len(values)
    fakes[-1] = "(649) 031-8826"  # past the first values: not looked at
    assert own_region_fakes(values, fakes, np.random.default_rng(0), "US") == fakes


def test_read_number_takes_the_code_or_the_hint() -> None:
    assert read_number("0044 1624 681520", "BD")[:2] == (44, "1624681520")
    assert read_number("06 6982 4410", "IT")[:2] == (39, "0669824410")
    assert read_number("07700 900123", "GB")[:2] == (44, "7700900123")
    assert read_number("+999 12", "GB") is None


def test_fake_phones_keeps_cocos_islands_numbers_in_their_own_region() -> None:
    """Wired into ``phones.fake_phones``: +61 is shared by Australia and the Cocos Islands; the fakes stay CC."""
    from safe_synthesizer.pii.phones import fake_phones

    values = ["+61 8 9162 7310", "+61 8 9162 1650", "+61 8 9162 1793"] * 5
    fakes = fake_phones(values, np.random.default_rng(0), region="AU", elsewhere=True)
    assert all(phonenumbers.region_code_for_number(phonenumbers.parse(f)) == "CC" for f in fakes)
