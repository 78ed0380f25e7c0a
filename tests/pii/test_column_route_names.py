"""The street's name beside its house-number column (s42, PL): an address split into route, number, town and
postcode; the route column holds bare street names and, where the parser gave up, whole lines."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_route_names import route_cell, route_columns
from safe_synthesizer.pii.detect_table import detect_table


def _geocoded(locale: str, seed: int = 4209, rows: int = 45) -> pd.DataFrame:
    """A geocoder's split of each address: e-mail, street number, route, town, postcode."""
    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = random.Random(seed)
    numbers, routes = [], []
    for _ in range(rows):
        number = str(rng.randrange(1, 400)) + rng.choice(["", "", "", "a", "b"])
        numbers.append(number)
        # One line in five left whole by the parser, with its unit word dangling.
        routes.append(f"{rng.randrange(1, 90)} {fake.street_name()} Apt." if rng.random() < 0.2 else fake.street_name())
    return pd.DataFrame({
        "c000": [fake.email() for _ in range(rows)],
        "c001": numbers,
        "c002": routes,
        "c003": [fake.city() for _ in range(rows)],
        "c004": [fake.postcode() for _ in range(rows)],
    })  # fmt: skip


def test_route_beside_house_numbers_is_a_street_column() -> None:
    for locale in ("de_DE", "cs_CZ", "es_ES", "sv_SE"):
        df = _geocoded(locale)
        found = route_columns(df, list(df.columns), {"c000": "email", "c003": "city", "c004": "postcode"})
        assert {c: f.entity for c, f in found.items()} == {"c002": "street_address"}, locale


def test_a_team_sheet_is_no_route() -> None:
    fake = Faker("en_GB")
    fake.seed_instance(4210)
    rng = random.Random(4210)
    df = pd.DataFrame({
        "c000": [fake.last_name() for _ in range(30)],
        "c001": [str(rng.randrange(1, 40)) for _ in range(30)],
        "c002": [fake.city() for _ in range(30)],
    })  # fmt: skip
    assert route_columns(df, list(df.columns), {"c002": "city"}) == {}
    assert route_cell("Sončna pot") and route_cell("გუდაურის ქ.") and route_cell("7020 Ponce Wells Apt.")


def test_the_route_column_is_found_names_hidden() -> None:
    df = _geocoded("de_DE", seed=4211, rows=60)
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found["c002"] is not None and found["c002"].entity == "street_address"
