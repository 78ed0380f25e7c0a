"""Real towns of countries Faker has no locale of (session 49): the detector's list and the fakes' pool."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.country_towns import (
    COUNTRY_TOWNS,
    country_towns,
    keep_town_country,
    listed_country_town,
    locale_country_towns,
    towns_country,
)
from safe_synthesizer.pii.fake_places import own_places
from safe_synthesizer.pii.fake_pools import pool
from safe_synthesizer.pii.replace import ColumnPlan


def test_every_country_lists_towns_without_repeats() -> None:
    assert len(COUNTRY_TOWNS) >= 120
    for region in COUNTRY_TOWNS:
        towns = country_towns(region)
        assert towns and len(towns) == len(set(towns)), region
        assert all(t == t.strip() and t for t in towns), region


def test_towns_of_a_locale_faker_lacks() -> None:
    assert "Port Moresby" in locale_country_towns("en_PG") and "Lae" in locale_country_towns("tpi_PG")
    assert "Nuku'alofa" in locale_country_towns("to_TO") and "Bukavu" in locale_country_towns("sw_CD")
    assert locale_country_towns("en_AU") == () and locale_country_towns("fr_FR") == ()
    assert locale_country_towns(None) == ()


def test_detector_reads_listed_towns_any_case_accents_optional() -> None:
    assert listed_country_town("Kigali") == "RW" and listed_country_town("MUSANZE") == "RW"
    assert listed_country_town("ebebiyin") == "GQ" and listed_country_town("Lubumbashi") == "CD"
    assert listed_country_town("Gaborone") == "BW" and listed_country_town("Honiara") == "SB"


def test_detector_leaves_out_people_and_short_words() -> None:
    # Towns that are surnames or first names (Neves, Kara) and two- or three-letter towns are no evidence.
    for value in ("Neves", "Kara", "Bo", "Ica", "Moa", "Tuesday", ""):
        assert listed_country_town(value) is None, value


def test_towns_say_their_country() -> None:
    assert towns_country(["Mzuzu", "Zomba", "Lilongwe", "Kasungu", "Somewhere"]) == "MW"
    assert towns_country(["Paris", "Lyon", "Lilongwe"]) is None
    assert towns_country([]) is None


def test_fake_towns_are_real_towns_of_the_country() -> None:
    for locale in ("en_PG", "to_TO", "fr_CD", "rw_RW", "es_GQ"):
        fakes = set(pool((locale,), 0, "city"))
        assert fakes and fakes <= set(country_towns(locale[-2:])), locale
    assert own_places("en_AU", "city") == ()  # Faker's own locale keeps its own pool


def test_town_plans_keep_a_fakeless_country() -> None:
    plans = [
        ColumnPlan("town", "city", 1.0, "values", "fake", "en_AU"),
        ColumnPlan("street", "street_address", 1.0, "values", "fake", "en_AU"),
    ]
    kept = keep_town_country(plans, "PG")
    assert kept[0].locale == "en_PG" and kept[1].locale == "en_AU"
    assert keep_town_country(plans, "AU") == plans  # a country Faker has
    df = pd.DataFrame({"town": ["Mzuzu", "Zomba", "Lilongwe", "Blantyre"], "street": ["a", "b", "c", "d"]})
    by_towns = keep_town_country([ColumnPlan("town", "city", 1.0, "values", "fake", "en_GB")], None, df)
    assert by_towns[0].locale == "en_MW"


def test_surname_towns_are_towns_only_where_the_table_says_town() -> None:
    from safe_synthesizer.pii.country_towns import is_country_town

    assert is_country_town("Livingstone") and is_country_town("GOMA") and is_country_town("Ebebiyin")
    assert listed_country_town("Livingstone") is None and not is_country_town("Springfield")
