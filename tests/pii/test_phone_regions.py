"""Phones of Brazil, India, Japan, Poland and Sweden: region found, fakes valid there in the same layout."""

from __future__ import annotations

import re

import pandas as pd
import phonenumbers
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import PHONE_REGIONS, REGION_LOCALES
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.text_patterns import phone_spans


def _valid(value: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(value, region))
    except phonenumbers.NumberParseException:
        return False


@pytest.mark.parametrize("locale", ["pt_BR", "en_IN", "ja_JP", "pl_PL", "sv_SE"])
def test_phone_fakes_are_valid_numbers_of_the_detected_region(locale):
    region = locale.split("_")[1]
    assert region in PHONE_REGIONS and REGION_LOCALES[region] == locale
    fake = Faker(locale)
    fake.seed_instance(777)
    df = pd.DataFrame({"contact": [fake.phone_number() for _ in range(300)]})
    (plan,) = plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    assert (plan.entity, plan.locale) == ("phone_number", locale)
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["contact"]
    pairs = [(a, b) for a, b in zip(df["contact"], out, strict=True) if _valid(a, region)]
    assert len(pairs) > 100
    assert sum(_valid(b, region) for _, b in pairs) / len(pairs) >= 0.99
    # Same layout: separators and digit positions stay.
    assert all(re.sub(r"\d", "9", a) == re.sub(r"\d", "9", b) for a, b in pairs)
    assert not (df["contact"] == out).any()


def test_separators_tell_regions_apart():
    assert V.phone_regions("090-5109-2972", cued=True) == ("JP",)
    assert V.phone_regions("03-1234-5678", cued=True) == ("JP",)
    assert V.phone_regions("+55 21 9266-8587") == ("BR",)


def test_measurements_and_year_ranges_in_prose_are_no_phones():
    regions = PHONE_REGIONS
    for text in ("i took my usual xxsp at 32-24.5-32. length", "i'm 5'7 145-150 lbs", "looks very 1930-1940's."):
        assert phone_spans(text, regions) == [], text
    cued = (
        ("call 555-1234 now", "555-1234"),
        ("reach me at 0121 496 0628", "0121 496 0628"),
        ("tel. 030 901820", "030 901820"),
        ("Contato: (21) 9266-8587.", "(21) 9266-8587"),
    )
    for text, number in cued:
        assert [text[a:b] for a, b, _ in phone_spans(text, regions)] == [number], text
