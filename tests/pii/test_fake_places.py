"""Fakes of countries Faker writes no addresses for (Malta, Nigeria, Venezuela) are of that country."""

from __future__ import annotations

from safe_synthesizer.pii.fake_places import own_places
from safe_synthesizer.pii.fake_pools import pool


def test_towns_are_the_countrys_own():
    # Faker mt_MT / en_NG / es_VE wrote invented American towns (``Port Petertown``).
    assert "Birkirkara" in set(pool(("mt_MT",), 0, "city"))
    assert "Ibadan" in set(pool(("en_NG",), 0, "city"))
    assert "Maracaibo" in set(pool(("es_VE",), 0, "city"))


def test_street_lines_in_the_countrys_layout():
    assert all(s.split(", ", 1)[1].startswith("Triq") for s in pool(("mt_MT",), 0, "street_address"))
    assert all(s.split()[0].isdigit() for s in pool(("en_NG",), 0, "street_address"))
    assert all(s.split()[-1].isdigit() for s in pool(("es_VE",), 0, "street_address"))


def test_maltese_names():
    lasts = set(own_places("mt_MT", "last_name"))
    assert {"Borg", "Camilleri", "Zammit"} <= lasts
    assert all(str(n).split()[-1] in lasts for n in pool(("mt_MT",), 0, "name"))


def test_other_locales_unchanged():
    assert own_places("de_DE", "city") == ()
    assert "Berlin" in set(pool(("de_DE",), 0, "city")) or len(pool(("de_DE",), 0, "city")) > 100


def test_vietnamese_fakes_keep_family_first_and_real_given_names():
    from safe_synthesizer.pii.fakes import FakeMapper

    # Faker vi_VN's plain first-name list is ("John", "Jane"): 'Nguyễn Văn An' became 'John Jane Bùi'.
    fakes = FakeMapper(["en_US"], seed=3).map_values("name", ["Nguyễn Văn An", "TRẦN THỊ MAI"], locale="vi_VN")
    family = {"nguyễn", "trần", "lê", "phạm", "vũ", "đặng", "bùi", "dương", "mai", "hoàng"}
    for original, fake in fakes.items():
        words = fake.split()
        assert words[0].lower() in family, fake  # family name first, as the original
        assert not {"john", "jane"} & {w.lower() for w in words}
        assert fake.isupper() == original.isupper()


def test_maltese_given_names_are_maltese():
    from safe_synthesizer.pii.fakes import FakeMapper

    fakes = FakeMapper(["en_US"], seed=3).map_values("first_name", ["Ġużeppi", "Marija", "Carmel"], locale="mt_MT")
    assert set(fakes.values()) <= set(own_places("mt_MT", "first_name"))


def test_the_fakes_town_pool_is_the_detectors_town_list():
    """One list for both: a Maltese, Nigerian or Venezuelan town the fakes may write is a town the
    detector knows (the two lists had drifted apart: ``Xagħra``, ``Mubi`` were fakes only)."""
    from safe_synthesizer.pii.fake_places import own_places
    from safe_synthesizer.pii.validators.towns import OWN_TOWN_LOCALES, _towns

    for locale in OWN_TOWN_LOCALES:
        assert own_places(locale, "city")
        assert all(town.lower() in _towns() for town in own_places(locale, "city")), locale
