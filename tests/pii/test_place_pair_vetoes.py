"""Tests for place_pair_vetoes: tiers, people's names and dates that pass for a town or a postcode."""

from faker import Faker

from safe_synthesizer.pii.place_pair_vetoes import dated_codes, not_a_town_column, tier_levels, written_as_people


def test_tier_ladders_in_several_languages() -> None:
    assert tier_levels(["Bronze", "Silver", "Gold", "Diamond"])
    assert tier_levels(["Plata", "Oro", "Platino"])
    assert tier_levels(["Silber", "Gold", "Platin", "Basic"])
    assert tier_levels(["Tier 1 Blue", "Tier 2 Silver", "Tier 3 Gold"])
    assert tier_levels(["فضي", "ذهبي", "بلاتيني"])


def test_towns_are_no_tier_ladder() -> None:
    assert not tier_levels(["Goldach", "Silverton", "Platte City", "Orange"])
    assert not tier_levels(["Leeds", "York", "Hull", "Bath"])


def test_people_written_surname_first_or_with_initials() -> None:
    people = ["RASOANAIVO, Tiana", "Andry Rakotomalala", "Rakotomalala, Andry", "Ravelo T", "Miora Rabe", "Hasina"]
    assert written_as_people(people)
    assert written_as_people(["FARAH, Ayaan", "OSMAN, Idil", "Geedi Warsame", "Cali Nuur", "Xasan Yuusuf"])
    assert written_as_people(["Muller K", "Bianchi L.", "Okafor C", "Lindqvist E", "Dubois M"])


def test_town_columns_are_not_people() -> None:
    towns = ["Grand Baie", "Baie du Cap", "Rivière Noire", "Grande Rivière Noire", "Rose Belle", "Belle Mare"]
    assert not written_as_people(towns)
    assert not written_as_people(["Springfield, IL", "Portland, OR", "Austin, TX", "Boise, ID", "Salem, MA"])
    assert not written_as_people(["Paris, France", "Lyon, France", "Nice, France", "Lille, France", "Metz, France"])


def test_faker_towns_of_every_locale_are_kept() -> None:
    for locale in ("en_US", "fr_FR", "es_ES", "pt_BR", "de_DE", "it_IT", "ar_AA", "tr_TR", "pl_PL", "en_IN"):
        fake = Faker(locale)
        fake.seed_instance(7)
        towns = list(dict.fromkeys(fake.city() for _ in range(80)))
        assert not not_a_town_column(towns), locale


def test_eight_digit_dates_are_no_postcodes() -> None:
    assert dated_codes(["20190412", "20201130", "20170101", "20220815", "20181009", "20150228"])
    assert dated_codes(["12041985", "30111970", "01011999", "15082001", "09101966"])


def test_eight_digit_codes_that_are_not_days_stay() -> None:
    # Brazilian CEPs without their hyphen: a few parse as days, most do not.
    assert not dated_codes(["01310100", "20040020", "30130010", "40010000", "70040900", "80010010"])
    assert not dated_codes(["12345", "23456", "34567", "45678", "56789"])
    assert not dated_codes(["20190412", "20201130", "20170101"])  # too few to judge
