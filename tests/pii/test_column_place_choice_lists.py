"""Cells listing a few choices in any order are no addresses (column_place_choice_lists)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_place_choice_lists import choice_list_column, choice_list_columns


def _found(entity: str) -> ColumnDetection:
    return ColumnDetection("c", entity, 0.9, 0.9, "classifier", 0, None, "model")


def _lists(rng: random.Random, items: tuple[str, ...], n: int) -> list[str]:
    return [", ".join(rng.sample(items, rng.randint(1, 3))) for _ in range(n)]


def test_multi_select_answers_are_choices() -> None:
    rng = random.Random(55201)
    sports = _lists(rng, ("Table Tennis", "Water Polo", "Cross Country", "Netball", "Five A Side", "Tag Rugby"), 40)
    allergies = _lists(rng, ("Tree Nuts", "Shellfish", "Cow's Milk", "Sesame Seeds", "Gluten"), 30)
    for column in (sports, allergies):
        assert choice_list_column(column), column[:3]


def test_addresses_keep_their_order() -> None:
    rng = random.Random(55202)
    villages = ["Old Road", "Sandy Point", "Cayon", "Tabernacle", "Gingerland", "Cotton Ground"]
    streets = ["Main Street", "Bay Road", "Lime Kiln", "Church Lane", "behind the Cenotaph", "Pond Road"]
    lines = [
        ", ".join([*([rng.choice(streets)] if rng.random() < 0.7 else []), rng.choice(villages), "St. Kitts"])
        for _ in range(40)
    ]
    towns_regions = [f"{rng.choice(villages)}, {rng.choice(('Nevis', 'St. Kitts'))}" for _ in range(30)]
    numbered = [f"{rng.randint(1, 99)} {rng.choice(streets)}, {rng.choice(villages)}" for _ in range(30)]
    for column in (lines, towns_regions, numbered):
        assert not choice_list_column(column), column[:3]


def test_only_place_findings_are_given_back() -> None:
    rng = random.Random(55203)
    methods = _lists(rng, ("Plain Hunt", "Little Bob", "Kent Treble Bob", "Stedman Doubles", "Grandsire Doubles"), 20)
    df = pd.DataFrame({"a": methods, "b": methods})
    found = {"a": _found("street_address"), "b": _found("name")}
    assert choice_list_columns(df, found) == ["a"]
