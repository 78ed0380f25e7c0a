"""Handles read as people inside a person column, and login columns agreeing with their rows' names."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_handle_people import column_words, handle_person_cells, login_columns, row_agreement


def _name(col: str) -> ColumnDetection:
    return ColumnDetection(col, E.NAME, 1.0, 1.0, "test", 10, None, "")


def test_handles_read_by_the_column_words_wherever_their_digits_are() -> None:
    cells = ["Tadeo Wirihana", "t51wirihana", "wirihana08t", "Mereana Kotuku", "mereana77.kotuku", "k3kotuku",
             "pending", "blue_widget"]  # fmt: skip
    read = handle_person_cells(cells)
    assert set(read) == {"t51wirihana", "wirihana08t", "mereana77.kotuku", "k3kotuku"}
    assert read["mereana77.kotuku"].names == ("mereana", "kotuku")


def test_handles_lend_their_words_to_each_other() -> None:
    read = handle_person_cells(["ngaio22.tawhiri", "t9tawhiri"], frozenset({"ngaio"}))
    assert set(read) == {"ngaio22.tawhiri", "t9tawhiri"}


def test_column_words_leave_the_handles_out() -> None:
    assert column_words(["Ana Ruiz", "aruiz9"]) == frozenset({"ana", "ruiz"})


def test_row_agreement_counts_handles_holding_their_rows_name() -> None:
    rows = [frozenset({"tadeo", "wirihana"}), frozenset({"mereana", "kotuku"}), frozenset({"ana", "ruiz"})]
    assert row_agreement(["t51wirihana", "kotuku.m", "lamp_02"], rows) == (2, 3)


def test_a_login_column_beside_the_name_column_is_people() -> None:
    given = ["Tadeo", "Mereana", "Ana", "Hemi", "Aroha", "Wiremu"]
    family = ["Wirihana", "Kotuku", "Ruiz", "Parata", "Ngata", "Tamihana"]
    df = pd.DataFrame({
        "who": [f"{g} {f}" for g, f in zip(given, family, strict=True)],
        "acct": [f"{g[0].lower()}{i}{f.lower()}" for i, (g, f) in enumerate(zip(given, family, strict=True))],
        "sku": [f"lamp_{i:02d}_blue" for i in range(6)],
    })  # fmt: skip
    found = login_columns(df, ["acct", "sku"], {"who": _name("who")})
    assert set(found) == {"acct"}
    assert found["acct"].entity == E.NAME


def test_codes_and_words_are_no_login_column() -> None:
    df = pd.DataFrame({"code": ["carpet2020", "img_4471", "report.final", "sku-9-red", "window_v2", "table3"]})
    assert login_columns(df, ["code"], {}) == {}


def test_capitalised_towns_and_double_given_names_are_no_login_column() -> None:
    towns = ["Boyer-sur-Gosselin", "Brownbury", "Hans-Erich", "Collinsberg", "Davidville", "Chauvet-sur-Humbert"]
    assert login_columns(pd.DataFrame({"place": towns}), ["place"], {}) == {}
