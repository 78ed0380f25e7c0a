"""One list of not-known words for the detector and the replacer."""

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_birth_cells import is_placeholder
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.not_known_words import NOT_KNOWN_WORDS


@pytest.mark.parametrize("word", ["niet opgegeven", "nicht angegeben", "non communiqué", "brak danych", "Not stated"])
def test_the_detector_and_the_replacer_agree_on_a_not_known_word(word: str) -> None:
    assert is_placeholder(word)
    assert not_known_keys([word, "12/03/1985"], E.DATE_OF_BIRTH) == {word}


def test_every_listed_word_is_a_placeholder_to_the_detector() -> None:
    assert all(is_placeholder(word) for word in NOT_KNOWN_WORDS)
