"""Headers that name a record's number or an amount keep their numbers from phones and tax ids (session 38)."""

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def _valid_us_numbers(n: int) -> list[str]:
    rng, out = random.Random(11), []
    while len(out) < n:
        digits = f"2{rng.randint(0, 99):02d}{rng.randint(2, 9)}{rng.randint(0, 999999):06d}"
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "US")):
            out.append(digits)
    return out


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_a_job_number_of_phone_like_digits_is_no_phone() -> None:
    numbers = _valid_us_numbers(30)
    assert "Jobs[Job Number]" not in _plans(pd.DataFrame({"Jobs[Job Number]": numbers}))
    assert _plans(pd.DataFrame({"Mobile": numbers})) == {"Mobile": "phone_number"}


def test_a_total_including_vat_of_amounts_is_no_vat_number() -> None:
    amounts = [f"{random.Random(i).uniform(20, 900):.2f}" for i in range(30)]
    assert _plans(pd.DataFrame({"Jobs[Total Inc VAT]": amounts})) == {}
