"""Town columns of phrases are no town columns (column_place_phrases)."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_place_phrases import is_phrase, phrase_town_columns, phrase_values

PIECES = ("Colonel Bogey", "Abide with Me", "Death or Glory", "Mrs Robinson arr.", "Nimrod", "The Cossack",
          "Slaidburn", "The Floral Dance", "Queensbury", "Ravenswood")  # fmt: skip
INSTRUMENTS = ("Soprano cornet", "Tenor horn", "Bass trombone", "Eb bass", "Euphonium", "Flugelhorn", "Baritone",
               "Percussion")  # fmt: skip
BANDS = ("Youth band", "Training band", "Senior band", "Black Dyke", "Grimethorpe Colliery")


def _found(entity: str, evidence: str = "model") -> ColumnDetection:
    return ColumnDetection("c", entity, 0.9, 0.9, "values", 0, None, evidence)


def test_phrases_are_not_towns() -> None:
    for value in ("Youth band", "Abide with Me", "Mrs Robinson arr.", "Tenor horn", "Death or Glory"):
        assert is_phrase(value), value
    for value in ("Rio de Janeiro", "Newcastle upon Tyne", "Stratford-upon-Avon", "Frankfurt am Main", "Nimrod",
                  "West Laceybury", "Glass, Libreville", "ოჩამჩირე", "Bad Homburg vor der Höhe"):  # fmt: skip
        assert not is_phrase(value), value
    for values in (PIECES, INSTRUMENTS, BANDS):
        assert phrase_values(list(values)), values


def test_towns_of_every_locale_stay_towns() -> None:
    for locale in ("en_US", "en_GB", "es_MX", "de_DE", "fr_FR", "pt_BR", "it_IT", "nl_NL", "sl_SI", "cs_CZ"):
        fake = Faker(locale)
        fake.seed_instance(56)
        towns = list(dict.fromkeys(fake.city() for _ in range(60)))
        assert not phrase_values(towns), (locale, towns[:5])
    assert not phrase_values(["Oyem", "Glass, Libreville", "Lambaréné", "Libreville", "Owendo", "Akanda"])


def test_pieces_and_their_numbers_are_taken_back() -> None:
    rng = random.Random(56101)
    n = 14
    df = pd.DataFrame({
        "Instrument": [rng.choice(INSTRUMENTS) for _ in range(n)],
        "Reg. no": [f"{rng.randint(10000, 99999)}" for _ in range(n)],
        "Next piece": [rng.choice(PIECES) for _ in range(n)],
        "Town": [rng.choice(("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret")) for _ in range(n)],
    })  # fmt: skip
    found = {
        "Instrument": _found("city", "town beside postcode column 'Reg. no': codes"),
        "Reg. no": _found("postcode", "postcode beside town column 'Next piece': codes of one layout"),
        "Next piece": None,
        "Town": _found("city"),
    }
    assert sorted(phrase_town_columns(df, found)) == ["Instrument", "Reg. no"]
    # The classifier's town found later is taken back too; the real towns never are.
    assert phrase_town_columns(df, {"Next piece": _found("city"), "Town": _found("city")}) == ["Next piece"]
    # A postcode found otherwise (its own values, a town column of towns) is kept.
    kept = {"Reg. no": _found("postcode", "postcode beside town column 'Town': codes"), "Next piece": None}
    assert phrase_town_columns(df, kept) == []
