"""Few-value phone columns beside a phone column found (``column_phone_siblings``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_phone_siblings import sibling_phone_columns

_PHONE = ColumnDetection("c002", E.PHONE_NUMBER, 1.0, 1.0, "values", 20, None, "")
OWNERS = ["8124.5198", "+65 6089 4553", "+65 6104 7522", "6134.6662", "+65 8181 3808", "8128.8729", "8549.0297",
          "8167.3175", "6465.8471 ext. 40", "+65 8191 2336"]  # fmt: skip


def _frame(other: list) -> pd.DataFrame:
    n = max(len(OWNERS), len(other))
    return pd.DataFrame({"c002": (OWNERS * 2)[:n], "c010": (other + [None] * n)[:n]})


def test_a_few_numbers_in_the_found_columns_layout_are_phones() -> None:
    df = _frame(["8125 8831", "8115 0131", "8191 2336", "8282 7689"])
    found = sibling_phone_columns(df, {"c002": _PHONE, "c010": None})
    assert set(found) == {"c010"} and found["c010"].entity == E.PHONE_NUMBER


def test_greenland_pairs_beside_greenland_phones() -> None:
    owners = ["221969", "22.06.25", "22.19.69", "225000", "32.65.90 x397", "+299221609", "236491", "22.12.50"]
    df = pd.DataFrame({"c002": owners, "c009": ["22 12 50", "22 50 00", "26 98 63", None, None, None, None, None]})
    assert set(sibling_phone_columns(df, {"c002": _PHONE, "c009": None})) == {"c009"}


def test_other_columns_beside_phones_are_left() -> None:
    for other in (
        ["4111 1111 1111 1111", "5500 0000 0000 0004"],  # card numbers: another layout
        ["12345678", "87654321"],  # bare runs: order numbers as often
        ["1234 5678", "2234 5678"],  # the layout but not the leading digits
        ["8125 8831", "ask at desk"],  # not every value a number
        ["12.06.25", "01.02.24"],  # dates
    ):
        df = _frame(other)
        assert sibling_phone_columns(df, {"c002": _PHONE, "c010": None}) == {}, other


def test_nothing_without_a_phone_column_found() -> None:
    df = _frame(["8125 8831", "8115 0131"])
    assert sibling_phone_columns(df, {"c002": None, "c010": None}) == {}
