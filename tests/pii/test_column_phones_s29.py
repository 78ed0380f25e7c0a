"""Bare phone columns of 30 rows told from values alone (issue 11, set 14 hidden phone columns):
German landlines with a trunk 0 beside longer mobiles, Swiss numbers that are also valid in three
larger plans, Icelandic seven-digit numbers, Polish mobiles (a dense plan, so validity alone is
no evidence in 30 rows: their share of mobiles is) and one Canadian area code. Random ids
of the same layouts stay no phones."""

from __future__ import annotations

import random

import phonenumbers

from safe_synthesizer.pii.column_phones import national_phone_evidence

N = 30


def _valid(rng: random.Random, region: str, head: str, length: int, mobile: bool | None = None) -> str:
    while True:
        digits = head + "".join(str(rng.randint(0, 9)) for _ in range(length - len(head)))
        number = phonenumbers.parse(digits, region)
        if not phonenumbers.is_valid_number_for_region(number, region):
            continue
        kind = phonenumbers.number_type(number)
        if mobile is None or (kind == phonenumbers.PhoneNumberType.MOBILE) == mobile:
            return digits


def test_german_landlines_beside_longer_mobiles_all_with_trunk_zero():
    rng = random.Random(11)
    values = [
        _valid(rng, "DE", rng.choice(("0151", "0160", "0176")), 12)
        if i % 3
        else _valid(rng, "DE", rng.choice(("030", "040", "089")), rng.choice((9, 10)))
        for i in range(N)
    ]
    share, region, why = national_phone_evidence(values)
    assert share >= 0.95 and region == "DE", why


def test_swiss_numbers_valid_in_several_larger_plans():
    rng = random.Random(12)
    values = [_valid(rng, "CH", rng.choice(("076", "078", "079", "021", "044")), 10) for _ in range(N)]
    share, _, why = national_phone_evidence(values)
    assert share >= 0.95, why


def test_icelandic_seven_digit_numbers_of_few_leading_digits():
    rng = random.Random(13)
    values = [_valid(rng, "IS", rng.choice(("61", "66", "69", "55")), 7) for _ in range(N)]
    share, region, why = national_phone_evidence(values)
    assert share >= 0.95 and region == "IS", why
    grouped = [f"{v[:3]} {v[3:]}" for v in values]
    assert national_phone_evidence(grouped)[0] >= 0.95


def test_polish_mobiles_in_a_dense_plan():
    """Random 9-digit strings are valid Polish numbers three times in four, so 30 valid ones are no
    evidence alone; mobiles are rare among random digits, so a column of mostly mobiles is."""
    rng = random.Random(14)
    heads = ("50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88")
    values = [
        _valid(rng, "PL", rng.choice(heads), 9, mobile=True) if i % 4 else _valid(rng, "PL", "22", 9, mobile=False)
        for i in range(N)
    ]
    share, _, why = national_phone_evidence(values)
    assert share >= 0.95, why


def test_one_canadian_area_code():
    rng = random.Random(15)
    values = [_valid(rng, "CA", "506", 10) for _ in range(N)]
    share, _, why = national_phone_evidence(values)
    assert share >= 0.95, why


def test_random_eight_digit_ids_are_no_phones():
    for seed in range(5):
        rng = random.Random(100 + seed)
        values = [str(rng.randint(10_000_000, 99_999_999)) for _ in range(N)]
        assert national_phone_evidence(values)[0] == 0.0, values


def test_ids_of_two_fixed_leading_digits_are_no_phones():
    """``50`` + eight random digits: as Canadian as random digits after ``50`` are."""
    for seed in range(5):
        rng = random.Random(200 + seed)
        values = [f"50{rng.randint(0, 99_999_999):08d}" for _ in range(N)]
        assert national_phone_evidence(values)[0] == 0.0, values


def test_zero_padded_ids_of_varying_length_are_no_phones():
    for seed in range(5):
        rng = random.Random(300 + seed)
        values = ["0" + str(rng.randint(10**7, 10**11 - 1)) for _ in range(N)]
        assert national_phone_evidence(values)[0] == 0.0, values
