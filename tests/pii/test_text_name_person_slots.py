"""One-word names in person slots of work notes (helper TN, session 54)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_person_slots import person_slot_spans


def _found(text: str) -> list[str]:
    return sorted(text[a:b] for a, b, _ in person_slot_spans(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("running late, can Kelli cover?", ["Kelli"]),
        ("running late, can June cover?", ["June"]),
        ("running late, can Lealofi cover?", ["Lealofi"]),
        ("anyone got Bryant's number? mine is 2073096983", ["Bryant"]),
        ("anyone got Long's number?", ["Long"]),
        ("anyone got de Haan's number?", ["de Haan"]),
        ("anyone got Aumavae's number?", ["Aumavae"]),
        ("anyone got Vicente Giralt's number?", ["Vicente Giralt"]),
        ("Minutes: Adelaida Arroyo elected treasurer, Eli seconded.", ["Eli"]),
        (
            "Handover: 1) Justin rang. 3) van der Meulen paid cash. 3) Parcel for Nienke in the back.",
            ["Justin", "Nienke", "van der Meulen"],
        ),
        ("Judy and Caroline arrived, dog on lead.", ["Caroline"]),
        ("Lance says Amber never turned up, 2nd time.", ["Amber"]),
        ("Leon says April never turned up.", ["April"]),
        ("Übergabe: Dana Sontag holt das Paket für Faruk ab.", ["Faruk"]),
        ("Passation : Jasmine récupère le colis de Bruno, pièce vue.", ["Bruno"]),
        ("Spare keys with Tealofi.", ["Tealofi"]),
        ("- chase Sefo\n- ring 7225", ["Sefo"]),
    ],
)
def test_names_in_slots(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "can Medicare cover the cost?",
        "can Monday work for you?",
        "the Tesco's number is on the receipt",
        "Parcel for Paris in the back",
        "Parcel for Amazon returns",
        "She says May is busy.",
        "ring Cardiff re the order",
        "Salt and Pepper arrived early",
        "Love this dress, the color is great and fits true to size.",
        "can You cover?",
    ],
)
def test_words_and_things_stay(text: str) -> None:
    assert _found(text) == []
