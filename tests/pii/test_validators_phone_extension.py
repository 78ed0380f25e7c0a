"""One run of digits before an extension word is a phone number (``validators.phones.is_phone_any``)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.replace import plan_columns


@pytest.mark.parametrize(
    "value",
    [
        "0387712204 x318",  # Malaysian landline, unbroken
        "224517803 ramal 2290",  # Angolan landline, Portuguese extension word
        "0685512274 interno 41",  # Italian landline
        "311764 ext. 77",  # Faroese 6-digit number
    ],
)
def test_unbroken_number_with_an_extension_is_a_phone(value: str) -> None:
    assert V.is_phone_any(value)


@pytest.mark.parametrize("value", ["311764 x 2", "20230514 ext 12", "4005 x12", "1500000 x 3"])
def test_quantities_dates_and_short_codes_with_an_x_are_not(value: str) -> None:
    assert not V.is_phone_any(value)


def test_sparse_office_phone_column_with_extensions_found_with_its_name_hidden() -> None:
    office = ["0387712204 x318", "0355120981 Ext. 42", "0362218874 ext 1207", "0391172040 x77", "0347723318 x2901"]
    df = pd.DataFrame(
        {
            "c000": [f"C{1000 + i}" for i in range(30)],
            "c001": [office[i % 5] if i % 4 == 0 else None for i in range(30)],
            "c002": ["Feline", "Canine", "Rabbit"] * 10,
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "phone_number"
