"""Bare North American numbers of one head (area codes 20x) against ten-digit ids (session 38)."""

from __future__ import annotations

import datetime as dt
import random

import phonenumbers
import pytest

from safe_synthesizer.pii.column_phones import MIN_VALID_SHARE, national_phone_evidence

# Area codes of the US plan opening with 20 (204 is Canadian, 200 unassigned).
_US_20 = ("201", "202", "203", "205", "206", "207", "208", "209")


def _valid(number: str, region: str = "US") -> bool:
    return phonenumbers.is_valid_number_for_region(phonenumbers.parse(number, region), region)


def _phones(seed: int, n: int, codes: tuple[str, ...] = _US_20, region: str = "US") -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        number = rng.choice(codes) + str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(6))
        if _valid(number, region):
            out.append(number)
    return out


def _found(values: list[str]) -> tuple[float, str | None]:
    share, region, _ = national_phone_evidence(values)
    return share, region


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_us_numbers_of_area_codes_20x_are_phones(seed: int) -> None:
    share, region = _found(_phones(seed, 24))
    assert share >= MIN_VALID_SHARE and region == "US"


def test_us_numbers_20x_with_a_leading_1_or_written_as_floats() -> None:
    phones = _phones(4, 30)
    assert _found(["1" + p for p in phones])[0] >= MIN_VALID_SHARE
    assert _found([p + ".0" for p in phones])[0] >= MIN_VALID_SHARE


def test_canadian_numbers_of_one_head_are_phones() -> None:
    codes = tuple(a for a in ("403", "416", "418", "450", "438", "437") if _valid(a + "5552368", "CA"))
    share, region = _found(_phones(5, 30, codes[:3], "CA"))
    assert share >= MIN_VALID_SHARE and region == "CA"


@pytest.mark.parametrize("seed", range(6))
def test_ids_of_prefix_20_with_random_digits_are_no_phones(seed: int) -> None:
    rng = random.Random(seed)
    values = ["20" + "".join(rng.choice("0123456789") for _ in range(8)) for _ in range(24)]
    assert _found(values)[0] < MIN_VALID_SHARE


@pytest.mark.parametrize("seed", range(4))
def test_ids_of_one_area_code_prefix_are_no_us_phones(seed: int) -> None:
    # Only the North American test here: Russia's plan takes 415 (Kamchatka) + any seven digits, a weakness of
    # the general test left as it was.
    from safe_synthesizer.pii.column_phone_nanp import nanp_evidence

    rng = random.Random(seed)
    values = ["415" + "".join(rng.choice("0123456789") for _ in range(7)) for _ in range(40)]
    assert nanp_evidence(values) is None


def test_dated_ids_sequential_orders_and_counters_are_no_phones() -> None:
    rng = random.Random(7)
    day = dt.date(2021, 3, 1)
    dated = [(day + dt.timedelta(days=i // 3)).strftime("%Y%m%d") + f"{rng.randint(0, 99):02d}" for i in range(30)]
    sequential = [str(2_051_234_000 + 7 * i) for i in range(30)]
    counters = [str(2_000_000_000 + rng.randint(1, 99_999)) for _ in range(30)]
    for values in (dated, sequential, counters):
        assert _found(values)[0] < MIN_VALID_SHARE


def _npi(rng: random.Random, valid_phone: bool) -> str:
    """An NPI opening with 2 (``valid_phone``: one that is a valid US number too)."""
    while True:
        value = "2" + "".join(rng.choice("0123456789") for _ in range(9))
        total = 0
        for i, ch in enumerate(reversed("80840" + value)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0 and (not valid_phone or _valid(value)):
            return value


def test_npi_numbers_are_no_phones() -> None:
    rng = random.Random(8)
    assert _found([_npi(rng, False) for _ in range(30)])[0] < MIN_VALID_SHARE


def test_npi_numbers_that_are_valid_us_numbers_fail_the_north_american_test() -> None:
    from safe_synthesizer.pii.column_phone_nanp import nanp_evidence

    rng = random.Random(8)
    assert nanp_evidence([_npi(rng, True) for _ in range(30)]) is None


def test_npi_check_is_luhn_behind_80840() -> None:
    from safe_synthesizer.pii.column_phone_nanp import _npi_like

    assert _npi_like("1234567893")  # the CMS example NPI
    assert not _npi_like("1234567890")


def test_plan_patterns_agree_with_phonenumbers() -> None:
    from safe_synthesizer.pii.column_phone_nanp import is_valid_nanp

    rng = random.Random(9)
    for _ in range(2000):
        digits = str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(9))
        for region in ("US", "CA"):
            assert is_valid_nanp(digits, region) == _valid(digits, region), digits


def test_chance_is_the_plans_share_after_the_head() -> None:
    from safe_synthesizer.pii.column_phone_nanp import nanp_chance

    # 8 of 10 area codes after 20 are American; exchanges 2-9, not N11: about 0.64.
    assert 0.6 <= nanp_chance("20", "US") <= 0.68
    assert nanp_chance("204", "US") == 0.0  # Manitoba: Canadian
    assert nanp_chance("2055", "US") == 1.0  # a whole exchange's first digit given: nothing left to test
