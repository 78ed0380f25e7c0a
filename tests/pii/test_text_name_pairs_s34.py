"""List-based name pairs of notes (text_name_pairs), session 34 additions."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans, reads_english


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("RSVP: Sara Pearce + guest will attend. Dietary: none. Reach us on 0115 496 0193.", "Sara Pearce"),
        ("I consent to the trip. Emergency: Sam Preston +44(0)1144960366.", "Sam Preston"),
    ],
)
def test_given_names_that_are_function_words_of_other_languages_open_names_in_english(text, name):
    """Session 34: Italian "sarà" and Polish "sam" are function words, but not of an English note."""
    assert name in [text[a:b] for a, b, _ in name_pair_spans(text)]


def test_a_german_function_word_still_opens_no_name_in_german():
    text = "Hinweis: Die Mietrückstände sind bezahlt. An Nora Ullrich geschickt."
    assert "Die Mietrückstände" not in [text[a:b] for a, b, _ in name_pair_spans(text)]
    assert not reads_english(text)
