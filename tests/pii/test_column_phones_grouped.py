"""Bare phone columns of small countries (issue 11, set 13): Estonian mobiles ``5112 8051`` beside
seven-digit landlines ``320 8044``, Danish numbers in pairs ``32 13 02 60`` whose leading digits
are few, and ``ph``/``mob``/``tlf`` column names were missed. Numbers written in groups are written
as phones; a run of ids or timestamps of the same few leading digits still is no phone column."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_phones import national_phone_evidence
from safe_synthesizer.pii.cues import cue_hints

ALL = list(KNOWN_ENTITIES)


def _entity(values: list[str], name: str = "c005") -> str | None:
    df = pd.DataFrame({name: values})
    found = detect_column(df[name], infer_schema(df)[name], entities=ALL)
    return None if found is None else found.entity


def _estonian(rng: random.Random, grouped: bool, n: int = 60) -> list[str]:
    """Valid Estonian numbers: mostly 8-digit mobiles (5...), some 7-digit landlines (3...)."""
    out: list[str] = []
    while len(out) < n:
        if rng.random() < 0.8:
            d = f"5{rng.choice('0123456789')}{rng.randint(0, 999999):06d}"
        else:
            d = f"3{rng.choice('2345')}{rng.randint(0, 99999):05d}"
        if not phonenumbers.is_valid_number_for_region(phonenumbers.parse(d, "EE"), "EE"):
            continue
        cut = 4 if len(d) == 8 else 3
        out.append(f"{d[:cut]} {d[cut:]}" if grouped else d)
    return out


def test_estonian_mobiles_and_seven_digit_landlines():
    assert _entity(_estonian(random.Random(1), grouped=False)) == "phone_number"
    assert _entity(_estonian(random.Random(2), grouped=True)) == "phone_number"


def test_numbers_in_pairs_of_few_leading_digits():
    rng = random.Random(3)
    pairs = [[rng.randint(10, 99) for _ in range(3)] for _ in range(60)]
    values = [f"3{rng.choice('24')} {a} {b} {c}" for a, b, c in pairs]
    assert national_phone_evidence(values)[0] >= 0.95
    assert _entity(values) == "phone_number"


def test_unspaced_ids_of_few_leading_digits_stay_no_phones():
    rng = random.Random(4)
    values = [f"1{rng.choice('67')}{rng.randint(0, 99_999_999):08d}" for _ in range(60)]  # epoch-like
    assert _entity(values) != "phone_number"


def test_short_phone_abbreviations_are_cues():
    for name in ("next_of_kin.ph_1", "nok_mob", "tlf_nr", "ph"):
        assert "phone_number" in cue_hints(name), name
    assert "phone_number" not in cue_hints("alpha")
