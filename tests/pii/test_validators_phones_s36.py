"""A ``#`` extension after a phone number (``40 63 40 54 # 319``) is an extension (validators.phones, session 36)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.validators.phones import is_phone_any

# Norwegian and French office numbers with their extensions written three ways (own values).
NORWEGIAN = [
    "41 22 83 17 # 204", "90 51 66 02 ext. 31", "47 38 10 95 # 17", "22 61 04 83 x 260", "93 02 45 71 # 118",
    "45 87 20 36 ext 9", "98 14 72 50 # 402", "40 33 91 28 # 55", "92 70 18 44 ext. 671", "46 05 39 82 # 320",
    "21 94 60 17 x 88", "95 62 07 31 # 241", "48 19 53 06 # 73", "91 44 28 60 ext 510", "23 16 75 49 # 6",
    "99 80 31 24 # 389",
]  # fmt: skip


def test_a_hash_extension_is_taken_off_before_the_number_is_read() -> None:
    assert is_phone_any("06 12 81 11 69 # 272")
    assert is_phone_any("40 67 92 60 #319")


def test_a_hash_after_a_short_number_is_no_extension() -> None:
    """``12 # 4`` (a unit and a floor) keeps its hash: too few digits before it for a phone number."""
    assert not is_phone_any("12 34 # 4")


def test_a_column_of_numbers_with_hash_extensions_is_phones_with_the_name_hidden() -> None:
    df = pd.DataFrame({"c014": NORWEGIAN})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c014") == "phone_number"
