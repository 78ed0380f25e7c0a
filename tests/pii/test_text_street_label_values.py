"""Addresses named right after an address label, whatever their shape."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_label_values import label_value_street_spans


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in label_value_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("New donor. Address checked: Mission Road.", "Mission Road"),
        ("Tried twice. Address on library card Hibiscus Drive.", "Hibiscus Drive"),
        ("Refund done. Forwarding address near the maneaba, Bairiki. Night: Bonnie", "near the maneaba, Bairiki"),
        ("Forwarding address lagoon side, Ambo. Night: Bonnie", "lagoon side, Ambo"),
        ("NAME: EBIL MARIUR   TEL 7750010   ADDR MALAKAL ROAD, NEAR THE STORE   SIGNED MARIUR",
         "MALAKAL ROAD, NEAR THE STORE"),
        ("Message : rappeler. Habite lotissement Moucayou.", "lotissement Moucayou"),
        ("Habite PK route de Rochambeau.", "PK route de Rochambeau"),
        ("Habite Rue de Damas Imm. Azar étage.", "Rue de Damas Imm. Azar étage"),
        ("Besked: ring tilbage. Bor på Eqalugalinnguit 47.", "Eqalugalinnguit 47"),
        ("Belde over de afspraak. Woont Ringweg Zuid 25.", "Ringweg Zuid 25"),
        ("Address on library card next to the Kiribati Teachers College.", "next to the Kiribati Teachers College"),
        ("Address checked: Nambatu, behind the Chinese store.", "Nambatu, behind the Chinese store"),
        ("Address: St. John Road. Ok", "St. John Road"),
    ],
)  # fmt: skip
def test_value_after_a_label_is_an_address(text: str, street: str) -> None:
    assert _found(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "Address: same as before.",
        "Address checked: yes",
        "Address checked: Unknown.",
        "Habite chez Marie.",
        "He lives at home now.",
        "Updated the Address Book on Monday.",
        "Please address the letter to the manager.",
        "Address: see file, then call back after lunch with the new figures for the board meeting today.",
        "Address checked: Monday.",
    ],
)
def test_answers_and_prose_are_no_address(text: str) -> None:
    assert _found(text) == []
