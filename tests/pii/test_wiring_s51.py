"""Session 51's hooks, end to end through the functions the PII stage calls (each fails without its hook)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_numbers import phone_score
from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.detect_table import detect_table
from safe_synthesizer.pii.text_patterns import phone_spans


def _phones(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in phone_spans(text, ("US",))]


def test_falklands_five_digit_phone_after_call_is_found() -> None:
    assert _phones("Tenant Robin Ford told; landlord Nicola Middleton to call 51795.") == ["51795"]


def test_number_in_brackets_after_informed_is_a_phone() -> None:
    text = "Kennel maid Florence noticed limping; owner informed (5913701). Pick-up by Nikolai Jakisson."
    assert "5913701" in _phones(text)


def test_greenland_phone_column_under_its_header() -> None:
    df = pd.DataFrame({"Phone": ["22 31 69", "22 00 48", "299919", "25 04 51", "228415", "32 13 03"] * 3})
    entities = ["phone_number", "postcode", "national_id"]
    found = detect_column(df["Phone"], infer_schema(df).columns[0], entities=entities)
    assert found is not None and found.entity == "phone_number"


def test_falklands_phone_column_of_digit_strings_under_its_header() -> None:
    values = ["31458", "51883", "51358", "31473", "51964", "51143", "31662", "51795"] * 3
    df = pd.DataFrame({"tenant_tel_1": values})
    found = detect_column(df["tenant_tel_1"], infer_schema(df).columns[0], entities=["phone_number", "postcode"])
    assert found is not None and found.entity == "phone_number"


def test_vanuatu_dialled_and_bare_numbers_decide_alone() -> None:
    values = ["+678 591 9611", "591 9544", "+6785915053", "591 3060", "22463", "+6785912379", "+678 591 1250",
              "591.1250", "22375", "+678 591 2222", "591 4040", "+6785918888", "22111"]  # fmt: skip
    sample = ValueSample(values, np.ones(len(values)), len(values))
    score = phone_score("phone_number", sample, False, False)
    assert score.values_decide and score.share >= 0.95
    # The same numbers are no fax column (set 37 en_NR: a Nauru phone column was typed fax_number).
    assert not phone_score("fax_number", sample, False, False).values_decide


def test_few_emergency_numbers_beside_a_found_phone_column() -> None:
    owners = 2 * ["8124.5198", "+65 6089 4553", "+65 6104 7522", "6134.6662", "+65 8181 3808", "8128.8729",
                  "8549.0297", "8167.3175", "+65 8191 2336", "8856.4222", "+65 6128 6209", "6121.8360",
                  "8683.0995"]  # fmt: skip
    other = ["8125 8831", "8115 0131", "8191 2336", "8282 7689"] + [None] * (len(owners) - 4)
    df = pd.DataFrame({"c002": owners, "c010": other})
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found["c002"] is not None and found["c010"] is not None and found["c010"].entity == "phone_number"
