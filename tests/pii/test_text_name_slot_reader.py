"""Names read by the slot they fill (text_name_slot_reader): marked sign-offs, brackets after a number,
possessors, prepositions' arguments, subjects in capitals or lower case, a titled pseudo-name's bracket; and the
ordinary words, brands, places and addresses each slot must leave alone."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_slot_reader import slot_name_spans


def _found(text: str, known: frozenset[str] | None = None) -> list[str]:
    return [text[a:b] for a, b, _ in slot_name_spans(text, known)]


def test_signoff_after_a_kiss_or_a_tilde() -> None:
    assert _found("Gate code changed, see board. 0612 998 221 xx marguerite") == ["marguerite"]
    assert _found("Fence panel down again, told the council.\n~ Okonkwo") == ["Okonkwo"]
    assert _found("need 2 x milk") == []


def test_bracket_after_a_phone_number() -> None:
    assert _found("Rang at 09:15 from 0722 441 908 (HALVORSEN) - left a message.") == ["HALVORSEN"]
    assert _found("Rang from 06 41 22 87 90 (VAN DER LINDEN), no message.") == ["VAN DER LINDEN"]
    assert _found("Rang from 010-4411-2290 (박) twice.") == ["박"]
    assert _found("Call 0207 946 0018 (MOBILE) or 0207 946 0019 (WORK)") == []
    assert _found("Invoice to 서울특별시 강남구 테헤란로 12 (역삼동).") == []


def test_possessors_of_a_thing_or_a_day() -> None:
    assert _found("Jo took the float from Henrietta's till at noon.") == ["Henrietta"]
    assert _found("Could Mo swap Okafor's Thursday?") == ["Okafor"]
    # The elided noun is the earlier possessor's: both are people.
    assert _found("Dunmore's coat swapped with Pryce's, both labelled wrong.") == ["Dunmore", "Pryce"]


def test_possessives_that_are_no_people() -> None:
    text = "Lunch at McDonald's, then Ben & Jerry's. Parkinson's disease noted; Valentine's Day raffle."
    assert _found(text) == []
    assert _found("Meet at Trader Joe's car park; walk to Taylor's Range after.") == []
    assert _found("Sir Humphrey's bilge pump failed.") == []


def test_argument_of_a_preposition_ending_its_clause() -> None:
    assert _found("Parcel signed for by lucinda (gate 4); driver left.") == ["lucinda"]
    assert _found("Wallet found by theodora vasquez on the bus.") == ["theodora vasquez"]
    assert _found("Spare fob handed over with KOWALCZYK.") == ["KOWALCZYK"]
    assert _found("Reply to lucinda.m@example.org for details") == []
    assert _found("Booked for rose garden tour, paid with cash. Stock for will.") == []


def test_subjects_in_capitals_and_in_lower_case() -> None:
    assert _found("Boxes sorted - OYELARAN asked for the keys back.") == ["OYELARAN"]
    assert _found("ingrid brought the spare chairs back on Monday.") == ["ingrid"]
    assert _found("staff brought cakes. rice arrived late. the owner said fine.") == []


def test_bracket_after_a_titled_pseudo_name() -> None:
    assert _found("Dock log: Lady Grace (Harriet Moyo) slipped her line overnight.") == ["Harriet Moyo"]


def test_known_name_words_are_a_second_cue() -> None:
    assert _found("Keys left for ngaio (back door).") == []
    assert _found("Keys left for ngaio (back door).", frozenset({"ngaio"})) == ["ngaio"]
