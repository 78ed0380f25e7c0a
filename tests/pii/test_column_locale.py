"""Per-locale detection: each locale's columns are found and carry that locale (seeds 21-23)."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES, ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import ColumnDetection, detect_columns
from safe_synthesizer.pii.column_locale import fill_table_locale, guess_column_locale
from safe_synthesizer.pii.replace import plan_columns

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
# Column -> (Faker method, entity); names in no particular language, as real exports have.
COLUMNS = {
    "ct_tel": ("phone_number", "phone_number"),
    "ct_fullname": ("name", "name"),
    "ct_surname": ("last_name", "last_name"),
    "ct_addr1": ("street_address", "street_address"),
    "ct_bank_iban": ("iban", "iban"),
}


def _table(locale: str, seed: int = 21, n: int = 160) -> pd.DataFrame:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return pd.DataFrame({c: [getattr(fake, m)() for _ in range(n)] for c, (m, _) in COLUMNS.items()})


@pytest.mark.parametrize("locale", LOCALES)
def test_columns_and_locale_per_locale(locale):
    df = _table(locale)
    found = detect_columns(df, infer_schema(df), entities=KNOWN_ENTITIES)
    assert {c: d.entity for c, d in found.items()} == {c: e for c, (_, e) in COLUMNS.items()}
    for column in ("ct_tel", "ct_fullname", "ct_surname"):
        assert found[column].locale == locale, (column, found[column].evidence)
    if locale != "en_US":  # Faker's en_US IBANs are British
        assert found["ct_bank_iban"].locale == locale


@pytest.mark.parametrize("locale", ["de_DE", "fr_FR", "it_IT", "nl_NL", "es_ES"])
def test_street_locale_from_street_words(locale):
    df = _table(locale, seed=22)
    found = detect_columns(df, infer_schema(df), entities=KNOWN_ENTITIES)
    assert found["ct_addr1"].locale == locale


def test_plan_columns_carries_the_locale():
    df = _table("nl_NL", seed=23)
    plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(free_text_ner=False))}
    assert plans["ct_tel"].locale == "nl_NL" and plans["ct_surname"].locale == "nl_NL"


@pytest.mark.parametrize(
    ("entity", "values", "locale"),
    [
        ("postcode", ["SW1A 1AA", "M1 1AE", "B33 8TH"], "en_GB"),
        ("postcode", ["1011 AB", "3512JC", "9711 LM"], "nl_NL"),
        ("postcode", ["10115", "80331", "50667"], None),  # five digits: US, DE, FR, ES or IT
        ("phone_number", ["+33 1 42 68 53 00", "+33 6 12 34 56 78"], "fr_FR"),
        ("email", ["a@web.de", "b@gmx.de", "c@example.com"], "de_DE"),
        ("iban", ["ES9121000418450200051332", "ES7921000813610123456789"], "es_ES"),
        ("street_address", ["12, rue des Lilas", "3 avenue Foch"], "fr_FR"),
    ],
)
def test_guess_column_locale(entity, values, locale):
    assert guess_column_locale(entity, values)[0] == locale


def test_fill_table_locale_gives_ambiguous_columns_the_table_locale():
    det = [
        ColumnDetection("tel", "phone_number", 1.0, 1.0, "values", 10, "de_DE"),
        ColumnDetection("nm", "name", 1.0, 1.0, "values", 10, "de_DE"),
        ColumnDetection("plz", "postcode", 1.0, 1.0, "name+values", 10, None),
    ]
    filled = {d.column: d.locale for d in fill_table_locale(det)}
    assert filled == {"tel": "de_DE", "nm": "de_DE", "plz": "de_DE"}
    # A single vote is not a table locale.
    assert fill_table_locale(det[1:])[1].locale is None
    assert dataclasses.is_dataclass(fill_table_locale(det)[0])


def test_plan_fills_ambiguous_postcodes_with_the_table_locale():
    fake = Faker("de_DE")
    fake.seed_instance(24)
    df = pd.DataFrame(
        {
            "tel": [fake.phone_number() for _ in range(120)],
            "nachname": [fake.last_name() for _ in range(120)],
            "plz": [fake.postcode() for _ in range(120)],
        }
    )
    plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(free_text_ner=False))}
    assert plans["plz"].entity == "postcode" and plans["plz"].locale == "de_DE"


@pytest.mark.parametrize(("value", "locale"), [("123 Oak Street Apt. 4", "en_US"), ("Flat 2\nOlivia Road", "en_GB")])
def test_english_unit_words_tell_us_from_gb(value, locale):
    assert guess_column_locale("street_address", [value])[0] == locale


def test_phones_written_the_us_way_are_us_even_with_random_digits():
    import numpy as np

    rng = np.random.default_rng(41)
    phones = [f"({rng.integers(200, 999)}) {rng.integers(200, 999)}-{rng.integers(1000, 9999)}" for _ in range(80)]
    assert guess_column_locale("phone_number", phones)[0] == "en_US"


def test_one_name_column_of_a_language_with_its_own_lists_sets_the_address_locale() -> None:
    # A Polish or Czech table whose only located column is its name column: street words of those
    # countries are in no detect locale, so the address column had no locale and got US fakes.
    @dataclasses.dataclass(frozen=True)
    class Plan:
        entity: str
        locale: str | None

    plans = fill_table_locale([Plan("name", "pl_PL"), Plan("address", None)])
    assert [p.locale for p in plans] == ["pl_PL", "pl_PL"]
    # English names alone say little about the country: the address keeps no locale.
    plans = fill_table_locale([Plan("name", "en_US"), Plan("address", None)])
    assert [p.locale for p in plans] == ["en_US", None]


def test_slovak_ibans_name_the_tables_country():
    # SK (and CH, HR, HU, SI, the Baltics, BG) had no locale: a Slovak table's places went cs_CZ or unlocated.
    faker = Faker("sk_SK")
    faker.seed_instance(5)
    frame = pd.DataFrame({"iban": [faker.iban() for _ in range(100)], "mesto": [faker.city() for _ in range(100)],
                          "ulica": [faker.street_address() for _ in range(100)]})  # fmt: skip
    plans = plan_columns(frame, infer_schema(frame), ReplacePiiParameters())
    assert {p.column: p.locale for p in plans} == {"iban": "sk_SK", "mesto": "sk_SK", "ulica": "sk_SK"}


def test_an_explicit_country_code_no_locale_writes_outvotes_a_look_alike_plan() -> None:
    # +675 is Papua New Guinea: its bare eight-digit mobiles fit Taiwan's plan too, and must not make the table
    # Taiwanese (Chinese addresses for Port Moresby); a Taiwanese column stays Taiwanese.
    png = ["+675 7018 8418", "7048 5521", "+675 7383 1822", "+67570188418", "7120 7445", "+675 7089 3978"]
    assert guess_column_locale("phone_number", png)[0] is None
    assert guess_column_locale("phone_number", ["+886 912 345 678", "0912 345 678", "0933 221 908"])[0] == "zh_TW"
