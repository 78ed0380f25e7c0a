"""A small table's people's town column under a placeholder header (:mod:`column_place_round`), and the towns
of :mod:`column_place_more_towns`."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_place_more_towns import more_towns
from safe_synthesizer.pii.column_place_round import people_town_columns, says_nothing
from safe_synthesizer.pii.replace import plan_columns

TOWNS = ["KAUNAS", "VILNIUS", "ŠIAULIAI", "KAUNAS", "PANEVĖŽYS", "VILNIUS", "unknown", "KAUNAS"] * 3
_STREETS = ["Gedimino pr.", "Laisvės al.", "Vilniaus g.", "Savanorių pr.", "Pilies g.", "Taikos pr."]
STREETS = [f"{_STREETS[i % 6]} {i * 7 % 90 + 1}-{i % 5 + 2}" for i in range(24)]
_FIRST = ["Jonas", "Tomas", "Mantas", "Lukas", "Paulius", "Darius"]
_LAST = ["Petraitis", "Kazlauskas", "Jankauskas", "Stankevičius"]
NAMES = [f"{f} {ln}" for f in _FIRST for ln in _LAST]


def _table() -> pd.DataFrame:
    return pd.DataFrame({"c000": NAMES, "c001": TOWNS, "c002": STREETS, "c003": [f"{i}@x.lt" for i in range(24)]})


def test_placeholder_headers() -> None:
    assert says_nothing("c003") and says_nothing("Unnamed: 4") and says_nothing("F7") and says_nothing("col_2")
    assert not says_nothing("Town") and not says_nothing("branch") and not says_nothing("Destination")


def test_people_town_beside_people_and_streets() -> None:
    found = {"c000": "name", "c002": "street_address", "c003": "email"}
    out = people_town_columns(_table(), ["c000", "c001", "c002", "c003"], found)
    assert list(out) == ["c001"] and out["c001"].entity == "city"


@pytest.mark.parametrize(
    "found",
    [
        {"c000": "name", "c003": "email"},  # no street lines: no home addresses to go with
        {"c002": "street_address"},  # no people
        {"c000": "name", "c002": "street_address", "c005": "city"},  # the people's town is known already
    ],
)
def test_no_town_without_the_table_evidence(found: dict) -> None:
    df = _table().assign(c005=["Vilnius"] * 24)
    if "c002" not in found:
        df = df.drop(columns="c002")  # no street lines in the table at all
    assert people_town_columns(df, list(df.columns), found) == {}


def test_branch_and_named_headers_stay() -> None:
    df = _table().assign(c004=["Kaunas", "Vilnius"] * 12, Destination=TOWNS)
    found = {"c000": "name", "c002": "street_address", "c003": "email"}
    out = people_town_columns(df, list(df.columns), found)
    assert "c004" not in out  # two towns for the whole table: a branch
    assert "Destination" not in out  # a header that says something keeps its own reading


def test_repeated_streets_are_no_home_addresses() -> None:
    df = _table().assign(c002=["Gedimino pr. 3", "Laisvės al. 10"] * 12)
    assert people_town_columns(df, list(df.columns), {"c000": "name", "c002": "street_address"}) == {}


def test_plan_finds_the_round_of_towns() -> None:
    df = _table()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "city"


MORE = ["Buxoro", "Shkodër", "GAILLIMH", "Sabadell", "Paysandú", "LUBANGO", "Åbo", "Jakobstad", "Ocho Rios",
        "KAOLACK", "Bruxelles", "مدينة حمد", "ALAJUELA", "Marseille", "Seattle", "Glasgow", "Curitiba", "Ankara",
        "Guadalajara", "Toronto", "Melbourne"]  # fmt: skip


@pytest.mark.parametrize("town", MORE)
def test_more_towns_listed(town: str) -> None:
    assert V.is_listed_city(town)


@pytest.mark.parametrize("word", ["Mercedes", "Loja", "Heredia", "Lovisa", "Berat", "Nice", "Reading", "Natal"])
def test_names_and_words_left_out(word: str) -> None:
    assert not V.is_listed_city(word)


def test_one_word_towns_are_no_known_names() -> None:
    # A column of people must not read as towns: no one-word town of the list is a known first name or surname.
    single = [t for t in more_towns() if " " not in t]
    assert [t for t in single if V.first_name_known(t) or V.last_name_known(t)] == []


def test_big_cities_that_are_names_count_in_a_round() -> None:
    # ``London`` and ``Birmingham`` are surnames too and no town list holds them; in a round of towns beside
    # people's street lines they are towns.
    towns = ["London", "Leeds", "Birmingham", "Bristol", "London", "Sheffield", "unknown", "Leeds"] * 3
    df = _table().assign(c001=towns)
    found = {"c000": "name", "c002": "street_address", "c003": "email"}
    assert list(people_town_columns(df, list(df.columns), found)) == ["c001"]


def test_a_round_of_surnames_is_no_town_column() -> None:
    surnames = ["Moreno", "Herrera", "Villa", "Salgado", "Navarro", "Moreno"] * 4
    df = _table().assign(c001=surnames)
    found = {"c000": "name", "c002": "street_address", "c003": "email"}
    assert people_town_columns(df, list(df.columns), found) == {}


def test_town_beside_a_street_column_of_names_and_numbers() -> None:
    # The street column is found by the later street pass (``Tartu mnt 83``: no street type a list knows): the
    # town round reads it as the people's street lines all the same.
    streets = [
        f"{['Tartu mnt', 'Vana-Kalamaja tn', 'Lille tn', 'Narva mnt'][i % 4]} {i * 11 % 170 + 1}" for i in range(24)
    ]
    df = _table().assign(c002=streets)
    found = {"c000": "name", "c003": "email"}
    assert list(people_town_columns(df, list(df.columns), found)) == ["c001"]
