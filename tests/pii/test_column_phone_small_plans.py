"""Phone-named columns of short plans' numbers (``column_phone_small_plans``)."""

from __future__ import annotations

import random

import pytest

from safe_synthesizer.pii.column_phone_small_plans import (
    dialled_small_plan_score,
    short_plans,
    small_plan_phone_score,
)

GREENLAND = ["22 31 69", "22 00 48", "299919", "25 04 51", "321660 ext. 40", "228415", "32 13 03"]
FALKLANDS = ["31458", "51883", "51358", "31473", "51964", "51143"]
VANUATU = ["591 3897", "22592", "591.0751", "22940", "22238 x352", "591 0167"]


def test_the_plans_are_read_from_libphonenumber() -> None:
    assert {"GL", "FK", "VU", "FO", "DJ"} <= set(short_plans())
    assert not {"GB", "FR", "US", "DE"} & set(short_plans())  # trunk prefixes or longer numbers


@pytest.mark.parametrize("values", [GREENLAND, FALKLANDS, VANUATU, ["77 86 30 20", "77 88 52 70"]])
def test_short_numbers_under_a_phone_name_agree(values: list[str]) -> None:
    score = small_plan_phone_score(values, "Phone")
    assert score is not None and score.share >= 0.8 and not score.values_decide


@pytest.mark.parametrize(
    ("values", "name"),
    [
        (["1234", "2231", "4410"], "Phone"),  # four digits: extensions or PINs
        (["Nokia 3310", "iPhone 12", "Galaxy S9"], "Phone"),  # models
        (FALKLANDS, "Phone ext"),  # the name says extensions
        (FALKLANDS, "phone_minutes"),  # the name says a count
        (["n/a", "none", "-", "51883"], "Phone"),  # too few numbers
    ],
)
def test_other_values_do_not_agree(values: list[str], name: str) -> None:
    assert small_plan_phone_score(values, name) is None


def test_random_five_digit_codes_mostly_fail() -> None:
    rng = random.Random(7)
    codes = [str(rng.randint(10000, 99999)) for _ in range(60)]
    assert small_plan_phone_score(codes, "Phone") is None


def test_dialled_numbers_of_a_short_plan_decide_alone() -> None:
    values = ["+678 591 9611", "591 9544", "+6785915053", "591 3060", "22463", "+6785912379", "+678 591 1250",
              "591.1250", "22375", "+678 591 2222", "591 4040", "+6785918888", "22111"]  # fmt: skip
    score = dialled_small_plan_score(values)
    assert score is not None and score.values_decide and "VU" in score.evidence


def test_without_dialled_numbers_values_do_not_decide() -> None:
    assert dialled_small_plan_score(FALKLANDS * 3) is None
    # Dialled numbers of a long plan are the other rules' to judge.
    assert dialled_small_plan_score(["+44 7700 900123"] * 4 + ["07700 900456"] * 9) is None
