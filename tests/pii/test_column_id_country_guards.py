"""Numbers and codes of a bare id's length that are no person's id (column_id_country_guards)."""

from __future__ import annotations

import random
import string

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_country import country_id_detections, country_id_evidence
from safe_synthesizer.pii.column_id_country_guards import lookalike_reason

_RNG = random.Random(35101)


def _digits(n: int) -> str:
    return "".join(_RNG.choice(string.digits) for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


NIN = [str(_RNG.randrange(1, 10)) + _digits(10) for _ in range(30)]
BRANCHES = ["4817", "9302", "6655"]
ACCOUNTS = [_RNG.choice(BRANCHES) + _RNG.choice(["01", "02"]) + _digits(5) for _ in range(30)]
COUNTER = [f"{c:011d}" for c in sorted(_RNG.sample(range(100, 900), 30))]
CARDS = [(b := "4" + _digits(14)) + _luhn_digit(b) for _ in range(30)]
FIN = ["".join(_RNG.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(7)) for _ in range(30)]
PLATES = [f"{_RNG.randrange(10, 99)}{_RNG.choice('ABCDEFGH')}{_RNG.choice('JKLMNPRS')}{_digits(3)}" for _ in range(30)]
SKUS = ["".join(_RNG.choice(string.ascii_uppercase + string.digits) for _ in range(7)) for _ in range(30)]


def test_random_ids_are_no_lookalike() -> None:
    assert lookalike_reason(NIN, "ng.nin") is None
    assert lookalike_reason(FIN, "az.fin") is None
    assert country_id_evidence(NIN, "NG")[0] == 1.0


def test_accounts_of_a_few_branches_and_padded_counters_are_no_nin() -> None:
    assert "blocks" in lookalike_reason(ACCOUNTS, "ng.nin")
    assert country_id_evidence(ACCOUNTS, "NG")[0] == 0.0
    assert country_id_evidence(COUNTER, "GE")[0] == 0.0  # 00000000417: narrow once its width is kept


def test_accounts_of_many_branches_over_many_rows_are_no_nin() -> None:
    branches = [str(_RNG.randrange(1000, 10000)) for _ in range(30)]
    accounts = [_RNG.choice(branches) + _RNG.choice("0123") + _digits(6) for _ in range(400)]
    assert "repeat" in lookalike_reason(accounts, "ng.nin")
    assert lookalike_reason([str(_RNG.randrange(1, 10)) + _digits(10) for _ in range(500)], "ng.nin") is None


def test_two_card_generations_in_one_column_are_read_per_length() -> None:
    smart = [str(_RNG.randrange(1, 10)) + _digits(9) for _ in range(20)]
    old = [str(_RNG.randrange(1950, 2005)) + _digits(13) for _ in range(20)]
    assert country_id_evidence(smart + old, "BD")[0] == 1.0


def test_check_digit_and_dated_numbers_are_no_id() -> None:
    assert "Luhn" in lookalike_reason(CARDS, "ph.psn")
    assert country_id_evidence([f"{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}" for c in CARDS], "PH")[0] == 0.0
    bodies = ["896" + _digits(9) for _ in range(30)]
    gtins = [b + str((10 - sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(b))) % 10) % 10)
             for b in bodies]  # fmt: skip
    assert "GS1" in lookalike_reason(gtins, "pk.cnic")
    stamps = [f"2024{_RNG.randrange(1, 13):02d}{_RNG.randrange(1, 29):02d}{_digits(3)}" for _ in range(30)]
    assert "dated" in lookalike_reason(stamps, "ng.nin")


def test_plates_and_skus_with_i_or_o_are_no_fin() -> None:
    assert country_id_evidence(PLATES, "AZ")[0] == 0.0
    assert country_id_evidence(SKUS, "AZ")[0] == 0.0


def _found(locale: str, name: bool) -> dict[str, ColumnDetection]:
    found = {"tel": ColumnDetection("tel", E.PHONE_NUMBER, 1.0, 1.0, "values", 30, locale, "")}
    if name:
        found["who"] = ColumnDetection("who", E.NAME, 1.0, 1.0, "values", 30, locale, "")
    return found


def test_ids_need_a_table_of_people() -> None:
    df = pd.DataFrame({"who": ["x"] * 30, "tel": ["y"] * 30, "c": NIN})
    assert set(country_id_detections(df, _found("en_NG", True), entities=[E.NATIONAL_ID])) == {"c"}
    assert country_id_detections(df, _found("en_NG", False), entities=[E.NATIONAL_ID]) == {}
