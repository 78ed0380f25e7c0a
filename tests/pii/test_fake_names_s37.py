"""Fakes of names that open with an initial keep their form (session 37)."""

import re

from safe_synthesizer.pii.fakes import FakeMapper


def test_initial_before_two_surnames_stays_an_initial():
    fakes = FakeMapper(["es_ES"], seed=0).map_values("name", ["J. Luna Blanes", "J. Salamanca Heras"])
    for original, fake in fakes.items():
        assert re.fullmatch(r"[A-Z]\. \w+ \w+", fake), fake
        assert not set(original.split()[1:]) & set(fake.split()), fake


def test_initial_before_a_surname_that_is_a_title_word_keeps_a_surname():
    fake = FakeMapper(["es_ES"], seed=0).map_values("name", ["M. Pastor"])["M. Pastor"]
    assert re.fullmatch(r"[A-Z]\. \w+", fake) and "Pastor" not in fake


def test_two_initials_are_not_read_as_a_surname():
    fake = FakeMapper(["en_GB"], seed=0).map_values("name", ["J. R. Tolkien"])["J. R. Tolkien"]
    assert "Tolkien" not in fake and not re.search(r"\b[A-Z]{2,}\b", fake), fake


def test_noble_name_keeps_its_links_and_no_seat():
    original = "Loes Coreth von und zu Coredo und Starkenberg"
    fake = FakeMapper(["de_DE"], seed=0).map_values("name", [original])[original]
    assert fake.count(" und ") == 2 and " von " in fake, fake
    assert not {"Coreth", "Coredo", "Starkenberg"} & set(fake.split()), fake
