"""Bare-digit national id columns told by the table's country (column_id_country)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_country import country_id_detections, country_id_evidence

_RNG = random.Random(3)
NIN = [str(_RNG.randrange(10**10, 10**11)) for _ in range(30)]
FIN = ["".join(_RNG.choice("0123456789ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(6)) + str(i % 10) for i in range(30)]


def _found(locale: str) -> dict[str, ColumnDetection]:
    return {
        "who": ColumnDetection("who", E.NAME, 1.0, 1.0, "values", 30, locale, ""),
        "tel": ColumnDetection("tel", E.PHONE_NUMBER, 1.0, 1.0, "values", 30, locale, ""),
    }


def test_eleven_random_digits_are_a_nigerian_nin_column_in_a_nigerian_table() -> None:
    assert country_id_evidence(NIN, "NG")[0] == 1.0
    df = pd.DataFrame({"who": ["x"] * 30, "tel": ["y"] * 30, "c": NIN, "age": list(range(30))})
    found = country_id_detections(df, _found("en_NG"), entities=[E.NATIONAL_ID, E.NAME])
    assert set(found) == {"c"}
    assert found["c"].entity == E.NATIONAL_ID


def test_fin_codes_in_an_azerbaijani_table() -> None:
    assert country_id_evidence(FIN, "AZ")[0] == 1.0


def test_the_same_digits_in_another_countrys_table_are_no_id_column() -> None:
    df = pd.DataFrame({"who": ["x"] * 30, "tel": ["y"] * 30, "c": NIN})
    assert country_id_detections(df, _found("de_DE"), entities=[E.NATIONAL_ID]) == {}
    assert country_id_detections(df, _found("en_NG"), entities=[E.NAME]) == {}  # ids not asked for


def test_sequential_repeated_and_phone_numbers_are_no_id_column() -> None:
    sequential = [str(40_000_000_000 + i) for i in range(30)]
    repeated = NIN[:5] * 6
    phones = ["0803" + str(_RNG.randrange(10**6, 10**7)) for _ in range(30)]
    words = ["ABCDEFG"] * 15 + ["HJKLMNP"] * 15
    assert country_id_evidence(sequential, "NG")[0] == 0.0
    assert country_id_evidence(repeated, "NG")[0] == 0.0
    assert country_id_evidence(phones, "NG")[0] == 0.0
    assert country_id_evidence(words, "AZ")[0] == 0.0


def test_ids_repeated_with_one_person_each_are_a_visit_log_of_ids() -> None:
    people = [f"Person {i}" for i in range(30)]
    rows = list(range(30)) + list(range(30)) + list(range(15))  # each person two or three times
    df = pd.DataFrame({"who": [people[i] for i in rows], "tel": ["y"] * len(rows), "c": [NIN[i] for i in rows]})
    found = country_id_detections(df, _found("en_NG"), entities=[E.NATIONAL_ID])
    assert set(found) == {"c"}
    shuffled = pd.DataFrame({"who": people * 2 + people[:15], "tel": ["y"] * len(rows), "c": [NIN[i] for i in rows]})
    shuffled["who"] = shuffled["who"].sample(frac=1.0, random_state=1).to_numpy()  # ids not tied to one person
    assert country_id_detections(shuffled, _found("en_NG"), entities=[E.NATIONAL_ID]) == {}


def test_nin_column_with_blank_cells_read_as_floats() -> None:
    nins = [float(v) for v in NIN[:27]] + [float("nan")] * 3
    df = pd.DataFrame({"who": ["x"] * 30, "tel": ["y"] * 30, "c": nins})
    assert df["c"].dtype == "float64"
    assert set(country_id_detections(df, _found("en_NG"), entities=[E.NATIONAL_ID])) == {"c"}
    amounts = pd.DataFrame({"who": ["x"] * 30, "tel": ["y"] * 30, "c": [float(v) + 0.25 for v in NIN]})
    assert country_id_detections(amounts, _found("en_NG"), entities=[E.NATIONAL_ID]) == {}
