"""Tests of :mod:`safe_synthesizer.pii.column_address_own_towns`: town findings foreign to whole address cells."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_address_own_towns import address_names_a_town, own_town_address_vetoes
from safe_synthesizer.pii.column_detector import ColumnDetection


def _det(column: str, entity: str, method: str = "values+block-few") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.8, 0.8, method, 10)


def test_whole_addresses_name_their_town() -> None:
    assert address_names_a_town("Storgatan 4; Borlänge; 78431")
    assert address_names_a_town("Uppsala: Kungsgatan 12, 75321")
    assert address_names_a_town('{"rue": "près du marché", "ville": "Maradi"}')
    assert not address_names_a_town("12 High Street")
    assert not address_names_a_town("Flat 3, 12 High Street")


def test_stones_beside_addresses_with_their_own_towns_are_no_towns() -> None:
    df = pd.DataFrame({
        "c001": ["Storgatan 4; Borlänge; 78431", "", "Kungsgatan 12; Uppsala; 75321", "", "Nygatan 3; Västerås; 72211"],
        "c002": ["Portland", "Ketton", "Ancaster", "Bath stone", "Clipsham"],
    })  # fmt: skip
    found = {"c001": _det("c001", "address", "values"), "c002": _det("c002", "city")}
    assert own_town_address_vetoes(df, found) == ["c002"]


def test_a_town_column_repeating_the_address_town_stands() -> None:
    df = pd.DataFrame({
        "c001": ["Storgatan 4; Borlänge; 78431", "", "Kungsgatan 12; Uppsala; 75321", "", "Nygatan 3; Västerås; 72211"],
        "c002": ["Borlänge", "Kalmar", "Uppsala", "Umeå", "Västerås"],
    })  # fmt: skip
    found = {"c001": _det("c001", "address", "values"), "c002": _det("c002", "city")}
    assert own_town_address_vetoes(df, found) == []


def test_street_lines_without_towns_say_nothing() -> None:
    df = pd.DataFrame({"c001": ["4 Mill Lane", "12 High Street", "3 Church Road"], "c002": ["Leeds", "York", "Hull"]})
    assert own_town_address_vetoes(df, {"c001": _det("c001", "street_address"), "c002": _det("c002", "city")}) == []


def test_dogs_and_their_numbers_beside_json_addresses_are_dropped_together() -> None:
    df = pd.DataFrame({
        "dog": ["Old Shep", "Fly", "Ben", "Meg"],
        "reg": ["310221", "322871", "301554", "318812"],
        "adresse": ['{"rue": "Bobiel", "ville": "Maradi"}', '{"rue": "Plateau", "ville": "Dosso"}',
                    '{"rue": "Yantala", "ville": "Niamey"}', '{"rue": "Talladjé", "ville": "Zinder"}'],
    })  # fmt: skip
    found = {"dog": _det("dog", "city", "values+pair"), "reg": _det("reg", "postcode", "values+pair")}
    assert sorted(own_town_address_vetoes(df, found)) == ["dog", "reg"]


def test_a_header_naming_towns_is_trusted() -> None:
    addresses = ["Storgatan 4; Borlänge; 78431", "Nygatan 3; Västerås; 72211"]
    df = pd.DataFrame({"c001": addresses, "Town": ["Ketton", "Ancaster"]})
    found = {"c001": _det("c001", "address", "values"), "Town": _det("Town", "city")}
    assert own_town_address_vetoes(df, found) == []
