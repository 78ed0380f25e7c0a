"""table_passes: ratings beside a British address are no postcodes; ``ID seen`` says no more than an id."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.cue_subjects import names_an_event
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.table_passes import _says_no_more_than_id


def _chess_club(n: int = 40) -> pd.DataFrame:
    fake = Faker("en_GB")
    fake.seed_instance(21)
    rng = random.Random(21)
    towns = ["Leeds", "York", "Bradford", "Harrogate", "Wakefield", "Halifax", "Huddersfield", "Ripon"]
    rows = [
        {
            "c0": fake.name(),
            "c1": f"+44 7700 900{rng.randint(100, 999)}",
            "c2": fake.street_address().replace("\n", ", "),
            "c3": str(rng.randint(1100, 2350)),
            "c4": rng.choice(towns),
        }
        for _ in range(n)
    ]
    return pd.DataFrame(rows)


def test_four_digit_ratings_in_a_british_table_are_no_postcodes() -> None:
    df = _chess_club()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters())}
    assert plans.get("c0") == "name"
    assert "c3" not in plans


def test_a_checked_id_header_says_no_more_than_an_id() -> None:
    assert _says_no_more_than_id("ID seen")
    assert _says_no_more_than_id("u_id_seen")
    assert not _says_no_more_than_id("Animal ID notes")


def test_since_in_french_german_spanish_names_an_event() -> None:
    for name in ("Depuis", "Mitglied seit", "Socio desde"):
        assert names_an_event(name), name
    assert not names_an_event("Date de naissance")


def _dojo(n: int = 30) -> pd.DataFrame:
    fake = Faker("pl_PL")
    fake.seed_instance(6)
    rng = random.Random(6)
    relations = ["Mother", "Father", "Wife", "Husband", "Sister"]
    rows = [
        {
            "c0": f"JU-{rng.randint(10000, 99999)}",
            "c1": fake.last_name().upper() if i % 3 == 0 else fake.last_name(),
            "c2": fake.first_name(),
            "c3": fake.date_of_birth(minimum_age=8, maximum_age=70).strftime("%d.%m.%Y"),
            "c4": f"{fake.first_name()} {fake.last_name()} ({rng.choice(relations)}) +48 5{rng.randint(10, 99)} "
            f"{rng.randint(100, 999)} {rng.randint(100, 999)}",
        }
        for i in range(n)
    ]
    return pd.DataFrame(rows)


def test_a_kin_contact_column_is_a_name_not_a_street() -> None:
    df = _dojo()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters())}
    assert plans.get("c4") == "name"
