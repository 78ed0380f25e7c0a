"""Address columns repeated because their people come back (column_household_addresses)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import table_passes
from safe_synthesizer.pii.column_household_addresses import household_address_columns
from safe_synthesizer.pii.detect_table import detect_table

_GIVEN = ["Maren", "Jonas", "Ilse", "Piet", "Hanne", "Ole", "Frieda", "Bent", "Gesa", "Till", "Wiebke", "Sönke"]
_FAMILY = ["Petersen", "Jessen", "Hansen", "Carstensen", "Thomsen", "Paulsen", "Nissen", "Lorenzen"]
_STREETS = ["Norderstraße", "Große Straße", "Holmer Weg", "Am Hafen", "Friesische Straße", "Marienhölzungsweg"]
_TOWNS = ["24937 Flensburg", "25813 Husum", "24103 Kiel", "25980 Sylt", "24837 Schleswig"]


def _visits(clients: int, rows: int, seed: int, branches: bool = False) -> pd.DataFrame:
    """A visit log: each client's name (written two ways), phone and home address come back visit after visit;
    with ``branches``, the address is the branch the visit took place at, shared by many clients."""
    rng = random.Random(seed)
    people = []
    for i in range(clients):
        given, family = _GIVEN[i % len(_GIVEN)], _FAMILY[(i * 5 + seed) % len(_FAMILY)]
        home = f"{_STREETS[rng.randrange(len(_STREETS))]} {rng.randint(1, 120)}, {rng.choice(_TOWNS)}"
        people.append(
            ((f"{given} {family}", f"{family.upper()}, {given}"), f"0461 {rng.randint(100000, 999999)}", home)
        )
    sites = [f"{s} {n}, {t}" for s, n, t in zip(_STREETS * 2, range(3, 40, 3), _TOWNS * 3, strict=False)]
    out = []
    for visit in range(rows):
        names, phone, home = rng.choice(people)
        out.append({"visit": 5000 + visit, "client": rng.choice(names), "phone": phone,
                    "where": rng.choice(sites) if branches else home, "minutes": rng.choice([15, 30, 45])})  # fmt: skip
    return pd.DataFrame(out)


@pytest.fixture(autouse=True)
def _rules_without_this_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests call the pass by hand on what the other rules left, so ``detect_table`` runs without it here."""
    monkeypatch.setattr(table_passes, "household_address_columns", lambda *args, **kwargs: {})


def _left_after_rules(df: pd.DataFrame) -> tuple[list[str], dict[str, str]]:
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    decided = {k: v.entity for k, v in found.items() if v is not None}
    return [c for c in df.columns if c not in decided], decided


def test_home_addresses_of_returning_clients_are_restored() -> None:
    for clients, rows, seed in ((12, 60, 1), (14, 90, 2), (10, 200, 3)):
        df = _visits(clients, rows, seed)
        left, decided = _left_after_rules(df)
        assert "where" in left  # the look-alike check took them for a category of places
        found = household_address_columns(df, left, decided)
        assert found["where"].entity in ("address", "street_address")


def test_hidden_headers_too() -> None:
    df = _visits(14, 70, 4)
    df.columns = [f"c{i:03d}" for i in range(len(df.columns))]
    left, decided = _left_after_rules(df)
    assert "c003" in household_address_columns(df, left, decided)


def test_branch_addresses_shared_by_many_clients_stay() -> None:
    for seed in (5, 6):
        df = _visits(40, 120, seed, branches=True)
        left, decided = _left_after_rules(df)
        assert household_address_columns(df, left, decided) == {}


def test_one_person_column_is_not_enough() -> None:
    df = _visits(12, 60, 7).drop(columns=["phone"])
    left, decided = _left_after_rules(df)
    assert household_address_columns(df, left, decided) == {}


def test_detect_table_restores_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_passes, "household_address_columns", household_address_columns)
    df = _visits(12, 60, 1)
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found["where"].entity in ("address", "street_address")
