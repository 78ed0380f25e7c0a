"""Telephone words of the world's languages before a number in a note (phone_words_world)."""

from __future__ import annotations

from safe_synthesizer.pii.phone_words_world import TELEPHONE_WORDS, WORLD_PHONE_WORDS, world_phone_word_spans


def _found(text: str, regions: tuple[str, ...] = ()) -> list[str]:
    return [text[a:b] for a, b, _ in world_phone_word_spans(text, regions)]


def test_local_numbers_after_a_telephone_word_of_many_languages() -> None:
    assert _found("Ngwana o tsamaile le rraagwe, mogala 71 234 567", ("BW",)) == ["71 234 567"]
    assert _found("E haere mai te metua, niuniu: 87 12 34 56", ("PF",)) == ["87 12 34 56"]
    assert _found("Mama yake, simu yake 0712 345 678 kesho", ("KE",)) == ["0712 345 678"]
    assert _found("Ffoniwch Siân ar 01632 960 001", ("GB",)) == ["01632 960 001"]
    assert _found("Manman li, telefòn 3412 3456", ("HT",)) == ["3412 3456"]


def test_scripts_without_spaces_inside_words() -> None:
    assert _found("ಫೋನ್ 98450 12345", ("IN",)) == ["98450 12345"]
    assert _found("ስልክ 091 123 4567", ("ET",)) == ["091 123 4567"]


def test_no_number_without_the_word_nor_a_date_or_a_long_code() -> None:
    assert _found("Motlhokomedi o ne a tla ka 74 036 564", ("BW",)) == []  # no telephone word
    assert _found("mogala 12.03.2024", ("BW",)) == []  # a date
    assert _found("mogala 12", ("BW",)) == []  # too short
    assert _found("mogala 1234 5678 9012 3456", ("BW",)) == []  # longer than any plan


def test_the_class_is_per_language_and_lower_case() -> None:
    assert len(TELEPHONE_WORDS) >= 80
    assert {"mogala", "niuniu", "simu", "telefòn", "kelepona"} <= WORLD_PHONE_WORDS
    assert all(w == w.lower() for w in WORLD_PHONE_WORDS)


def test_a_word_in_another_clause_or_a_date_after_it_is_no_cue() -> None:
    assert _found("Glückwunsch an Nadeshda Mogala, geboren am 06 09 1967!", ("DE",)) == []
    assert _found("simu, 0712 345 678", ("KE",)) == []
    assert _found("mogala 06 09 1967", ("BW",)) == []
