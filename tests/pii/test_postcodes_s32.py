"""Postcode layouts of Ireland (Eircode) and Azerbaijan (``AZ1000``) read from values (session 32: set
17's Irish and Azerbaijani postcode columns with their names hidden were left as written)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.validators.places import postcode_locales

_EIR = "0123456789ACDEFHKNPRTVWXY"


def test_eircodes_and_azerbaijani_codes_have_their_locale():
    assert postcode_locales("A65 F4A7") == ("en_IE",)
    assert postcode_locales("D6W 1X2Y") == ("en_IE",)
    assert postcode_locales("AZ1000") == ("az_AZ",)
    assert postcode_locales("AZ 5600") == ("az_AZ",)
    assert postcode_locales("A12 3456") == ()  # four digits: a part number as likely
    assert postcode_locales("B12 F4A7") == ()  # B is no routing letter
    assert postcode_locales("AZ12345") == ()


def test_hidden_columns_of_these_postcodes_are_postcode_columns():
    rng = random.Random(3)
    eircodes = [
        f"{rng.choice('ACDEFHKNPRTVWXY')}{rng.randint(10, 99)} {rng.choice('ACDEFHKNPRTVWXY')}"
        + "".join(rng.choice(_EIR) for _ in range(3))
        for _ in range(24)
    ]
    baku = [f"AZ{rng.randint(1000, 6999)}" for _ in range(24)]
    for codes in (eircodes, baku):
        df = pd.DataFrame({"c003": codes})
        det = detect_column(df["c003"], infer_schema(df)["c003"], entities=[E.POSTCODE, E.PHONE_NUMBER])
        assert det is not None and det.entity == E.POSTCODE, (codes[0], det)
