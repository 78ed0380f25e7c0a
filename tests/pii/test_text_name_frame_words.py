"""The word checks of a note's frame, shared by the sign-off and the chat and head frames (session 56)."""

from __future__ import annotations

import re

import pytest

from safe_synthesizer.pii import text_name_note_frames, text_name_signoff
from safe_synthesizer.pii.text_name_frame_words import (
    FRAME_WORD,
    NOT_PEOPLE,
    frame_family,
    frame_given,
    frame_second,
    frame_unlisted,
    latin,
)


@pytest.mark.parametrize(
    ("word", "weak", "expected"),
    [
        ("anusha", False, True),  # a listed given name in lower case
        ("Ingrid", False, True),
        ("thanks", True, False),  # a word a thread writes for no person
        ("mark", False, False),  # a weak given name (also a word) needs a sure frame
        ("mark", True, True),
    ],
)
def test_frame_given(word: str, weak: bool, expected: bool) -> None:
    assert frame_given(word, weak) is expected


def test_frame_family_and_unlisted() -> None:
    assert frame_family("KOWALSKI") and frame_family("Kelley")
    assert not frame_family("kelley")  # lower case: the given-name checks decide
    assert frame_unlisted("Ubaldus")
    assert not frame_unlisted("Staff") and not frame_unlisted("ubaldus")


def test_frame_second() -> None:
    assert frame_second("HAAS", first_lower=False)
    assert not frame_second("Haas", first_lower=True)  # after a lower-case given name the surname is lower case


def test_words_and_scripts() -> None:
    assert re.fullmatch(FRAME_WORD, "Jean-Luc") and not re.fullmatch(FRAME_WORD, "a@b")
    assert latin("Ana") and not latin("曹明輝")
    assert {"us", "staff", "x", "thanks"} <= NOT_PEOPLE


def test_one_home_for_the_frame_words() -> None:
    # Both frame modules use these checks instead of copies of their own.
    for module in (text_name_note_frames, text_name_signoff):
        assert module.NOT_PEOPLE is NOT_PEOPLE
        assert module.frame_given is frame_given
