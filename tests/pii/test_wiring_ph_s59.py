"""Session 59 PH's passes wired into ``detect_table``: through ``plan_columns`` / ``replace_pii``."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers
from stdnum.lt import asmens

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_hidden_phone_column_of_slashed_and_worded_numbers_is_replaced() -> None:
    phones = ["0921/4410/37", "0915 226 441", "0977/3021/58", "0912 044 175 not Sundays", "0918/3377/02",
              "GSM 0929 603 118", "0921/4410/37", "n/k", "0913 552 870 eves", "0917/6604/21"]  # fmt: skip
    df = pd.DataFrame(
        {
            "c000": [f"H{i:02d}" for i in range(10)],
            "c001": phones,
            "c002": ["", "", "called 00 211 912 044 175, left word", "", "", "", "", "", "", ""],
        }
    )
    assert _plans(df).get("c001") == "phone_number"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    assert not set(out["c001"]) & (set(phones) - {"n/k"})


def _codes(n: int) -> list[str]:
    rng = random.Random(3)
    out: list[str] = []
    while len(out) < n:
        body = f"{rng.choice('56')}{rng.randint(0, 20):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        body += f"{rng.randint(0, 999):03d}"
        for last in "0123456789":
            code = body + last
            # Codes that are also valid German numbers (an open plan): the ones the consistency guard took for phones.
            if asmens.is_valid(code) and phonenumbers.is_valid_number(phonenumbers.parse(code, "DE")):
                out.append(code)
                break
    return out


def test_hidden_personal_codes_stay_ids_though_they_dial_somewhere() -> None:
    codes = [c for code in _codes(8) for c in (code, "")]
    df = pd.DataFrame({"c000": [f"LS-{4000 + 37 * i}" for i in range(16)], "c001": codes})
    assert _plans(df).get("c001") == "national_id"
