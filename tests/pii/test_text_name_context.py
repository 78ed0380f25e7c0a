"""Lower-case full names marked by a title or role word, a verb of speech after, or a clause of their own."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cued_names import cued_name_spans
from safe_synthesizer.pii.text_name_context import context_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in context_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A lower-case title: both words may be ordinary English words.
        ("collect from the depot for mrs holly brown at 9, she has two cases", "holly brown"),
        ("driver to wait for mr will turner outside the hotel", "will turner"),
        ("booked for dr. hans weber, account 55", "hans weber"),  # 'hans' is a Swedish function word
        # Passenger and resident words of several languages.
        ("abholung 7 uhr, fahrgast jürgen hoffmann, klingeln", "jürgen hoffmann"),
        ("recogida a las 8, pasajero carlos romero, llamar antes", "carlos romero"),
        ("ophalen om 8 uur, passagier pieter jansen, bellen", "pieter jansen"),
        ("the resident pearl banks reported a leak", "pearl banks"),
        ("occupant rita salvo asked about the bins", "rita salvo"),  # 'salvo' is a word of Spanish/Italian
    ],
)
def test_title_or_role_word_before(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("door locked, nobody in. gerlinde weiß called back at 4", "gerlinde weiß"),
        ("parcel left at the door; henrik sørensen says it was wet", "henrik sørensen"),
        ("no reply at 3pm - ottavio bianchi rang later to rebook", "ottavio bianchi"),
    ],
)
def test_verb_of_speech_after(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("account job - svetlana horvat, to the airport, 2 bags", "svetlana horvat"),
        ("standing order: benedikt kramer (monthly)", "benedikt kramer"),
    ],
)
def test_name_as_its_own_clause(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # Two English words without a title: no cue strong enough.
        "love it - mark rose, the colour is lovely",
        "the fabric - grace long, flowy and soft",
        "i think will young said it best",
        # A function word of English after a title, a country, a place.
        "mr and mrs came by",
        "for dr. costa rica, see the leaflet",
        # Capitalised names are the NER model's.
        "Resident Pearl Banks called",
        # Prose: a given name and a surname that is no name start here.
        "she said jack was there, rang back later",
    ],
)
def test_words_kept(text: str) -> None:
    assert _found(text) == []


def test_wired_into_cued_names() -> None:
    text = "left card at 12 elm road. gerlinde weiß called back at 4"
    assert any(text[a:b] == "gerlinde weiß" for a, b, _ in cued_name_spans(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("COLLECT FROM DEPOT FOR MRS HOLLY BROWN, 2 BAGS", "HOLLY BROWN"),
        ("NO ANSWER AT 3PM. GERLINDE WEISS CALLED BACK", "GERLINDE WEISS"),
    ],
)
def test_note_all_in_capitals(text: str, name: str) -> None:
    assert _found(text) == [name]


def test_capitals_words_kept() -> None:
    assert _found("LOVE IT - MARK ROSE, THE COLOUR IS LOVELY") == []
