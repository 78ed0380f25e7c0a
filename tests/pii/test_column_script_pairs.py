"""Whole names in a spaced non-Latin script, either order (column_script_pairs), through people_score."""

from __future__ import annotations

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.pii.column_people import people_score
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.column_script_pairs import script_pair_cell, script_pair_people


def _names(locale: str, surname_first: bool, n: int = 30) -> list[str]:
    faker = Faker(locale)
    faker.seed_instance(20211)
    return [
        f"{faker.last_name()} {faker.first_name()}" if surname_first else f"{faker.first_name()} {faker.last_name()}"
        for _ in range(n)
    ]


@pytest.mark.parametrize("locale", ["fa_IR", "ne_NP", "he_IL"])
def test_surname_first_script_names_are_people(locale: str) -> None:
    score = people_score(sample_values(pd.Series(_names(locale, surname_first=True)), 500, 0))
    assert score is not None and score.values_decide and score.share >= 0.85


def test_cells_read_in_either_order_with_titles_and_glued_honorifics() -> None:
    assert script_pair_cell("رسولی سارا")
    assert script_pair_cell("سارا رسولی")
    assert script_pair_cell("प्रकाश सावंतजी")  # Marathi name with the honorific -जी glued on
    assert not script_pair_cell("صنایع کاشی اصفهان")  # a company: industries, tiles, a town
    assert not script_pair_cell("رسولی 12")


def test_script_look_alikes_stay_unplanned() -> None:
    companies = ["صنایع کاشی اصفهان", "کابل خودرو سبزوار", "گلسار فارس", "نساجی مازندران", "پارس خودرو",
                 "ایران خودرو", "سایپا دیزل", "فولاد مبارکه", "ذوب آهن اصفهان", "مس کرمان", "پتروشیمی جم",
                 "بانک ملت", "بانک ملی", "بیمه ایران", "داروسازی سینا", "کاله آمل",
                 "شیر پگاه", "صنایع غذایی"]  # fmt: skip
    jobs = ["جنگلبان", "فروشنده", "نگهبان", "پرستار", "راننده", "معلم", "آشپز", "کشاورز", "مهندس عمران",
            "حسابدار", "منشی", "نقاش ساختمان", "برنامه نویس", "مدیر فروش", "کارمند بانک", "خیاط"]  # fmt: skip
    for values in (companies, jobs):
        assert script_pair_people(sample_values(pd.Series(values), 500, 0)) is None
