"""Street lines with the street words of Swahili, Albanian, Irish, Uzbek, Tamil, Sinhala, Amharic... (own lines)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_script_streets import script_street_spans
from safe_synthesizer.pii.text_street_local import local_street_spans


def _covered(text: str, want: str, spans: list[tuple[int, int, str]]) -> bool:
    a = text.index(want)
    return any(x <= a and y >= a + len(want) for x, y, _ in spans)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Anwani yangu ni Barabara ya Moi, Nyumba 62, Mombasa.", "Barabara ya Moi, Nyumba 62"),
        ("Adresa: Rruga Myslym Shyri, Nr. 14, Tiranë.", "Rruga Myslym Shyri, Nr. 14"),
        ("Seoladh: 12 Sráid an Mhuilinn, Gaillimh.", "12 Sráid an Mhuilinn"),
        ("Manzil: Navoiy ko'chasi 12, Toshkent.", "Navoiy ko'chasi 12"),
        ("முகவரி: 12, காந்தி தெரு, மதுரை.", "12, காந்தி தெரு"),
        ("ලිපිනය: අංක 12, ගාලු පාර, කොළඹ.", "අංක 12, ගාලු පාර"),
        ("አድራሻ: ቦሌ መንገድ የቤት ቁጥር 1234 አዲስ አበባ", "ቦሌ መንገድ የቤት ቁጥር 1234"),
        ("Мекенжай: Абай даңғылы 150, Алматы.", "Абай даңғылы 150"),
        ("ವಿಳಾಸ: ಮನೆ ನಂ. 5, ಎಂ.ಜಿ. ರಸ್ತೆ, ಬೆಂಗಳೂರು", "ಮನೆ ನಂ. 5, ಎಂ.ಜಿ. ರಸ್ತೆ"),
        ("អាសយដ្ឋាន: ផ្ទះលេខ 45 ផ្លូវ 271 ភ្នំពេញ", "ផ្ទះលេខ 45 ផ្លូវ 271"),
    ],
)
def test_local_street_lines_are_found(text: str, line: str) -> None:
    assert _covered(text, line, local_street_spans(text))
    assert _covered(text, line, script_street_spans(text))  # reached through the wired script rules


@pytest.mark.parametrize(
    "text",
    [
        "Barabara ya Moi ilifungwa jana kwa sababu ya mvua; tutachelewa dakika 30.",
        "Rruga ishte e gjatë, arritëm pas 3 orësh.",
        "காந்தி தெரு மிகவும் நெரிசலாக உள்ளது, 2 மணி நேரம் ஆனது.",
        "ගාලු පාර වසා ඇත, පැය 2ක් ගත විය.",
        "መንገድ ተዘግቷል፣ 2 ሰዓት ቆየን።",
        "Navoiy ko'chasi yopiq edi, 2 soat kutdik.",
        "Dawa: vidonge 2 kila siku kwa wiki 3.",
    ],
)
def test_street_words_without_a_house_number_are_no_address(text: str) -> None:
    assert local_street_spans(text) == []


def test_an_english_street_type_with_a_local_house_word() -> None:
    text = "Anwani yangu: Kenyatta Road, Nyumba 105, Nairobi."
    assert _covered(text, "Kenyatta Road, Nyumba 105", local_street_spans(text))
