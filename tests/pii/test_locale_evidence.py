"""locale_evidence: phone columns follow the table's locale (session 25, set 10 cs_CZ phone fakes 0.72 valid)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import phonenumbers

from safe_synthesizer.pii.locale_evidence import phones_follow_table, settle_country_locales
from safe_synthesizer.pii.locales import region_of
from safe_synthesizer.pii.phones import fake_phones
from safe_synthesizer.pii.replace import ColumnPlan

_CZ_MOBILES = ["605.296.475", "603.707.782", "602.634.389", "796.518.682", "606.199.714", "731.487.151"]


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "jmeno": ["Jan Novák", "Eva Dvořáková", "Petr Svoboda", "Jana Malá", "Karel Černý", "Lucie Veselá"],
        "rc": ["580702/2639", "655121/1234", "710312/4455", "805505/1122", "690101/3344", "750615/5566"],
        "mobil": _CZ_MOBILES,
    })  # fmt: skip


def test_phone_column_takes_the_tables_locale_where_its_numbers_are_valid() -> None:
    # Nine bare digits are valid in Poland too; the column's own vote said pl_PL.
    plans = [
        ColumnPlan("jmeno", "name", 1.0, "values", "fake", "cs_CZ"),
        ColumnPlan("rc", "national_id", 1.0, "values", "fake", "cs_CZ"),
        ColumnPlan("mobil", "phone_number", 1.0, "values", "fake", "pl_PL"),
    ]
    locales = {p.column: p.locale for p in settle_country_locales(_frame(), plans)}
    assert locales["mobil"] == "cs_CZ"
    fakes = fake_phones(_CZ_MOBILES, np.random.default_rng(0), region=region_of(locales["mobil"]))
    for fake in fakes:
        parsed = phonenumbers.parse(fake, "CZ")
        assert phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == "CZ"


def test_phone_column_not_valid_in_the_tables_country_keeps_its_locale() -> None:
    df = _frame().assign(mobil=["07700 900123", "07700 900456", "07911 123456", "07700 900789", "07400 123456",
                                "07500 654321"])  # fmt: skip
    plans = [
        ColumnPlan("jmeno", "name", 1.0, "values", "fake", "cs_CZ"),
        ColumnPlan("rc", "national_id", 1.0, "values", "fake", "cs_CZ"),
        ColumnPlan("mobil", "phone_number", 1.0, "values", "fake", "en_GB"),
    ]
    assert {p.column: p.locale for p in phones_follow_table(df, plans)}["mobil"] == "en_GB"


def test_one_other_column_is_no_table_locale() -> None:
    plans = [
        ColumnPlan("jmeno", "name", 1.0, "values", "fake", "cs_CZ"),
        ColumnPlan("mobil", "phone_number", 1.0, "values", "fake", "pl_PL"),
    ]
    assert phones_follow_table(_frame(), plans) == plans


def test_notes_in_the_names_script_do_not_outvote_the_names() -> None:
    # Set 17 ne_NP: Devanagari notes and an address read hi_IN (the script's locale) tied the two Nepali name
    # columns, so the bare Nepali mobiles (valid in the US too) kept the default en_US and got US fakes.
    df = pd.DataFrame({
        "tenant": ["अरुण जोशी"] * 6, "landlord": ["गीता श्रेष्ठ"] * 6, "address": ["नेपाल हाईट, 30154 भक्तपुर"] * 6,
        "notes": ["फोन गर्नुहोस्"] * 6, "landlord_tel": ["9716746144", "9827263170", "9868692154", "9769581086",
                                                          "9859773835", "9842190948"],
    })  # fmt: skip
    plans = [
        ColumnPlan("tenant", "name", 1.0, "values", "fake", "ne_NP"),
        ColumnPlan("landlord", "name", 1.0, "values", "fake", "ne_NP"),
        ColumnPlan("address", "address", 1.0, "values", "fake", "hi_IN"),
        ColumnPlan("notes", "free_text", 1.0, "values", "fake", "hi_IN"),
        ColumnPlan("landlord_tel", "phone_number", 1.0, "values", "fake", None),
    ]
    assert {p.column: p.locale for p in phones_follow_table(df, plans)}["landlord_tel"] == "ne_NP"


def test_a_country_faker_has_no_locale_of_takes_the_nearest_real_one() -> None:
    df = pd.DataFrame(
        {
            "name": ["Kila Aihi", "Mary Koim"] * 10,
            "tel": ["+675 7012 3456", "+675 7098 7654"] * 10,
            "addr": ["Section 12, Lot 4, Boroko, Port Moresby", "Section 3, Lot 9, Hohola, Lae"] * 10,
        }
    )
    plans = [
        ColumnPlan("name", "name", 1.0, "values", "fake", "ro_RO"),
        ColumnPlan("tel", "phone_number", 1.0, "values", "fake", "ro_RO"),
        ColumnPlan("addr", "address", 1.0, "values", "fake", "ro_RO"),
    ]
    out = {p.column: p.locale for p in settle_country_locales(df, plans)}
    assert out["addr"] == "en_AU" and out["name"] == "en_AU"
