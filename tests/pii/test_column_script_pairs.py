"""Whole names in a spaced non-Latin script, either order (column_script_pairs), through people_score."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.pii.column_people import people_score
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.column_script_pairs import (
    NAMED,
    NONE,
    VOUCHED,
    script_layout_people,
    script_name_cell,
    script_pair_cell,
    script_pair_people,
)


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


def _layout_names(locale: str, n: int, seed: int) -> list[str]:
    """Names of ``locale`` as registers and visitor logs write them: family name first with a comma, an initial
    and the family name, a phone after some names, a parent with children and a note in brackets."""
    faker = Faker(locale)
    faker.seed_instance(seed)
    out = []
    for i in range(n):
        given, family = faker.first_name(), faker.last_name()
        layout = i % 5
        if layout == 0:
            out.append(f"{family}, {given}")
        elif layout == 1:
            out.append(f"{given[0]}. {family}")
        elif layout == 2:
            out.append(f"{given} {family} +{faker.random_number(digits=11, fix_len=True)}")
        elif layout == 3:
            out.append(f"{given} {family} (6); {faker.first_name()} {family} (9)")
        else:
            out.append(f"{given} {family}")
    return out


@pytest.mark.parametrize("locale", ["hi_IN", "bn_BD", "ta_IN", "ka_GE", "he_IL", "hy_AM", "ne_NP"])
@pytest.mark.parametrize("n", [6, 60])
def test_names_in_export_layouts_are_people(locale: str, n: int) -> None:
    score = people_score(sample_values(pd.Series(_layout_names(locale, n, 4613)), 500, 0))
    assert score is not None and score.values_decide


def test_korean_names_with_phones_on_some_rows_are_people() -> None:
    faker = Faker("ko_KR")
    faker.seed_instance(4614)
    values = [faker.name() + (f" 010-{faker.random_number(4, True)}-{faker.random_number(4, True)}" if i % 2 else "")
              for i in range(12)]  # fmt: skip
    assert script_layout_people(sample_values(pd.Series(values), 500, 0)) is not None


def test_cells_grade_by_layout() -> None:
    assert script_name_cell("शर्मा, राहुल") == VOUCHED
    assert script_name_cell("र. शर्मा") == VOUCHED
    assert script_name_cell("शर्मा बाटो") in (NAMED, NONE)  # a street named after a family: never vouched
    assert script_name_cell("पोखरा, कास्की") == NONE  # a town and its district
    assert script_name_cell("12 शर्मा, पोखरा") == NONE


def test_category_columns_in_these_scripts_stay_unplanned() -> None:
    streets = [f"{w} {t}" for w in ("शर्मा", "थापा", "श्रेष्ठ", "गुरुङ", "राई", "पौडेल", "खड्का", "अधिकारी")
               for t in ("बाटो", "मार्ग", "गल्ली", "चोक")]  # fmt: skip
    jobs = ["सहायक शिक्षक", "वरिष्ठ अधिकृत", "लेखापाल", "सहायक लेखापाल", "कार्यालय सहयोगी", "चालक",
            "प्रधानाध्यापक", "स्वास्थ्य सहायक", "नायब सुब्बा", "सुब्बा", "इन्जिनियर", "सब इन्जिनियर"]  # fmt: skip
    relations = ["पति", "पत्नी", "छोरा", "छोरी", "बुबा", "आमा", "दाजु", "भाइ", "दिदी", "बहिनी"]
    places = ["पोखरा, कास्की", "भरतपुर, चितवन", "धरान, सुनसरी", "बुटवल, रुपन्देही", "हेटौंडा, मकवानपुर",
              "जनकपुर, धनुषा", "बिराटनगर, मोरङ", "नेपालगञ्ज, बाँके"]  # fmt: skip
    wards = [f"वडा नं. {i}" for i in range(1, 20)]
    for values in (streets, jobs, relations, places, wards):
        assert script_layout_people(sample_values(pd.Series(values), 500, 0)) is None, values[:2]


def _central_asian(n: int, seed: int, every: int) -> list[str]:
    """Kyrgyz/Kazakh/Uzbek-style names in Cyrillic that no Faker list holds, a register's capitals on all cells but
    one in ``every``."""
    rng = random.Random(seed)
    given = ["Айгерим", "Нурлан", "Бекзод", "Гулнора", "Ерлан", "Динара", "Санжар", "Малика", "Азамат", "Камила",
             "Жанибек", "Шахноза", "Улугбек", "Асылбек", "Мохира", "Тимур", "Дильшод", "Зухра"]  # fmt: skip
    stems = ["Токтогул", "Юсуп", "Нурмат", "Абдыкадыр", "Турсун", "Сатыбалды", "Эргаш", "Жумабай", "Хамид",
             "Каримжан", "Исмаил", "Бакир"]  # fmt: skip
    out = []
    for i in range(n):
        family = rng.choice(stems) + rng.choice(["ов", "ова", "ев", "заде", "зода"])
        name = rng.choice(given)
        out.append(f"{name} {family}" if i % every == 0 else f"{family.upper()}, {name}")
    return out


@pytest.mark.parametrize(("n", "every"), [(12, 5), (80, 1), (80, 3)])
def test_central_asian_cyrillic_names_by_family_ending_are_people(n: int, every: int) -> None:
    """Many distinct names: the family endings and the varied given names vouch; few: the register's capitals."""
    assert script_layout_people(sample_values(pd.Series(_central_asian(n, n, every)), 500, 0)) is not None


def test_cyrillic_streets_and_institutions_named_after_people_stay_unplanned() -> None:
    rng = random.Random(3)
    stems = ["Королёв", "Гагарин", "Пушкин", "Лермонтов", "Чехов", "Толстов", "Менделеев", "Павлов", "Суворов"]
    for heads in (["Улица", "Проспект", "Переулок"], ["Школа", "Гимназия"]):
        values = [f"{rng.choice(heads)} {s}а" for s in stems for _ in range(3)]
        assert script_layout_people(sample_values(pd.Series(values), 500, 0)) is None, values[:2]
