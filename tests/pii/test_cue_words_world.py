"""Column words of further languages (:mod:`safe_synthesizer.pii.cue_words_world`) reach the column cues."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cues import cue_hints, cued_entities


@pytest.mark.parametrize(
    ("column", "entity"),
    [
        ("sloinne", E.LAST_NAME),  # Irish
        ("seoladh", E.ADDRESS),
        ("enw_cyntaf", E.FIRST_NAME),  # Welsh
        ("rhif ffôn", E.PHONE_NUMBER),
        ("helbidea", E.ADDRESS),  # Basque
        ("Data de naixement", E.DATE_OF_BIRTH),  # Catalan
        ("mbiemri", E.LAST_NAME),  # Albanian
        ("ko'chasi", E.STREET_ADDRESS),  # Uzbek, with its apostrophe
        ("tug'ilgan_sana", E.DATE_OF_BIRTH),
        ("ọjọ́ ìbí", E.DATE_OF_BIRTH),  # Yoruba
        ("lambar waya", E.PHONE_NUMBER),  # Hausa
        ("Vezetéknév", E.LAST_NAME),  # Hungarian
        ("pavardė", E.LAST_NAME),  # Lithuanian
        ("uimhir_pps", E.NATIONAL_ID),
        ("குடும்பப்.பெயர்", E.LAST_NAME),  # Tamil
        ("அஞ்சல் குறியீடு", E.POSTCODE),
        ("நகரம்", E.CITY),
        ("ජාතික_හැඳුනුම්පත්_අංකය", E.NATIONAL_ID),  # Sinhala
        ("නගරය", E.CITY),
        ("ሙሉ.ስም", E.NAME),  # Amharic
        ("ከተማ", E.CITY),
        ("ስልክ ቁጥር", E.PHONE_NUMBER),
        ("જન્મ તારીખ", E.DATE_OF_BIRTH),  # Gujarati
        ("आडनाव", E.LAST_NAME),  # Marathi
        ("ឈ្មោះ", E.NAME),  # Khmer
        ("ທີ່ຢູ່", E.ADDRESS),  # Lao
        ("төрсөн огноо", E.DATE_OF_BIRTH),  # Mongolian
        ("мекенжай", E.ADDRESS),  # Kazakh
    ],
)
def test_form_labels_of_more_languages_are_cues(column: str, entity: str) -> None:
    assert entity in cue_hints(column)
    assert entity in cued_entities(column)


@pytest.mark.parametrize(
    "column",
    ["Nummer", "Kundennummer", "similarity", "menopause", "stadium", "garibaldi", "ita", "van", "baile", "dinas"],
)
def test_words_that_begin_or_are_common_words_are_no_cues(column: str) -> None:
    assert cue_hints(column) == set()
