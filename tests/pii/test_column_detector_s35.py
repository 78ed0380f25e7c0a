"""Column detection of session 35: ERP field names, a small table's names, headers with a bracketed note."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_sap_field_names_with_number_postcodes_and_young_birth_dates() -> None:
    """``PSTLZ`` holds 5-digit integers and ``GBDAT`` dates that include teenagers: the values alone say
    neither, the abbreviated names do."""
    faker = Faker("de_DE")
    faker.seed_instance(35)
    rng = random.Random(35)
    n = 30
    df = pd.DataFrame(
        {
            "KUNNR": [f"{rng.randint(1, 99999):010d}" for _ in range(n)],
            "PSTLZ": [int(faker.postcode()) for _ in range(n)],
            "GBDAT": [f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2006, 2010)}" for _ in range(n)],
            "WRBTR": [round(rng.uniform(10, 900), 2) for _ in range(n)],
        }
    )
    plans = _plans(df)
    assert plans.get("PSTLZ") == "postcode"
    assert plans.get("GBDAT") == "date_of_birth"
    assert "KUNNR" not in plans and "WRBTR" not in plans


def test_a_short_list_of_full_names_is_found_without_a_column_name() -> None:
    faker = Faker("en_GB")
    faker.seed_instance(36)
    names = [f"{faker.first_name()} {faker.last_name().upper()}" for _ in range(14)]
    df = pd.DataFrame({"F7": names + [""] * 4})
    assert _plans(df) == {"F7": "name"}


def test_a_few_staff_names_repeated_over_many_rows_stay_a_category() -> None:
    faker = Faker("en_GB")
    faker.seed_instance(37)
    staff = [faker.name() for _ in range(10)]
    rng = random.Random(37)
    df = pd.DataFrame({"F7": [rng.choice(staff) for _ in range(300)]})
    assert _plans(df) == {}


def test_japanese_headers_with_a_bracketed_note_and_lot_numbers() -> None:
    given = ["花子", "浩", "拓真", "和也", "結衣", "明美", "健一", "さゆり", "修平", "千代", "英樹", "康弘"]
    family = ["中村", "阿部", "藤田", "井上", "伊藤", "佐藤", "高橋", "岡田", "山口", "後藤", "坂本", "鈴木"]
    towns = ["本町", "栄町", "緑が丘", "桜木町", "中央", "東雲", "若葉", "旭町", "寿町", "平和台", "青葉台", "港南"]
    lots = [f"{town}{i + 3}丁目{i * 7 % 30 + 1}番{i % 9 + 2}号" for i, town in enumerate(towns)]
    df = pd.DataFrame({"名\n(child)": given, "姓\n(child)": family, "番地\n(parent)": lots})
    assert _plans(df) == {"名\n(child)": "first_name", "姓\n(child)": "last_name", "番地\n(parent)": "street_address"}


def test_a_german_child_qualifier_does_not_cancel_a_name_cue() -> None:
    faker = Faker("de_DE")
    faker.seed_instance(38)
    df = pd.DataFrame({"Vorname (Kind)": [faker.first_name() for _ in range(12)]})
    assert _plans(df) == {"Vorname (Kind)": "first_name"}


def test_money_beside_firm_names_is_neither_postcodes_nor_towns() -> None:
    """Four-digit incomes next to creditor firms named after towns and people: a postcode/town pair by shape."""
    rng = random.Random(39)
    faker = Faker("es_AR")
    faker.seed_instance(39)
    df = pd.DataFrame(
        {
            "Acreedor (ref)": [faker.company() for _ in range(30)],
            "Ingresos mensuales (EUR)": [str(rng.randint(1000, 4999)) for _ in range(30)],
        }
    )
    plans = _plans(df)
    assert "Ingresos mensuales (EUR)" not in plans
    assert plans.get("Acreedor (ref)") != "city"


def test_hungarian_notation_type_tags_are_not_street_words() -> None:
    from safe_synthesizer.pii.cues import cue_hints

    assert cue_hints("strTown") == {"city"}
    assert cue_hints("strFirstName") == {"first_name", "name"}
    assert cue_hints("strNatID") == {"national_id"}
    assert "street_address" in cue_hints("strStreet") and "street_address" in cue_hints("strasse")


def test_a_small_tables_first_names_and_surnames_are_found_without_names() -> None:
    faker = Faker("no_NO")
    faker.seed_instance(3)
    first = list(dict.fromkeys(faker.first_name() for _ in range(40)))[:16]
    last = list(dict.fromkeys(faker.last_name() for _ in range(60)))[:16]
    # Each alone, with an amount beside it: no first/last pair to lean on.
    amounts = [str(100 + 7 * i) for i in range(20)]
    assert _plans(pd.DataFrame({"c001": first + [""] * 4, "c009": amounts})) == {"c001": "first_name"}
    assert _plans(pd.DataFrame({"c002": last + [""] * 4, "c009": amounts})) == {"c002": "last_name"}


def test_rooms_named_with_a_few_first_names_stay() -> None:
    df = pd.DataFrame({"c003": ["Lily", "Rose", "Daisy", "Poppy", "Iris"] * 6})
    assert _plans(df) == {}


def test_street_names_without_their_house_number_under_a_street_name() -> None:
    """Rounds that keep the house number in its own column write the street alone (``Watson Court``)."""
    faker = Faker("en_GB")
    faker.seed_instance(40)
    english = [f"{faker.last_name()} {faker.random_element(['Road', 'Court', 'Lane', 'Close', 'Avenue'])}"
               for _ in range(20)]  # fmt: skip
    german = ["Hendrik-Koch-Allee", "Stiffelgasse", "Theresia-Scholtz-Ring", "Schenkplatz", "Junckenweg /26",
              "Gutestr.", "Melissa-Christoph-Gasse", "Wernerring /6", "Eigenwilligweg", "Haeringstraße /59",
              "Am Lindenweg", "Rosenstraße"] * 2  # fmt: skip
    assert _plans(pd.DataFrame({"street": english})) == {"street": "street_address"}
    assert _plans(pd.DataFrame({"strasse": german})) == {"strasse": "street_address"}


def test_a_letter_typed_twice_in_a_header_still_cues() -> None:
    from safe_synthesizer.pii.cues import cue_hints

    assert cue_hints("streeet") == {"street_address"}
    assert cue_hints("locaalidad") == {"city"}
    assert cue_hints("balloon") == set() and cue_hints("coffee") == set()


def test_rooms_named_like_streets_without_a_street_cue_stay() -> None:
    rooms = ["Conference Room", "Board Room", "Green Room", "Tea Room", "Baker Court", "Library Lane"] * 4
    assert _plans(pd.DataFrame({"room": rooms})) == {}
