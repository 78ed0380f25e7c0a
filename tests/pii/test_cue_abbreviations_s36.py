"""Mainframe headers that keep a compound's first part whole and shorten the second (session 36)."""

from __future__ import annotations

from safe_synthesizer.pii.cue_abbreviations import is_abbreviation
from safe_synthesizer.pii.cues import cue_hints


def test_whole_first_part_then_consonants_abbreviates_the_compound():
    assert is_abbreviation("forenm", "forename")
    assert is_abbreviation("postcd", "postcode")


def test_the_tail_must_start_the_second_part_and_hold_no_vowel():
    assert not is_abbreviation("forest", "forename")  # a word, and ``st`` is no letter run of ``name``
    assert not is_abbreviation("forenam", "forename")  # one letter dropped only
    assert not is_abbreviation("foreme", "forename")  # a vowel in the tail, the tail not starting ``n``


def test_mainframe_given_name_header_cues_first_name():
    assert "first_name" in cue_hints("CLT-FORENM")
    assert cue_hints("Forest") == set()
