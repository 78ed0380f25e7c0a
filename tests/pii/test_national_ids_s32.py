"""National ids read from their layout where the number has no published check (session 32: set 17's
Pakistani CNIC column was taken for phones, the Venezuelan cédula columns were left, names hidden)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.validators.national_ids import column_id_schemes


def _detect(values: list[str]):
    df = pd.DataFrame({"c003": values})
    return detect_column(df["c003"], infer_schema(df)["c003"], entities=[E.NATIONAL_ID, E.PHONE_NUMBER, E.TAX_ID])


def test_a_column_of_cnics_in_their_layout_is_national_ids_not_phones():
    rng = random.Random(4)
    cnics = [f"{rng.choice((35202, 42101, 17301, 61101))}-{rng.randint(10**6, 10**7 - 1)}-{rng.randint(1, 9)}"
             for _ in range(24)]  # fmt: skip
    det = _detect(cnics)
    assert det is not None and det.entity == E.NATIONAL_ID, det


def test_a_column_of_cedulas_is_national_ids():
    rng = random.Random(5)
    cedulas = [f"{rng.choice('VVVE')}-{rng.randint(5, 32)}.{rng.randint(0, 999):03d}.{rng.randint(0, 999):03d}"
               for _ in range(24)]  # fmt: skip
    det = _detect(cedulas)
    assert det is not None and det.entity == E.NATIONAL_ID, det


def test_bare_13_digit_meter_numbers_and_plain_amounts_are_no_such_ids():
    assert "pk.cnic" not in column_id_schemes("4210108389165")
    assert "ve.cedula" not in column_id_schemes("15.421.628")
    assert "ve.cedula" not in column_id_schemes("X-15.421.628")
