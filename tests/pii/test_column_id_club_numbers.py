"""A club's or federation's numbers behind a few letter prefixes are no national ids (column_id_club_numbers)."""

from __future__ import annotations

import random

import pandas as pd
from stdnum.es import dni

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_club_numbers import club_number_columns, club_numbered


def _found(entity: str) -> ColumnDetection:
    return ColumnDetection("c", entity, 1.0, 1.0, "name+values", 0, None, "ID codes")


def test_few_prefixes_before_short_serials_are_a_registers_numbers() -> None:
    rng = random.Random(55101)
    federation = [f"{rng.choice(('BJA', 'LIC', 'J'))}{rng.randint(10000, 99999)}" for _ in range(30)]
    tennis = [f"{rng.choice(('TC', 'JR'))}-{rng.randint(100, 9999)}" for _ in range(20)]
    chess = [f"{rng.choice(('FFE', 'CLB', 'A', 'B'))} {rng.randint(1, 99999)}" for _ in range(25)]
    for column in (federation, tennis, chess):
        assert club_numbered(column), column[:3]


def test_national_ids_passports_and_licences_are_kept() -> None:
    rng = random.Random(55102)
    letters = "ABCEGHJKLMNPRSTWXYZ"
    nino = [f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 999999):06d}{rng.choice('ABCD')}"
            for _ in range(30)]  # fmt: skip
    hkid = [f"{rng.choice(letters)}{rng.randint(100000, 999999)}({rng.randint(0, 9)})" for _ in range(30)]
    passports = [f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(1000000, 9999999)}" for _ in range(30)]
    spanish = [(d := f"{rng.randint(0, 99999999):08d}") + dni.calc_check_digit(d) for _ in range(30)]
    many_series = [f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(1000, 99999)}" for _ in range(40)]
    for column in (nino, hkid, passports, spanish, many_series):
        assert not club_numbered(column), column[:3]


def test_too_few_values_say_nothing() -> None:
    assert not club_numbered(["BJA12345", "J23456", "BJA12345", ""])


def test_only_id_findings_on_such_columns_are_given_back() -> None:
    rng = random.Random(55103)
    df = pd.DataFrame(
        {
            "Licence no": [f"{rng.choice(('BJA', 'LIC', 'J'))}{rng.randint(10000, 99999)}" for _ in range(12)],
            "Pitch": [f"{rng.choice('ABCD')}{rng.randint(1, 40)}" for _ in range(12)],
            "NINO": [f"QQ{rng.randint(0, 999999):06d}C" for _ in range(12)],
        }
    )
    found = {"Licence no": _found("national_id"), "Pitch": _found("postcode"), "NINO": _found("national_id")}
    assert club_number_columns(df, found) == ["Licence no"]
