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
