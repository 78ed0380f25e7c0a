"""A people's street column written as a name and a house number, under a placeholder header
(:mod:`column_place_street_round`)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_place_street_round import people_street_columns
from safe_synthesizer.pii.replace import plan_columns

_STREETS = ["Titova", "Alipašina", "Kralja Tvrtka", "Ferhadija", "Zmaja od Bosne", "Maršala Tita"]
STREETS = [f"{_STREETS[i % 6]} {(i * 37) % 140 + 1}" for i in range(24)]
NAMES = [f"{f} {ln}" for f in ["Amir", "Emina", "Haris", "Lejla", "Tarik", "Selma"] for ln in
         ["Hodžić", "Kovačević", "Begović", "Delić"]]  # fmt: skip
FOUND = {"c000": "name", "c003": "email"}


def _table(streets: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"c000": NAMES, "c001": streets, "c003": [f"p{i}@mail.ba" for i in range(24)]})


def test_name_and_house_number_beside_people() -> None:
    out = people_street_columns(_table(STREETS), ["c000", "c001", "c003"], FOUND)
    assert list(out) == ["c001"] and out["c001"].entity == "street_address"


def test_number_first_and_catalan_comma() -> None:
    first = [f"{(i * 7) % 60 + 1} {w}" for i, w in enumerate(["KAVEROÇKİN", "H.SULTANOV", "NEMƏT QULİYEV"] * 8)]
    catalan = [f"Carrer {w}, {(i * 13) % 160 + 2}" for i, w in enumerate(["del Pi", "Major", "de Balmes"] * 8)]
    for streets in (first, catalan):
        assert list(people_street_columns(_table(streets), ["c000", "c001", "c003"], FOUND)) == ["c001"]


@pytest.mark.parametrize(
    "cells",
    [
        [f"Locker {i + 1}" for i in range(24)],  # one word: numbered places of one site
        [f"{i % 28 + 1} {m}" for i, m in enumerate(["March", "April", "May", "June"] * 6)],  # written dates
        [f"{n} {i % 9 + 1}" for i, n in enumerate(NAMES)],  # people with a number
        [f"{w} {i % 3 + 1}" for i, w in enumerate(["Yoga", "Pilates", "Swim"] * 8)],  # repeats: levels, not houses
    ],
)
def test_lookalikes_are_no_streets(cells: list[str]) -> None:
    assert people_street_columns(_table(cells), ["c000", "c001", "c003"], FOUND) == {}


def test_needs_people_no_street_yet_and_a_placeholder_header() -> None:
    df = _table(STREETS)
    assert people_street_columns(df, list(df.columns), {"c003": "url"}) == {}
    assert people_street_columns(df, list(df.columns), {**FOUND, "c009": "street_address"}) == {}
    named = df.rename(columns={"c001": "Shelf"})
    assert people_street_columns(named, list(named.columns), FOUND) == {}


def test_plan_finds_the_street_column() -> None:
    df = _table(STREETS)
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "street_address"
