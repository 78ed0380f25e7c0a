"""Vowel-less abbreviations of cue words in column names (SAP's ``PSTLZ``, ``GBDAT``, ``TELF1``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cue_abbreviations import abbreviated_cues, is_abbreviation
from safe_synthesizer.pii.cue_subjects import names_a_thing
from safe_synthesizer.pii.cues import cue_hints


@pytest.mark.parametrize(
    ("token", "word"),
    [("pstlz", "postleitzahl"), ("gbdat", "geburtsdatum"), ("telf", "telefon"), ("brthdt", "birthdate")],
)
def test_a_token_keeping_the_first_letter_and_few_vowels_abbreviates_the_word(token: str, word: str) -> None:
    assert is_abbreviation(token, word)


@pytest.mark.parametrize(
    ("token", "word"),
    [
        ("budat", "geburtsdatum"),  # another first letter
        ("name", "namen"),  # drops one letter only: a form of the word
        ("glcs", "geslachtsnaam"),  # four letters say little about thirteen
        ("posta", "postleitzahl"),  # two vowels: a word, not an abbreviation
        ("tel", "telefon"),  # three letters abbreviate too many words
    ],
)
def test_other_tokens_abbreviate_nothing(token: str, word: str) -> None:
    assert not is_abbreviation(token, word)


def test_known_words_are_never_taken_for_abbreviations() -> None:
    words = (("first_name", "firstname"),)
    assert abbreviated_cues(frozenset({"frstnm"}), words, frozenset()) == {"first_name"}
    assert abbreviated_cues(frozenset({"frstnm"}), words, frozenset({"frstnm"})) == set()


@pytest.mark.parametrize(
    ("column", "entity"),
    [("PSTLZ", "postcode"), ("GBDAT", "date_of_birth"), ("TELF1", "phone_number"), ("CUST_TELNR", "phone_number"),
     ("VORNM", "first_name"), ("NCHNM", "last_name"), ("ZPCD", "postcode")],
)  # fmt: skip
def test_erp_field_names_hint_at_their_entity(column: str, entity: str) -> None:
    assert entity in cue_hints(column)


@pytest.mark.parametrize("column", ["KUNNR", "BELNR", "DMBTR", "MAKTX", "BUDAT", "fnlwgt", "hrs", "cntry", "wght"])
def test_erp_and_survey_abbreviations_of_other_things_hint_at_nothing(column: str) -> None:
    assert cue_hints(column) == set()


def test_a_truncated_branch_word_makes_a_place_a_things_place() -> None:
    assert names_a_thing("ORT02_FIL")
    assert not names_a_thing("ORT01")
