"""Horse passports (UELN) and microchips are no person's national id (``column_id_animals``, session 36)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_id_animals import animal_id_column
from safe_synthesizer.pii.replace import plan_columns

_RNG = random.Random(36077)


def _digits(k: int) -> str:
    return "".join(_RNG.choice("0123456789") for _ in range(k))


UELN = ["826" + _RNG.choice(["004", "012", "009"]) + _digits(9) for _ in range(20)]
CHIPS = [_RNG.choice(["826", "985", "941"]) + _digits(12) for _ in range(20)]
# People's passports: two letters and seven digits.
PASSPORTS = [f"{_RNG.choice('ABCDEFGHJK')}{_RNG.choice('LMNPRSTUVW')}{_digits(7)}" for _ in range(20)]


def _planned(name: str, values: list[str]) -> str | None:
    df = pd.DataFrame({"Owner": [f"Ann Smith {i}" for i in range(len(values))], name: values})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    return plans.get(name)


@pytest.mark.parametrize("name", ["Passport (UELN)", "Paspoort", "Pasaporte"])
def test_horse_passports_under_a_passport_header_are_no_national_id(name: str) -> None:
    assert _planned(name, UELN) is None
    assert _planned(name, CHIPS) is None


def test_people_passports_stay_national_ids() -> None:
    assert _planned("Passport", PASSPORTS) == "national_id"


def test_old_chinese_resident_ids_are_no_animal_ids() -> None:
    """Fifteen digits with a birth date at characters 6-11 (``110105 710923 123``) are a person's id."""
    ids = [f"{_RNG.choice(['110105', '310104', '440305'])}{_RNG.randint(50, 99)}{_RNG.randint(1, 12):02d}"
           f"{_RNG.randint(1, 28):02d}{_digits(3)}" for _ in range(20)]  # fmt: skip
    assert not animal_id_column(ids)
    assert animal_id_column(UELN)
    assert animal_id_column(CHIPS)


def test_fifteen_digit_numbers_of_many_heads_are_no_animal_ids() -> None:
    values = [str(_RNG.randint(100, 999)) + _digits(12) for _ in range(24)]
    assert not animal_id_column(values)
