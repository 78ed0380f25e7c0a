"""Column words of South Slavic Cyrillic, Bengali, Nepali, Hindi, Urdu, Arabic and Armenian forms (``script_cues``):
words with Indic vowel signs match whole, and names of things stay no person cue."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cues import cue_hints, cued_entities


@pytest.mark.parametrize(
    ("name", "entity"),
    [
        ("име и презиме", "name"),
        ("презиме", "last_name"),
        ("Име", "first_name"),
        ("датум на раѓање", "date_of_birth"),
        ("ЕМБГ", "national_id"),
        ("الرقم_القومي", "national_id"),
        ("شناختی کارڈ", "national_id"),
        ("پتہ", "address"),
        ("পদবি", "last_name"),
        ("ঠিকানা", "address"),
        ("पता", "address"),  # listed before, never matched: its vowel sign split the word
        ("ठेगाना", "address"),
        ("थर", "last_name"),
        ("জন্ম তারিখ", "date_of_birth"),
    ],
)
def test_column_words_of_more_languages(name: str, entity: str) -> None:
    assert entity in cued_entities(name)


@pytest.mark.parametrize("name", ["LEARNER_الرقم_القومي", "client_নাম", "interpreter_ফোন_নম্বর"])
def test_role_prefixes_leave_a_hint(name: str) -> None:
    assert cue_hints(name)


@pytest.mark.parametrize("name", ["име на производ", "име на компанија", "শাখার নাম", "մասնաճյուղ"])
def test_names_of_things_are_no_person_cue(name: str) -> None:
    assert not cue_hints(name) & {"name", "first_name", "last_name"}
