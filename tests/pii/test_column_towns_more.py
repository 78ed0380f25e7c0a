"""Town columns of countries whose towns Faker lists only under its own locale (issue 11, set 13):
Slovak villages, Belgian municipalities, Colombian and Argentine municipalities were in no list the
detector read, so a hidden town column of them was missed; a handful of town levels with one
unlisted (``Dublin 4``, ``Bruxelles``) was missed too. Category columns stay untouched."""

from __future__ import annotations

import importlib
import random

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import detect_column

ALL = list(KNOWN_ENTITIES)


def _entity(values: list[str], name: str = "c007") -> str | None:
    df = pd.DataFrame({name: values})
    found = detect_column(df[name], infer_schema(df)[name], entities=ALL)
    return None if found is None else found.entity


def _faker_towns(locale: str, attribute: str) -> list[str]:
    provider = importlib.import_module(f"faker.providers.address.{locale}").Provider
    return [e[1] if isinstance(e, tuple) else e for e in getattr(provider, attribute)]


@pytest.mark.parametrize(
    ("locale", "attribute"), [("sk_SK", "cities"), ("nl_BE", "cities"), ("es_CO", "municipalities")]
)
def test_hidden_town_columns_of_faker_town_lists(locale, attribute):
    rng = random.Random(11)
    towns = _faker_towns(locale, attribute)
    values = [rng.choice(towns) for _ in range(80)]
    assert _entity(values) == "city"


def test_a_few_town_levels_with_one_unlisted():
    rng = random.Random(12)
    levels = ["Limerick", "Athlone", "Tralee", "Cork", "Kilkenny", "Sligo", "Drogheda", "Galway", "Dublin 4"]
    assert not V.is_listed_city("Dublin 4")
    assert _entity([rng.choice(levels) for _ in range(60)]) == "city"


def test_category_levels_are_no_towns():
    rng = random.Random(13)
    for levels in (["Pod A", "Pod B", "Hall", "Annex", "Lobby", "Room 2"],
                   ["Walking Football", "Ladies 1st", "Vets", "Under 12", "Seniors", "Juniors"],
                   ["As", "La", "pending", "approved", "declined", "closed"]):
        assert _entity([rng.choice(levels) for _ in range(60)]) != "city", levels
