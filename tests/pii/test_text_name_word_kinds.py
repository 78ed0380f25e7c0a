"""Whether one word may be a person's name in a slot that already says "person" (``text_name_word_kinds``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_word_kinds import name_entity, name_word, note_script


def test_a_listed_given_name_in_lower_case_is_a_name_in_a_strict_slot() -> None:
    assert name_word("marilyn", "strict")


@pytest.mark.parametrize("word", ["rose", "will", "bill"])
def test_lower_case_words_of_the_language_never_are(word: str) -> None:
    assert not name_word(word, "sure")


def test_an_unlisted_long_word_is_a_name_in_a_sure_slot_and_an_acronym_is_not() -> None:
    assert name_word("tahirou", "sure")
    assert not name_word("NASA", "sure")


def test_a_word_of_another_script_in_a_latin_note_is_a_name() -> None:
    script = note_script("ask ганбаатар about the keys to the shed")
    assert script == "LATIN"
    assert name_word("ганбаатар", "sure", script)


def test_entity_of_a_found_name() -> None:
    assert name_entity("Gail Harvey") == "name"
    assert name_entity("Souley") == "last_name"
