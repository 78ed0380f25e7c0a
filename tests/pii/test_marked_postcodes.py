"""Postcodes written with European country letters ("H-7311") are found and keep their letters when faked;
a faked street line before the note's own full stop gets one dot, not two."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii
from safe_synthesizer.pii.validators.places import is_postcode


def test_country_lettered_postcodes_are_postcodes_with_a_cue():
    for code in ("H-7311", "A-1010", "D-10115", "CH-8001"):
        assert is_postcode(code, cued=True), code
    assert not is_postcode("H-7311")  # alone, a letter-dash-digits code may be anything


def test_a_hungarian_manifest_keeps_no_original_postcode_or_double_dot():
    faker, rng = Faker("hu_HU"), random.Random(1)
    faker.seed_instance(2)
    frame = pd.DataFrame({"nev": [faker.name() for _ in range(150)],
                          "irányítószám_1": [f"H-{rng.randint(1000, 9999)}" for _ in range(150)],
                          "cim": [faker.street_address() for _ in range(150)]})  # fmt: skip
    out = replace_pii(frame, infer_schema(frame), ReplacePiiParameters()).data
    assert not (out["irányítószám_1"] == frame["irányítószám_1"]).any()  # all 150 left before
    assert out["irányítószám_1"].str.fullmatch(r"H-\d{4}").all()
    assert frame["cim"].str.endswith(".").all() and not out["cim"].str.endswith("..").any()
    assert not (out["cim"] == frame["cim"]).any()
