"""Id columns of bare, spaced and dressed ids decided on the ids inside; phone findings taken back on a check."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_respelled import respelled_id_columns, spelt_id_cores


def _phone(name: str) -> ColumnDetection:
    return ColumnDetection(name, E.PHONE_NUMBER, 0.9, 0.9, "values", 10)


NINOS = ['number: "LG 13 72 28 C"', "TM 90 84 92 D", "P M 4 3 7 3 7 4 B", "BT 11 50 69 A",
         "CZ 24 61 91 A, exp. 12/2030", "YJ 29 34 14 B", "C B 7 6 9 8 5 1 D", "OG 84 61 45 A",
         "MC 55 58 41 A ✔ verified"]  # fmt: skip
SNILS = ["7 9 6 - 1 5 3 - 6 9 2 5 6", "430-485-367 71 ✔ verified", "313-121-962 16", "251-231-295 24, exp. 06/2035"]
SSNS = ["804-83-4333, exp. 02/2027", "6 7 0 - 6 8 - 1 0 3 1", 'number: "670-68-1031"', "638-97-8865", "851-24-7666"]


def test_undecided_nino_column() -> None:
    df = pd.DataFrame({"c008": NINOS * 3})
    got = respelled_id_columns(df, ["c008"], {"c008": None})
    assert got["c008"].entity == E.NATIONAL_ID


def test_phone_finding_of_snils_taken_back() -> None:
    df = pd.DataFrame({"c009": SNILS * 5})
    got = respelled_id_columns(df, ["c009"], {"c009": _phone("c009")})
    assert got["c009"].entity == E.NATIONAL_ID


def test_ssn_column() -> None:
    df = pd.DataFrame({"c011": SSNS * 4})
    assert respelled_id_columns(df, ["c011"], {"c011": _phone("c011")})["c011"].entity == E.SSN


def test_bare_columns_left_to_other_passes() -> None:
    df = pd.DataFrame({"c001": ["TM 90 84 92 D", "BT 11 50 69 A", "YJ 29 34 14 B", "OG 84 61 45 A"] * 3})
    assert spelt_id_cores(df["c001"].tolist()) is None


def test_phones_stay_phones() -> None:
    phones = ["0612 345 678", "+31 6 1234 5679", "06-12345680 (mobile)", "0 6 1 2 3 4 5 6 8 1", "0612 345 682"]
    df = pd.DataFrame({"c003": phones * 3})
    assert respelled_id_columns(df, ["c003"], {"c003": _phone("c003")}) == {}


def test_order_numbers_are_not_ids() -> None:
    orders = ["Order 4 4 1 2 7 7 0 1", "Order 55120934", "ORD 9 9 1 2 3 4 5 6", "order 7712 0043", "Order 11223344"]
    df = pd.DataFrame({"c004": orders * 3})
    assert respelled_id_columns(df, ["c004"], {"c004": None}) == {}


def test_other_findings_kept() -> None:
    df = pd.DataFrame({"ID": NINOS})
    found = {"ID": ColumnDetection("ID", E.NATIONAL_ID, 1.0, 1.0, "values", 9)}
    assert respelled_id_columns(df, ["ID"], found) == {}
