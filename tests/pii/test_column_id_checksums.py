"""Ids told from phones by a national scheme's check (:mod:`column_id_checksums`), not by length. Values are not any
held-out set's: valid ids made with python-stdnum's own check digits."""

from __future__ import annotations

import random

import pandas as pd
from stdnum.nl import bsn

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_checksums import checksum_scheme, id_not_phone_columns


def _bsns(n: int) -> list[str]:
    rng = random.Random(7)
    out: list[str] = []
    while len(out) < n:
        body = f"{rng.randint(10_000_000, 99_999_999):08d}"
        for last in "0123456789":
            if bsn.is_valid(body + last):
                out.append(body + last)
                break
    return out


def _phone(column: str) -> ColumnDetection:
    return ColumnDetection(column, E.PHONE_NUMBER, 1.0, 1.0, "values", 8, "de_AT", "100% phone numbers")


def test_a_national_check_passed_beyond_chance() -> None:
    assert checksum_scheme(_bsns(8))[0] == "nl.bsn"
    assert checksum_scheme(["0612345678", "0687654321", "0611122233", "0698765432", "0655544433"]) is None
    assert checksum_scheme(["1000", "2000", "3000", "4000", "5000"]) is None


def test_phone_finding_of_checked_ids_becomes_an_id() -> None:
    df = pd.DataFrame({"c003": _bsns(8)})
    out = id_not_phone_columns(df, {"c003": _phone("c003")})
    assert out["c003"].entity == E.NATIONAL_ID


def test_codes_of_no_plan_of_the_tables_phones_are_dropped() -> None:
    codes = ["1402-3317-60481", "1399-0822-17735", "1401-5563-90127", "1400-2719-44810", "1398-6620-31574"]
    phones = ["+93 70 123 4567", "+93 79 876 5432", "+93 72 555 0199", "+93 78 300 1122", "+93 70 998 7766"]
    df = pd.DataFrame({"c001": phones, "c002": codes})
    own = ColumnDetection("c001", E.PHONE_NUMBER, 1.0, 1.0, "values", 5, None, "dialled +93")
    out = id_not_phone_columns(df, {"c001": own, "c002": _phone("c002")})
    assert out == {"c002": None}


def test_the_tables_own_phones_stay() -> None:
    home = ["070 123 4567", "079 876 5432", "072 555 0199", "078 300 1122", "070 998 7766"]
    phones = ["+93 70 123 4567", "+93 79 876 5432", "+93 72 555 0199", "+93 78 300 1122", "+93 70 998 7766"]
    df = pd.DataFrame({"c001": phones, "c002": home})
    own = ColumnDetection("c001", E.PHONE_NUMBER, 1.0, 1.0, "values", 5, None, "dialled +93")
    assert id_not_phone_columns(df, {"c001": own, "c002": _phone("c002")}) == {}
