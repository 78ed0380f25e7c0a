"""Bare phone columns of small tables (issue 11, set 15: 24-row tables, hidden phone columns found
0.771 of the time because a column needed 30 values before its digits were tested at all).

The binomial test against random digits of the column's layout already asks more of a short column
(n valid numbers at chance p: p**n), so a 16- or 24-row column of British, Austrian or Irish mobiles
passes and random access-card or order numbers of the same lengths do not."""

from __future__ import annotations

import random

import phonenumbers

from safe_synthesizer.pii.column_phones import MIN_VALUES, national_phone_evidence


def _valid(rng: random.Random, region: str, head: str, length: int) -> str:
    while True:
        digits = head + "".join(str(rng.randint(0, 9)) for _ in range(length - len(head)))
        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(digits, region), region):
            return digits


def _random(rng: random.Random, length: int, n: int, trunk: bool = False) -> list[str]:
    heads = ["0" if trunk else str(rng.randint(1, 9)) for _ in range(n)]
    return [h + "".join(str(rng.randint(0, 9)) for _ in range(length - 1)) for h in heads]


def test_small_tables_are_tested():
    assert MIN_VALUES <= 16


def test_24_british_mobiles_written_bare():
    rng = random.Random(1)
    values = [_valid(rng, "GB", "07" + rng.choice("3456789"), 11) for _ in range(24)]
    share, region, why = national_phone_evidence(values)
    assert share >= 0.95 and region == "GB", why


def test_16_irish_mobiles_and_austrian_mobiles():
    rng = random.Random(2)
    irish = [_valid(rng, "IE", rng.choice(("083", "085", "087")), 10) for _ in range(16)]
    share, region, why = national_phone_evidence(irish)
    assert share >= 0.95 and region == "IE", why
    austrian = [_valid(rng, "AT", rng.choice(("0660", "0664", "0676", "0699")), 10) for _ in range(16)]
    assert national_phone_evidence(austrian)[0] >= 0.95


def test_grouped_polish_mobiles_of_a_small_table():
    rng = random.Random(3)
    values = [_valid(rng, "PL", rng.choice(("51", "60", "79", "88")), 9) for _ in range(20)]
    grouped = [f"{v[:3]} {v[3:6]} {v[6:]}" for v in values]
    assert national_phone_evidence(grouped)[0] >= 0.95


def test_random_numbers_of_small_tables_stay_no_phones():
    """Access-card numbers (10 digits), order numbers (8-9 digits), refs with a trunk-like 0: none of
    30 random columns per layout of 12-24 rows is taken for phones."""
    rng = random.Random(4)
    for length in (7, 8, 9, 10, 11):
        for trunk in (False, True):
            for n in (12, 16, 24):
                for _ in range(10):
                    values = _random(rng, length, n, trunk)
                    share, _, why = national_phone_evidence(values)
                    assert share < 0.95, (values[:3], why)


def test_too_few_values_decide_nothing():
    rng = random.Random(5)
    values = [_valid(rng, "GB", "077", 11) for _ in range(MIN_VALUES - 1)]
    assert national_phone_evidence(values) == (0.0, None, "too few values")
