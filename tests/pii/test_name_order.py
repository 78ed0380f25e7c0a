"""name_order: Hungarian names keep their family-first order in their fakes (session 25)."""

from __future__ import annotations

from safe_synthesizer.pii import gazetteers as G
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.name_order import latin_family_first

_HU = ["Horváth Bence", "Kiss Anna", "Nagy László", "Tóth Eszter", "Szabó Péter", "Varga Katalin", "Molnár Gábor",
       "Farkas Zsuzsanna", "Balogh Tamás", "Papp Judit"]  # fmt: skip


def test_family_first_is_read_from_the_locales_lists() -> None:
    assert latin_family_first("Horváth Bence", "hu_HU") == ("Horváth", "Bence")
    assert latin_family_first("Bence Horváth", "hu_HU") is None  # written the international way
    assert latin_family_first("Horváth Bence", "de_DE") is None  # the order is the language's


def test_hungarian_fakes_keep_the_family_name_first() -> None:
    fakes = FakeMapper(["en_US"], seed=3).map_values("name", _HU, locale="hu_HU")
    given = G.locale_first_names("hu_HU")
    # was "Horváth Bence" -> "Teréz Magyar": a given name first, a family name last
    assert sum(fakes[v].split()[-1].lower() in given for v in _HU) >= 9
    assert all(fakes[v] != v for v in _HU)


def test_given_name_first_hungarian_names_stay_given_first() -> None:
    fakes = FakeMapper(["en_US"], seed=3).map_values("name", ["Bence Horváth", "Anna Kiss"], locale="hu_HU")
    given = G.locale_first_names("hu_HU")
    assert all(f.split()[0].lower() in given for f in fakes.values())
