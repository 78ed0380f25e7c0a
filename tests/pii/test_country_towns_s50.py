"""Session 50: town columns of overseas territories get real fakes, so they are replaced, not kept as written."""

from __future__ import annotations

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.country_towns import listed_country_town, real_town_fakes


def test_overseas_towns_under_the_mother_locale_have_real_fakes() -> None:
    # Réunion's and Martinique's communes read as fr_FR (Faker invents fr_FR's towns): still real fakes.
    assert real_town_fakes("fr_FR", ["Saint-Denis", "Le Tampon", "Saint-Pierre", "Le Port", "Saint-Paul"] * 3)
    assert real_town_fakes("fr_FR", ["Fort-de-France", "Le Lamentin", "Le Robert", "Schoelcher"])
    assert real_town_fakes("en_GB", ["St Peter Port", "St Sampson", "Castel", "Vale", "St Andrew"])


def test_the_locale_decides_when_it_lists_towns() -> None:
    assert real_town_fakes("de_DE", [])
    assert real_town_fakes("fr_GP", [])  # a locale of a listed territory


def test_invented_towns_stay_without_real_fakes() -> None:
    assert not real_town_fakes("fr_FR", ["Lyon", "Lille", "Nantes"])
    assert not real_town_fakes("en_US", ["Springfield", "Riverside", "Franklin"])
    assert not real_town_fakes(None, [])


def test_parishes_and_gaelic_towns_are_listed() -> None:
    assert listed_country_town("castel") == "GG"
    assert listed_country_town("Freeport") == "BS"
    for town in ("Steòrnabhagh", "An t-Òban", "Caernarfon", "Dùn Èideann"):
        assert V.is_listed_city(town), town
    assert listed_country_town("Vale") is None  # a word: fakes only
