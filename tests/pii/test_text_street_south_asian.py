"""South Asian street lines in English, Devanagari and Bengali (text_street_south_asian)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_script_streets import script_street_spans
from safe_synthesizer.pii.text_street_south_asian import indic_street_spans, south_asian_street_spans


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Deliver to House 13, Street 21, Gulberg III, Lahore 54000", "House 13, Street 21, Gulberg III"),
        ("Flat 19, Block C, Model Town, Karachi", "Flat 19, Block C, Model Town"),
        ("House No. 12, Street 5, G-9/2", "House No. 12, Street 5, G-9/2"),
        ("Plot 45, Block C, Gulberg III", "Plot 45, Block C, Gulberg III"),
        ("Flat 3B, Road 11, Dhanmondi", "Flat 3B, Road 11, Dhanmondi"),
        ("ADDR -> 101-B F-10/3, Islamabad 44000", "101-B F-10/3"),
        ("lives at 16-B Satellite Town, Rawalpindi", "16-B Satellite Town"),
    ],
)
def test_english_lines(text: str, street: str) -> None:
    assert [text[s:e] for s, e, _ in south_asian_street_spans(text)] == [street]


@pytest.mark.parametrize(
    "text",
    [
        "Plot 3, Figure 2 shows the trend",
        "Quarter 3, 2024 Revenue",
        "Block C, Room 4 is free",
        "Street 5 was closed",
        "House 2 of the survey, Street 5 sample",  # a house alone: no numbered part or locality after it
        "Flat 5% growth in Q3",
    ],
)
def test_english_prose_is_no_street(text: str) -> None:
    assert south_asian_street_spans(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("[user] मकान नं. 43, सुभाष चौक, 318793 अमरावती", "मकान नं. 43, सुभाष चौक"),
        ("मैं 106/10, राजेंद्र नगर, दिल्ली 110001 में रहता हूँ", "106/10, राजेंद्र नगर"),
        ("मेरा पता फ्लैट 1, गांधी नगर में है", "फ्लैट 1, गांधी नगर"),
        ("আমি ফ্ল্যাট ৬, বাড়ী নং ৭৪, মধ্য পার্বতীগাঁ, ঢাকা", "ফ্ল্যাট ৬, বাড়ী নং ৭৪, মধ্য পার্বতীগাঁ"),
        ("বাসা নং ৪২০, নতুন দৌলততলা", "বাসা নং ৪২০, নতুন দৌলততলা"),
        ("[user] मानन्धर मार्ग, 30154 भक्तपुर", "मानन्धर मार्ग"),
    ],
)
def test_devanagari_and_bengali_lines(text: str, street: str) -> None:
    assert [text[s:e] for s, e, _ in indic_street_spans(text)] == [street]
    assert any(street == text[s:e] for s, e, _ in script_street_spans(text))


@pytest.mark.parametrize(
    "text",
    ["हम 5, 10 लोग आए", "धन्यवाद, मैं आपको 12/05, सोमवार को फ़ोन करूँगा", "আমরা ৫ জন, ১০টায় আসব"],
)
def test_indic_prose_is_no_street(text: str) -> None:
    assert indic_street_spans(text) == []
