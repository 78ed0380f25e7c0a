"""Session 64, helper TX: the wiring of the note-name readers (fails before the wiring, passes after it).

A name written in a script no block list of the other-script reader named (Canadian Syllabics, Georgian capitals)
inside a Latin note's person slot is found by the text detector.
"""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_other_script_slots import other_script_slot_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in other_script_slot_spans(text)]


def test_a_syllabics_name_after_a_title_or_before_a_verb_in_a_latin_note() -> None:
    assert _found("Mr ᐃᓚᐃᔭ ᓄᕙᓕᖓᖅ lost a Blue Hone handle on sheet C.") == ["ᐃᓚᐃᔭ ᓄᕙᓕᖓᖅ"]
    assert _found("Scorecard: ᓖᓯ ᐃᐲᓕ skipped Caitlin to a 7-4 win. (873) 945-9512") == ["ᓖᓯ ᐃᐲᓕ"]
    assert _found("Tombola prize 47 - won by ᐃᓕᓴᐱ ᐊᕐᓇᑲᖅ, (867) 222-5949") == ["ᐃᓕᓴᐱ ᐊᕐᓇᑲᖅ"]


def test_georgian_capitals_are_letters_too() -> None:
    assert _found("ᲓᲐᲗᲝ ᲮᲐᲠᲐᲢᲘᲨᲕᲘᲚᲘ owes berth fees, ring 555 10 59 87") == ["ᲓᲐᲗᲝ ᲮᲐᲠᲐᲢᲘᲨᲕᲘᲚᲘ"]


@pytest.mark.parametrize("text", ["Meet at ᐃᖃᓗᐃᑦ 12 tomorrow", "Ship via ᐃᖃᓗᐃᑦ, 4 boxes"])
def test_place_slots_stay_places(text: str) -> None:
    assert _found(text) == []
