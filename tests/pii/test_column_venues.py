"""Category columns of places named after streets (issue 11, set 13): a club's grounds ``Rambla de
Emperatriz Lobo pitch``, taxi ranks ``Calle La Plata``, venues ``rue de Joye ground`` were taken for
street columns. A few levels repeated over many rows are a category, not people's home addresses;
a street column of one address per row, or one named as such, is still found."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column

ALL = list(KNOWN_ENTITIES)


def _entity(values: list[str], name: str = "c005") -> str | None:
    df = pd.DataFrame({name: values})
    found = detect_column(df[name], infer_schema(df)[name], entities=ALL)
    return None if found is None else found.entity


GROUNDS = ["Calle Mayor pitch", "Avenida de la Constitución courts", "Plaza de España ground"]
RANKS = ["Avenida Rivadavia", "Calle Florida", "Diagonal Norte", "Avenida Corrientes"]


def test_a_few_grounds_named_after_streets_are_no_street_column():
    rng = random.Random(1)
    assert _entity([rng.choice(GROUNDS) for _ in range(60)]) is None
    assert _entity([rng.choice(RANKS) for _ in range(60)], "rank") is None


def test_street_columns_are_still_found():
    rng = random.Random(2)
    streets = [f"Calle {rng.choice(['Mayor', 'Real', 'Nueva', 'del Sol', 'de la Paz'])} {rng.randint(1, 200)}"
               for _ in range(60)]  # fmt: skip
    assert _entity(streets) == "street_address"
    # Named a street column, a few repeated levels still count (a small household table).
    assert _entity([rng.choice(RANKS) for _ in range(60)], "street") == "street_address"
