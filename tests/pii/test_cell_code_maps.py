"""A program's map literal of name fields is read as the name, and a fake goes back into the same fields."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cell_code_maps import map_layer, map_name_fields


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        ("['first' => 'Pamela', 'last' => 'Stone']", "Pamela Stone"),
        ("['name' => '서영희']", "서영희"),
        ("['first' => 'Daniel', 'last' => 'Ndung\\'u']", "Daniel Ndung'u"),
        ("{'given': 'Ana', 'family': 'Berg'}", "Ana Berg"),
        ('{first: "Ana", last: "Berg"}', "Ana Berg"),
        ("@{Name='Ana Berg'}", "Ana Berg"),
        ('%{"name" => "Ana Berg"}', "Ana Berg"),
        ('{name = "Ana Berg", city = "Oslo"}', "Ana Berg"),
        ("array('first' => 'Ana', 'middle' => 'Lu', 'last' => 'Berg')", "Ana Lu Berg"),
    ],
)
def test_name_fields_of_a_map_are_read(cell: str, name: str) -> None:
    text, _, kind = map_layer(cell)
    assert (text, kind) == (name, "map")


@pytest.mark.parametrize(
    "cell",
    [
        "{'sku': 'A-12', 'qty': '3'}",
        "('June', 'Jackson')",
        "['Ana', 'Berg']",
        "Ana Berg",
        "{'first': 'Ana', 'first_name': 'Lu'}",
        "name: Ana Berg",
        "{'name': 'Ana'} and more",
    ],
)
def test_cells_that_are_no_map_of_name_fields_are_left(cell: str) -> None:
    assert map_layer(cell) is None


def test_the_fake_goes_back_field_by_field() -> None:
    dress = map_layer("['first' => 'Rico', 'last' => 'Vives Robledo']")[1]
    assert dress("Lena Ruiz Soto") == "['first' => 'Lena', 'last' => 'Ruiz Soto']"
    assert (
        map_layer('{name = "Ana Berg", city = "Oslo"}')[1]("Lena Fischer") == '{name = "Lena Fischer", city = "Oslo"}'
    )


def test_a_quote_in_the_fake_is_escaped() -> None:
    dressed = map_layer("['name' => 'Ana Berg']")[1]("Lena O'Neil")
    assert dressed == "['name' => 'Lena O\\'Neil']"
    assert map_name_fields(dressed)[0][2] == "Lena O'Neil"
