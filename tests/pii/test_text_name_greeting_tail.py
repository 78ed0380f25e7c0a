"""A name closing a wish before "!" with no comma: read by the shape, not the wish's words."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_greeting_tail import greeting_tail_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in greeting_tail_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Happy birthday Chad! Lots of love from Antonio Wolfe and the gang", "Chad"),
        ("Joyeux anniversaire Matthieu ! Bisous", "Matthieu"),
        ("Feliz cumpleaños Ana María!", "Ana María"),
        ("Get well soon Kayleigh! From all at the club.", "Kayleigh"),
        ("Benvenuta/o Natalia Farinelli! Abita in Contrada Michele, 4.", "Natalia Farinelli"),
    ],
)
def test_the_name_closing_a_wish_in_any_language(text: str, name: str) -> None:
    assert [n for n, _ in _found(text)] == [name]


def test_a_title_before_the_name_stays_out_of_the_span() -> None:
    assert _found("Happy 40th Mrs Lisa Okafor! Party at ours") == [("Lisa Okafor", "name")]


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to Lisbon!",  # a preposition before the run: a place
        "Great Job!",  # one capitalised word and a name word: a title-case phrase
        "Love this dress!",
        "Thank you Retailer!",  # no name word
        "Buy it now!",
        "¡Feliz cumpleaños, José Ángel Salvà Artigas Roig!",  # four capitalised words: longer than a name run
        "Happy Birthday From The Team!",
    ],
)
def test_no_name_where_the_shape_is_not_a_wish_and_a_name(text: str) -> None:
    assert _found(text) == []


def test_in_a_latin_note_words_of_another_spaced_script_are_the_name_its_title_left_out() -> None:
    assert [n for n, _ in _found("Happy birthday ᒦᑲ! Lots of love from the gang")] == ["ᒦᑲ"]
    assert [n for n, _ in _found("Happy 40th திரு குகன் ரவீந்திரன்! Party at ours")] == ["குகன் ரவீந்திரன்"]
    assert _found("عيد ميلاد سعيد يا أحمد!") == []  # not a Latin note: the script's own readers judge it


def test_a_form_of_address_of_the_world_tables_is_no_name_word() -> None:
    assert [n for n, _ in _found("Happy 40th Mudane Omar Farah! Party at ours")] == ["Omar Farah"]
