"""Town columns by the tz database's and the phone geocoder's places, and CJK administrative names. Values are
chosen for these tests (Greenland's settlements, Kazakh districts), not a held-out set's."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_gazetteer_towns import (
    cjk_admin_place,
    gazetteer_town_columns,
    gazetteer_town_evidence,
    gazetteer_towns,
)


def test_gazetteer_names_places_with_their_country() -> None:
    listed = gazetteer_towns(["Nuuk", "Danmarkshavn", "Spirit of Tom"])
    assert listed["nuuk"] == frozenset({"GL"})
    assert "spirit of tom" not in listed


def test_cjk_administrative_names() -> None:
    assert cjk_admin_place("阿勒泰市") and cjk_admin_place("海淀区") and cjk_admin_place("수원시")
    assert not cjk_admin_place("北京东路298号") and not cjk_admin_place("苹果")


def test_towns_of_one_country_beside_an_address_block_are_a_town_column() -> None:
    towns = pd.Series(["Nuuk", "Nuuk", "Qaqortoq", "Nuuk", "Danmarkshavn", "Nuuk", "Ittoqqortoormiit", "Nuuk"] * 2)
    assert gazetteer_town_evidence(towns, second_cue=True) is not None
    cjk = pd.Series(["阿勒泰市", "伊宁市", "阿勒泰市", "奎屯市", "伊宁市", "阿勒泰市"] * 2)
    assert gazetteer_town_evidence(cjk) is not None


def test_boats_products_teams_and_countries_are_no_towns() -> None:
    for values in (
        ["Mary Rose", "Grace Darling", "Sir Humphrey", "Lady Jane", "Mary Rose", "Grace Darling"],
        ["Private", "Self-emp-not-inc", "Private", "Local-gov", "Private", "State-gov"],
        ["United-States", "Mexico", "United-States", "Philippines", "United-States", "Germany"],
        ["Victoria", "Kent", "Victoria", "Grace", "Kent", "Victoria"],
        ["Red", "Blue", "Red", "Green", "Blue", "Red"],
    ):
        assert gazetteer_town_evidence(pd.Series(values * 2), second_cue=True) is None, values


def test_places_of_many_countries_are_no_town_column() -> None:
    values = ["Nuuk", "Kabul", "Asmara", "Nuuk", "Kabul", "Asmara"] * 2
    assert gazetteer_town_evidence(pd.Series(values), second_cue=True) is None


def test_a_second_cue_is_needed_when_few_values_are_listed() -> None:
    towns = ["Nuuk", "Nuuk", "Sermersooq", "Nuuk", "Kangerluk", "Nuuk", "Ikerasak", "Nuuk"] * 2
    streets = ["Aqqusinersuaq 4", "Hus 12", "Imaneq 21", "Hus 3", "Aqqusinersuaq 9", "Hus 40", "Imaneq 2", "Hus 7"] * 2
    alone = pd.DataFrame({"c001": [f"K{i}" for i in range(16)], "c002": towns})
    assert gazetteer_town_columns(alone, list(alone.columns), {}) == {}
    block = pd.DataFrame({"c001": streets, "c002": towns})
    assert gazetteer_town_columns(block, list(block.columns), {})["c002"].entity == "city"
    found = {"c001": ColumnDetection("c001", "street_address", 0.9, 0.9, "values", 16)}
    assert "c002" in gazetteer_town_columns(alone, list(alone.columns), found)


def test_one_listed_name_among_dedications_is_no_town_column() -> None:
    values = ["Holy Cross", "St Lawrence", "St Peter & St Paul", "St Lawrence", "Christ Church", "St Lawrence",
              "St Mary the Virgin", "Holy Cross"] * 2  # fmt: skip
    assert gazetteer_town_evidence(pd.Series(values), second_cue=True) is None
