"""Address cells in the layouts the part reader leaves whole: a locality label before a colon, a street on a
cross-street marker, settlement addresses of places and a postcode. Values are made up for these tests."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.address_cell_layouts import (
    address_layout_columns,
    address_layout_evidence,
    read_address_layout,
    reads_as_address_cells,
)


def test_a_locality_label_before_a_colon_is_a_part() -> None:
    assert read_address_layout("KADUGLI: opposite the grain store").kinds == ("locality", "landmark")
    assert read_address_layout("San Carlo: Via dei Mulini 12").kinds == ("locality", "street")


def test_a_time_or_a_label_of_a_number_is_no_locality_label() -> None:
    reading = read_address_layout("Pickup 12:30 near gate")
    assert reading is None or "landmark" not in reading.kinds or reading.kinds[0] != "locality"


def test_a_house_on_a_cross_street_marker_is_a_street() -> None:
    assert read_address_layout("Gral. Díaz 881 c/ Yegros / Limpio / 110201").kinds == ("street", "locality", "postcode")
    assert read_address_layout("Calle Obispo No. 55 e/ Cuba y Aguiar").kinds[0] == "street"


def test_column_of_colon_labelled_addresses_is_an_address_column() -> None:
    values = ["KADUGLI: opposite the grain store", "DILLING: behind the mosque", "TALODI: Hai Salam 4",
              "KADUGLI: near the water tower", "DILLING: Hai Jebel", "TALODI: behind the mosque",
              "KADUGLI: Hai Salam 9", "DILLING: opposite the grain store"] * 2  # fmt: skip
    assert address_layout_evidence(pd.Series(values))[0] == "address"


def test_column_of_settlement_addresses_beside_box_numbers_is_an_address_column() -> None:
    values = ["Box 311 / Utwe, Kosrae / FM 96944", "Pilung / Utwe, Kosrae / FM 96944",
              "Box 87 / Madolenihmw / FM 96941",
              "Sokehs, near the old church / Pohnpei / FM 96941", "Wone / Kitti, Pohnpei / FM 96941",
              "Box 950 / Kitti, Pohnpei / FM 96941"]  # fmt: skip
    assert address_layout_evidence(pd.Series(values))[0] == "address"


def test_categories_labels_and_times_are_no_address_column() -> None:
    for values in (
        ["Size: Large", "Size: Medium", "Colour: Blue", "Size: Small", "Colour: Red"],
        ["Status: pending", "Status: done", "Note: call back", "Status: open"],
        ["Gate 12", "Gate 14", "Gate 3", "Gate 7"],
        ["Route 66", "Route 9", "Route 12", "Route 40"],
        ["Red / Blue", "Green / Yellow", "Black / White", "Blue / Grey"],
        ["Moor Lane field", "Hanging Wood", "Rectory garden", "Top meadow"],
    ):
        assert address_layout_evidence(pd.Series(values * 3)) is None, values


def test_address_cells_are_no_prose() -> None:
    cells = ["Camp Ridge Cove, Unit 25 / Port Kelsey / BBND 1ZZ", "Building 12, Room 40 / Port Kelsey / BBND 1ZZ",
             "HS2 9QP Tobar Mòr; 15 Sràid na Drochaid", "7 Harbour Road / Port Kelsey / BBND 1ZZ"]  # fmt: skip
    assert reads_as_address_cells(cells)
    notes = ["Called the owner about the boat, she will come on Friday.", "Left the keys at 4 Elm Road with Ann."]
    assert not reads_as_address_cells(notes)


def test_columns_decided_or_cued_otherwise_are_left() -> None:
    values = ["KADUGLI: opposite the grain store", "DILLING: behind the mosque", "TALODI: Hai Salam 4"] * 3
    df = pd.DataFrame({"c001": values, "Phone": values, "c002": values})
    out = address_layout_columns(df, list(df.columns), {"c002": object()})
    assert set(out) == {"c001"} and out["c001"].entity == "address"


def test_names_in_register_form_and_titled_names_are_no_addresses() -> None:
    values = ["Okafor, T. (Tunde)", "Dr T. Okafor OBE", "Mensah, A. (Ama)", "Dr. K. Mensah MBE", "Owusu, K. (Kofi)"]
    assert address_layout_evidence(pd.Series(values * 2)) is None


def test_a_town_header_keeps_its_column() -> None:
    values = ["KADUGLI: opposite the grain store", "DILLING: behind the mosque", "TALODI: Hai Salam 4"] * 3
    df = pd.DataFrame({"Town": values})
    assert address_layout_columns(df, ["Town"], {}) == {}
