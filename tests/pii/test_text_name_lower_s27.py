"""Lower-case full names in notes not in English: two-surname names and language guessed from vocabulary."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_lower import _english_text, lower_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Spanish and Portuguese: a given name and two surnames, or two given names and two surnames.
        ("se dejó con el portero, ramiro quintero salazar ausente. tocar timbre", "ramiro quintero salazar"),
        ("recoge rosalía benítez carrasco mañana", "rosalía benítez carrasco"),
        ("deixado com o porteiro, joão pedro nogueira barros ausente", "joão pedro nogueira barros"),
    ],
)
def test_two_surname_names(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Swedish function words missing from spaCy's list ("hos", "ej"): the vocabulary says it is no English.
        ("kartongen lämnad hos grannen, gunnar lindqvist ej hemma. ring portkod 12", "gunnar lindqvist"),
    ],
)
def test_note_with_few_english_words_is_not_english(text: str, name: str) -> None:
    assert not _english_text(text)
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "customer julie weiss wants drops at the side gate",
        "left the parcel with the neighbour, driver could not find the house number",
        "love this top, fits true to size and the colour is lovely",
    ],
)
def test_english_notes_stay_english(text: str) -> None:
    assert _english_text(text)


def test_prose_words_after_a_name_are_not_taken() -> None:
    text = "entregado al conserje, ramiro quintero no estaba en casa"
    assert _found(text) == ["ramiro quintero"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A particle before a surname that is also an English noun, the given name no word at all.
        ("pacote com o porteiro, rodrigo da costa ausente", "rodrigo da costa"),
        # A second given name and a particle before the surname.
        ("pacote com o porteiro, pedro henrique da cunha ausente", "pedro henrique da cunha"),
    ],
)
def test_particle_surnames(text: str, name: str) -> None:
    assert _found(text) == [name]
