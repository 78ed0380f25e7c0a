"""Look-alike columns: categories of places, firm lists, codes and counters are kept; people's columns are not."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_lookalikes import coded_places, counter, lookalike_reason, organisations


def _branches(locale: str, levels: int, rows: int, seed: int = 3) -> pd.Series:
    faker = Faker(locale)
    faker.seed_instance(seed)
    rng = random.Random(seed)
    pool = [faker.street_address() for _ in range(levels)]
    return pd.Series(pool + [rng.choice(pool) for _ in range(rows - levels)])


@pytest.mark.parametrize("column", ["c007", "storeAddress", "Filialadresse", "depot"])
def test_a_few_shared_street_lines_are_a_category_of_places(column):
    series = _branches("en_GB", 9, 120)
    assert "category of places" in (lookalike_reason(series, column, E.STREET_ADDRESS) or "")


def test_a_few_shared_towns_are_a_category_unless_the_name_says_home():
    towns = pd.Series(["Leeds", "York", "Hull", "Bath", "Ely", "Ripon"] * 15)
    assert lookalike_reason(towns, "region office", E.CITY) is not None
    assert lookalike_reason(towns, "c003", E.CITY) is None  # hidden: people's towns repeat too
    assert lookalike_reason(towns, "home town", E.CITY) is None
    assert lookalike_reason(towns, "branch city", E.CITY) is not None  # a thing's town, whatever the cue


def test_home_addresses_nearly_one_per_row_are_kept():
    faker = Faker("de_DE")
    faker.seed_instance(5)
    homes = pd.Series([faker.street_address() for _ in range(150)])
    assert lookalike_reason(homes, "c001", E.STREET_ADDRESS) is None
    # A household table: each address in two or three rows, yet many seen once.
    shared = pd.Series(list(homes[:60]) * 2 + list(homes[60:100]))
    assert lookalike_reason(shared, "c001", E.STREET_ADDRESS) is None


def test_states_are_kept_unless_the_name_says_a_thing():
    regions = pd.Series(["Madrid", "Sevilla", "Valencia", "Málaga"] * 20)
    assert lookalike_reason(regions, "c002", E.STATE) is None
    assert lookalike_reason(regions, "oficina", E.STATE) is not None


def test_plates_are_codes_not_addresses():
    plates = ["LU 7626 GM", "LE 7965 WY", "8706 SHM", "GI 3466 JB", "1234 BCD"]
    assert coded_places(plates) is not None
    assert coded_places(["Calle Mayor 5", "Avenida de la Paz 12", "Plaza Real 3"]) is None


def test_firm_names_ending_in_legal_forms_are_organisations():
    firms = ["Peeters, Galle en Vanneste BV", "Vos, Van Damme en Ceulemans VOF", "Blomme-Verhoeven CommV",
             "Smits VOF", "Claessens CommV", "Wuyts VOF", "Janssens NV"]  # fmt: skip
    assert organisations(firms) is not None
    assert lookalike_reason(pd.Series(firms * 3), "c000", E.CITY) is not None


def test_people_with_capitalised_surnames_are_no_organisations():
    faker = Faker("fr_FR")
    faker.seed_instance(2)
    people = [f"{faker.first_name()} {faker.last_name().upper()}" for _ in range(200)]
    assert organisations(people) is None
    assert organisations(["Jean ROY", "Marie ROY", "Paul LEE", "Anne LEE", "Luc MAS", "Max Muller"]) is None


def test_zero_padded_and_rising_numbers_are_counters():
    padded = pd.Series([f"{i:010d}" for i in range(14421, 14521)])
    assert "zero-padded" in (counter(padded) or "")
    assert lookalike_reason(padded, "customer id", E.PHONE_NUMBER) is not None
    rising = pd.Series([str(612345000 + 3 * i) for i in range(80)])
    assert "rising" in (counter(rising) or "")


def test_phone_numbers_of_people_are_no_counter():
    rng = random.Random(4)
    mobiles = pd.Series([f"06{rng.randint(10_000_000, 99_999_999)}" for _ in range(100)])
    assert counter(mobiles) is None
    # Sorted numbers spread over their range are no counter either.
    assert counter(mobiles.sort_values()) is None
    assert lookalike_reason(mobiles, "c004", E.PHONE_NUMBER) is None


def test_other_entities_are_never_vetoed():
    emails = pd.Series([f"user{i}@example.org" for i in range(50)] * 3)
    assert lookalike_reason(emails, "c000", E.EMAIL) is None


def test_two_digit_years_around_today_running_ahead_are_event_dates():
    from datetime import date

    from safe_synthesizer.pii.column_lookalikes import expiry_years

    today = date(2026, 12, 3)
    expiries = ["22-03-25", "25-08-32", "16-01-25", "18-10-31", "01-10-26", "07-04-29"]
    assert expiry_years(expiries, today) is not None
    # Births in two-digit years spread over decades; past events only: no expiry column.
    assert expiry_years(["09-10-74", "07-04-87", "24-06-59", "01-01-02"], today) is None
    assert expiry_years(["09-10-19", "07-04-21", "24-06-25", "01-01-22"], today) is None
    assert expiry_years(["1990-01-01", "1985-03-02"], today) is None


def test_birth_dates_are_kept():
    faker = Faker("en_GB")
    faker.seed_instance(8)
    births = pd.Series([faker.date_of_birth(minimum_age=18, maximum_age=90).strftime("%d-%m-%y") for _ in range(80)])
    assert lookalike_reason(births, "c005", E.DATE_OF_BIRTH) is None


def test_dates_only_on_working_days_are_business_events():
    from datetime import date, timedelta

    from safe_synthesizer.pii.column_lookalikes import working_days

    rng = random.Random(9)
    days = [date(1990, 1, 1) + timedelta(days=rng.randint(0, 9000)) for _ in range(300)]
    postings = [d.strftime("%d/%m/%Y") for d in days if d.weekday() < 5][:80]
    assert working_days(postings) is not None
    assert lookalike_reason(pd.Series(postings), "c006", E.DATE_OF_BIRTH) is not None
    births = [d.strftime("%d/%m/%Y") for d in days[:80]]  # any day of the week
    assert working_days(births) is None
    assert working_days(postings[:20]) is None  # too few dates to tell


def test_small_tables_need_more_repeats_to_be_a_category():
    streets = ["12 Oak Court", "4 Elm Court", "77 Birch Court", "9 Ash Court", "31 Pine Court", "5 Yew Court"]
    # 24 rows, six addresses four times each: too little to call it a category.
    assert lookalike_reason(pd.Series(streets * 4), "c003", E.STREET_ADDRESS) is None
    # 60 rows, the same six ten times each: a category.
    assert lookalike_reason(pd.Series(streets * 10), "c003", E.STREET_ADDRESS) is not None


def test_short_town_names_and_other_scripts_are_no_codes():
    assert coded_places(["北京", "上海", "广州", "深圳"]) is None
    assert coded_places(["서울", "부산", "대구"]) is None
    assert coded_places(["12 महात्मा गांधी मार्ग", "45 नेहरू नगर", "7 शिवाजी पथ"]) is None
    assert coded_places(["Ede", "Ulm", "Zug", "Ay"]) is None


def test_po_boxes_are_no_codes() -> None:
    from safe_synthesizer.pii.column_lookalikes import coded_places

    assert coded_places(["BP 8902", "BP 433", "Quartier Akwa, rue Joss", "BP 226"]) is None
    assert coded_places(["8706 SHM", "1234 AB", "4411 XY"]) is not None
