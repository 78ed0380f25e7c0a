"""Locale guesses and per-locale fakes: phones valid for their country, postcodes, names."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import phonenumbers
import pytest
from faker import Faker

from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.locales import SUPPORTED_LOCALES, guess_locale, is_valid_postcode, region_of
from safe_synthesizer.pii.phones import fake_phones, is_valid_phone


def _faker(locale: str, seed: int) -> Faker:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_phone_fakes_stay_valid_numbers_of_the_country(locale):
    fake = _faker(locale, 101)
    region = region_of(locale)
    originals = [p for p in (fake.phone_number() for _ in range(400)) if is_valid_phone(p, region)]
    out = FakeMapper(["en_US"], seed=3).map_values("phone_number", originals, locale=locale)
    valid = sum(is_valid_phone(out[p], region) for p in originals) / len(originals)
    assert valid >= 0.99, (locale, valid)
    assert not set(out.values()) & set(originals)
    # Same layout: separators and their positions are kept.
    assert all(len(out[p]) == len(p) and [c for c in out[p] if not c.isdigit()] ==
               [c for c in p if not c.isdigit()] for p in originals)  # fmt: skip


def test_uk_phone_in_us_default_column_stays_uk():
    out = fake_phones(["01214960628", "0121 496 0628"], np.random.default_rng(4), region="GB")
    assert all(is_valid_phone(v, "GB") and v.startswith("01") for v in out)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_postcode_fakes_have_the_locale_layout(locale):
    fake = _faker(locale, 202)
    originals = list(dict.fromkeys(fake.postcode() for _ in range(300)))
    out = FakeMapper(["en_US"], seed=5).map_values("postcode", originals, locale=locale)
    share = sum(is_valid_postcode(out[p], locale) for p in originals) / len(originals)
    assert share >= 0.99, (locale, share)


def test_locale_guesses():
    gb = _faker("en_GB", 7)
    assert guess_locale("phone_number", [gb.phone_number() for _ in range(80)], "en_US") == "en_GB"
    assert guess_locale("address", [gb.address() for _ in range(80)], "en_US") == "en_GB"
    de = _faker("de_DE", 8)
    assert guess_locale("name", [f"{de.first_name()} {de.last_name()}" for _ in range(80)], "en_US") == "de_DE"
    assert guess_locale("phone_number", ["n/a", "unknown"], "fr_FR") == "fr_FR"


def test_german_names_get_german_fakes():
    from safe_synthesizer.pii.locales import _name_lists
    from safe_synthesizer.pii.name_parts import is_particle

    de = _faker("de_DE", 9)
    names = [f"{de.first_name()} {de.last_name()}" for _ in range(50)]
    out = FakeMapper(["en_US"], seed=1).map_values("name", names, locale="de_DE")
    german = _name_lists("de_DE")
    # Faker's German lists hold double names as one entry ("Kay-Uwe", "Jacobi Jäckel"): each word is German.
    german |= {w for entry in german for w in re.split(r"[\s\-]+", entry)}
    # Surname particles ("van der" Dussen) are kept as written: they identify no one.
    words = [t for n in names for t in re.split(r"[\s\-]+", out[n]) if not is_particle(t)]
    assert all(t.lower() in german for t in words)


def _cells(layout: str, word: str) -> list[str]:
    rng = np.random.default_rng(7)
    numbers = (layout.format(*map(str, rng.integers(1000, 10000, 4))) for _ in range(24))
    return [f"{number} {word} {rng.integers(1, 5000)}" for number in numbers]


@pytest.mark.parametrize(
    ("region", "cells"),
    [
        ("FR", _cells("01 {0:.2} {1:.2} {2:.2} {3:.2}", "poste")),
        ("IT", _cells("02 {0} {1}", "interno")),
        ("DE", _cells("030 {0}{1:.3}", "Durchwahl")),
        # German ``DW``/``App.`` and Dutch ``tst.``: short extension words of forms and signatures.
        ("DE", _cells("089 {0}{1:.3}", "DW")),
        ("DE", _cells("040 {0}{1:.3}", "App.")),
        ("NL", _cells("020 {0}{1:.3}", "tst.")),
    ],
)
def test_extension_words_of_other_languages_keep_a_phone_column_and_valid_fakes(region, cells):
    # Set 18: French ``poste``, Italian ``interno`` phone columns were left whole (24 cells each), names shown or
    # hidden; phonenumbers reads only English extension words.
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii import replace_pii

    df = pd.DataFrame({"c008": cells})
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters())
    assert [c.entity for c in result.report.columns] == ["phone_number"]
    for original, fake in zip(df["c008"], result.data["c008"], strict=True):
        word = original.split()[-2]
        main, extension = fake.split(f" {word} ")
        assert extension.isdigit() and fake != original
        assert phonenumbers.is_valid_number(phonenumbers.parse(main, region)), fake
