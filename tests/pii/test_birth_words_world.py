"""Birth dates after the birth words of languages the other tables leave out (birth_words_world)."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.birth_words_world import birth_date_at, fold, is_birth_word, world_birth_cue_spans

TODAY = date(2026, 6, 1)


def _dates(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in world_birth_cue_spans(text, today=TODAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chikondi anabadwa pa 3/9/1984 ku Zomba.", ["3/9/1984"]),  # Chichewa, a root inside the verb
        ("Mwana oyo abotamaki na 1999-04-12 na Kisangani.", ["1999-04-12"]),  # Lingala
        ("Teraka tamin'ny 07.06.62 i Rasoa.", ["07.06.62"]),  # a two-digit year, last
        ("Nahaterahana: 62-06-07.", ["62-06-07"]),  # a two-digit year, first
        ("Yuriwi uru: 14 08 1990", ["14 08 1990"]),  # Aymara, accents or none
        ("Ko bungiaki n 1975 March 3", ["1975 March 3"]),  # Kiribati, a month word
        ("Moris iha 12\\10\\1988, Baucau.", ["12\\10\\1988"]),  # Tetum, a backslash date
        ("لەدایکبووە لە 1970/03/04", ["1970/03/04"]),  # Sorani, a root inside the word
        ("ڄمڻ جي تاريخ 5-9-1995", ["5-9-1995"]),  # Sindhi, two joining words
    ],
)
def test_birth_words_of_more_languages_find_the_date(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


def test_joining_words_stop_at_a_sentence_end() -> None:
    # "Happy birthday, Mwayi!" then another sentence's date: the greeting's birth word reaches no date.
    assert _dates("Tsiku lobadwa losangalala, Mwayi! Ulendo 12/03/2026.") == []


def test_a_given_name_holding_a_root_is_no_cue() -> None:
    assert not is_birth_word("Yuri")
    assert _dates("Yuri called on 12/03/2025 about the hire") == []


def test_future_and_too_old_dates_are_no_birth_dates() -> None:
    assert _dates("Wobadwa pa 12/03/2027") == []
    assert _dates("Wobadwa pa 12/03/1890") == []


def test_fold_drops_latin_accents_only() -> None:
    assert fold("Yurïwipa") == "yuriwipa"
    assert fold("لەدایکبوون") == "لەدایکبوون"


def test_birth_date_at_reads_two_digit_years_into_the_last_century() -> None:
    assert birth_date_at("pa 76-01-20", 3, TODAY) == (11, date(1976, 1, 20))
    assert birth_date_at("pa 20.01.12", 3, TODAY) == (11, date(2012, 1, 20))
    assert birth_date_at("pa 2/2/2099", 3, TODAY) is None
