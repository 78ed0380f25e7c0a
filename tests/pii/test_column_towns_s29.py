"""Towns of countries Faker only invents towns for (Luxembourg, Iceland, Italian Switzerland, the
Philippines): listed for detection, voting their locale, and used as the fakes' pool."""

from __future__ import annotations

import numpy as np

from safe_synthesizer.pii.column_towns import own_towns, small_country_town
from safe_synthesizer.pii.fake_pools import pool
from safe_synthesizer.pii.validators.towns import extra_listed_town


def test_towns_of_small_countries_are_listed_with_their_locale() -> None:
    assert small_country_town("Ettelbruck") == "de_LU"
    assert small_country_town("husavik") == "is_IS"  # any case, accents optional
    assert small_country_town("Mendrisio") == "it_CH"
    assert extra_listed_town("Cagayan de Oro")
    assert small_country_town("Springfield") is None


def test_town_fakes_of_those_locales_come_from_their_own_towns() -> None:
    for locale in ("de_LU", "is_IS", "it_CH", "en_PH"):
        towns = pool((locale,), 0, "city")
        assert set(towns) == set(own_towns(locale)) and len(towns) >= 50
    # Faker's own pool for a locale with real towns is untouched.
    assert not set(pool(("de_DE",), 0, "city")) & set(own_towns("de_LU"))


def test_chilean_communes_are_listed() -> None:
    assert extra_listed_town("Chiguayante") or extra_listed_town("Licantén")
    assert isinstance(pool(("es_CL",), 0, "city"), np.ndarray)
