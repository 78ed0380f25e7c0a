"""Phone columns decided by their values alone (:mod:`column_phone_values`): numbers in groups with any one
separator and any words, valid beyond chance in a plan the table points to. Values are not any held-out set's."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_phone_values import (
    plan_of_numbers,
    read_cell_numbers,
    table_plan_hints,
    valid_number,
    value_phone_columns,
)


def test_cells_read_whatever_the_separator_and_the_words() -> None:
    assert read_cell_numbers("0921/4410/37") == (["0921/4410/37"], True)
    assert read_cell_numbers("9522 6190") == (["9522 6190"], True)
    assert read_cell_numbers("Mobil nr. 015 226 4410 | Faks 092 114 7730") == (
        ["015 226 4410", "092 114 7730"],
        True,
    )
    assert read_cell_numbers("(0-5) 2619044 sabah") == (["(0-5) 2619044"], True)
    assert read_cell_numbers("22614402") == (["22614402"], False)


def test_dates_amounts_and_codes_are_no_phone_cells() -> None:
    for cell in (
        "21.03.1994",
        "2027 01 28",
        "28 01 2027",
        "12 345",
        "EUR 1 200",
        "ORD2024113",
        "142 Hill Rd, flat 22901",
        "3,50",
        "a@b.io",
    ):
        assert read_cell_numbers(cell) is None, cell


def test_a_plan_taking_short_numbers_beyond_chance() -> None:
    numbers = ["7512 338", "74 90214", "7461 052", "7588 170", "74 31266", "7627 481"]
    assert plan_of_numbers(numbers, ["SB"])[0] == "SB"
    assert valid_number("0921/4410/37", "SS")
    # Random digit groups are taken by no plan far beyond chance.
    assert plan_of_numbers(["4821 0937", "1175 4402", "6630 1198", "3092 5571", "8814 2006"], []) is None


def test_table_points_to_its_plans() -> None:
    df = pd.DataFrame({"note": ["rang 00 677 7512 338 twice", ""], "mail": ["", "k.tovua@solomon.com.sb"]})
    assert table_plan_hints(df, {}) == ["SB"]


def test_hidden_phone_column_of_short_numbers_and_marker_words() -> None:
    phones = ["7512 338", "Mob.no 74 90214", "7461 052", "n/k", "7588 170 eves", "74 31266", "", "7627 481",
              "GSM 7512 338", "7690 433", "74 11873"]  # fmt: skip
    df = pd.DataFrame({"c001": phones, "c002": ["x.y@solomon.com.sb"] + [""] * 10})
    found = value_phone_columns(df, ["c001"], {"c001": None, "c002": None})
    assert found["c001"].entity == E.PHONE_NUMBER


def test_slashed_numbers_of_a_dialled_table() -> None:
    phones = ["0921/4410/37", "0915 226 441", "0977/3021/58", "0912 044 175 not Sundays", "0918/3377/02",
              "0929 603 118", "+211 921 441 037"]  # fmt: skip
    df = pd.DataFrame({"c004": phones})
    assert value_phone_columns(df, ["c004"], {"c004": None})["c004"].entity == E.PHONE_NUMBER


def test_counts_codes_amounts_dates_and_found_columns_are_left() -> None:
    df = pd.DataFrame(
        {
            "count": [str(x) for x in (12, 7, 31, 18, 4, 9, 22)],
            "amount": ["1 250", "12 400", "3 975", "880", "14 100", "2 030", "9 999"],
            "date": ["21.03.1994", "02.11.1987", "13.07.2001", "30.01.1979", "05.05.1990", "17.12.1985", "08.08.2008"],
            "codes": ["4821 0937", "1175 4402", "6630 1198", "3092 5571", "8814 2006", "2207 6613", "5531 0820"],
            "postcode": ["75011", "69003", "13008", "31000", "44000", "67000", "33000"],
            "register": ["2025/0101", "2025/0102", "2025/0103", "2025/0104", "2025/0106", "2025/0107", "2025/0108"],
            "found": ["0612345678"] * 7,
        }
    )
    names = list(df.columns)
    phone = ColumnDetection("found", E.PHONE_NUMBER, 1.0, 1.0, "values", 7, "fr_FR", "100% phone numbers")
    assert value_phone_columns(df, names, {c: None for c in names[:-1]} | {"found": phone}) == {}
