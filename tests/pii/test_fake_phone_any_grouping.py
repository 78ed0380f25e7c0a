"""Phone fakes valid in the original's region whatever groups a clerk wrote its digits in (session 56).

Why: a column of Belgian numbers written in threes (``045 076 669 9``, ``012 386 140``) was read as Cambodian
(Cambodia writes ``012 386 140`` so); the groups then decided the plausible regions, Belgium (whose plan takes
every one of the numbers) was dropped, and the mobiles were faked as Cambodian numbers, no Belgian ones. And a
number dialled with its country code but no ``+`` (``674 444 0149``, Nauru) was taken for a national number of
other plans (its groups are no national format) and faked valid there, not in Nauru.
"""

from __future__ import annotations

import numpy as np
import phonenumbers
import pytest

from safe_synthesizer.pii.fake_phone_everywhere import column_regions
from safe_synthesizer.pii.fake_phone_regions import elsewhere_regions
from safe_synthesizer.pii.phones import fake_phones


def _valid(value: str, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region


def _draw(region: str, kind: int, n: int, seed: int) -> list[str]:
    """``n`` valid national significant numbers of ``region`` of ``kind`` (an example's first digits kept)."""
    rng = np.random.default_rng(seed)
    nsn = phonenumbers.national_significant_number(phonenumbers.example_number_for_type(region, kind))
    out: list[str] = []
    while len(out) < n:
        digits = nsn[:3] + "".join(map(str, rng.integers(0, 10, size=len(nsn) - 3)))
        if _valid(digits, region) and digits not in out:
            out.append(digits)
    return out


def _threes(digits: str) -> str:
    return " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))


def _belgian_in_threes(seed: int) -> list[str]:
    mobiles = _draw("BE", phonenumbers.PhoneNumberType.MOBILE, 4, seed)
    landlines = [n for n in _draw("BE", phonenumbers.PhoneNumberType.FIXED_LINE, 40, seed) if n.startswith("1")][:5]
    return [_threes("0" + n) for n in (*landlines, *mobiles)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_plan_taking_every_number_stays_plausible_whatever_the_groups(seed):
    values = _belgian_in_threes(seed)
    assert all(_valid(v, "BE") for v in values)
    assert "BE" in column_regions(values, "KH")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fakes_of_numbers_in_threes_are_valid_in_their_plan(seed):
    values = _belgian_in_threes(seed)
    for rng_seed in range(3):
        fakes = fake_phones(values, np.random.default_rng(rng_seed), region="KH", elsewhere=True)
        bad = [(v, f) for v, f in zip(values, fakes, strict=True) if not _valid(f, "BE")]
        assert not bad
        assert all(len(f) == len(v) and f.count(" ") == v.count(" ") for v, f in zip(values, fakes, strict=True))


@pytest.mark.parametrize(("region", "groups"), [("NR", (3, 4)), ("MH", (3, 4)), ("GY", (3, 4)), ("LU", (3, 3))])
def test_a_code_dialled_without_plus_is_a_number_of_its_country(region, groups):
    cc = str(phonenumbers.country_code_for_region(region))
    values = []
    for nsn in _draw(region, phonenumbers.PhoneNumberType.MOBILE, 6, 7):
        a = groups[0]
        values.append(f"{cc} {nsn[:a]} {nsn[a:]}")
    assert all(_valid(v, region) for v in values)
    assert all(elsewhere_regions(v, region) == () for v in values)
    for rng_seed in range(3):
        fakes = fake_phones(values, np.random.default_rng(rng_seed), region=region, elsewhere=True)
        assert all(_valid(f, region) and f.startswith(cc + " ") for f in fakes), fakes


def test_a_national_number_of_another_plan_still_goes_elsewhere():
    # ``0345 717652``: an Italian landline in a column read as British, not shaped like a British number.
    assert "IT" in elsewhere_regions("0345 717652", "GB")
