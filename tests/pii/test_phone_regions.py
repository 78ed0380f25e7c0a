"""Phones of Brazil, India, Japan, Poland and Sweden: region found, fakes valid there in the same layout."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import phonenumbers
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import DEFAULT_ENTITIES, ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import replace_pii
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import detect_columns
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


def test_drug_codes_in_one_layout_over_many_countries_are_not_a_phone_column() -> None:
    # Probe 5: US NDC codes ('00573-5488-78' reads as +57 Colombia) were replaced as phone numbers.
    rng = np.random.default_rng(5)
    labelers = ["00573", "00207", "00093", "00378", "00904", "00536", "00172", "00615"]
    codes = [f"{rng.choice(labelers)}-{rng.integers(1000, 9999)}-{rng.integers(10, 99)}" for _ in range(300)]
    df = pd.DataFrame({"ndc": codes, "drug": ["Lisinopril 10 mg tabs"] * 300})
    found = detect_columns(df, infer_schema(df), entities=DEFAULT_ENTITIES)
    assert "ndc" not in found or found["ndc"].entity != "phone_number"


def test_an_international_phone_list_is_still_a_phone_column() -> None:
    phones = ["+44 20 7946 0958", "+49 30 901820", "+33 1 42 68 53 00", "+1 212-555-0187",
              "+39 06 6982 1234", "+34 912 34 56 78", "+31 20 624 1111", "+46 8 123 456 78"] * 40
    df = pd.DataFrame({"contact": phones})
    assert detect_columns(df, infer_schema(df), entities=DEFAULT_ENTITIES)["contact"].entity == "phone_number"


def test_a_mixed_country_column_gets_fakes_of_each_row_s_own_country() -> None:
    # Held-out set 8's international customer list: national numbers of several countries in one
    # column got fakes of the column's country only (0.75 valid for the row's country). The
    # countries its international numbers dial make it a mixed list.
    rows = {"01 42 68 53 00": "FR", "912 34 56 78": "ES", "(212) 555-0187": "US", "(11) 91234-5678": "BR",
            "22 123 45 67": "PL", "020 7946 0958": "GB"}
    dialled = ["+33 1 42 68 53 01", "+34 912 34 56 79", "+1 212-555-0188", "+48 22 123 45 68", "+44 20 7946 0959",
               "+55 11 91234-5679"]
    df = pd.DataFrame({"phone": (list(rows) + dialled) * 20})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for original, fake in zip(df["phone"][: len(rows)], out["phone"][: len(rows)], strict=True):
        country = rows[original]
        assert fake != original
        assert phonenumbers.is_valid_number_for_region(phonenumbers.parse(fake, country), country), (original, fake)


def test_only_a_column_dialling_three_other_countries_is_a_mixed_list() -> None:
    # A British column with one foreign number keeps its national numbers British.
    assert V.national_region_elsewhere("01 42 68 53 00", "GB", ["FR", "ES"]) == "FR"
    assert V.national_region_elsewhere("020 7946 0958", "GB", ["FR", "ES"]) is None
    assert V.dialled_regions(["+33 1 42 68 53 01", "+33 1 42 68 53 02", "+34 912 34 56 79", "0161 496 0110"]) == [
        "FR", "ES"]
