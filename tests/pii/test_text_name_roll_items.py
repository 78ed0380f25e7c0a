"""One-word items of a roll of people whose other items are surely names (helper TL, session 55)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_roll_items import roll_item_spans


def _found(text: str) -> list[str]:
    return sorted(text[a:b] for a, b, _ in roll_item_spans(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rota: Andres, Mrs Glenn, William Ralph + Curry on Saturday", ["Andres", "Curry"]),
        (
            "Rota: Clayton Murphy, Trevor, Fernando and Hall on Saturday; Mr Murphy on keys.",
            ["Fernando", "Hall", "Trevor"],
        ),
        (
            "Rota: Petitjean, Mrs Delmas, Marie & Nicole on Saturday; Mr Petitjean on keys.",
            ["Marie", "Nicole", "Petitjean"],
        ),
        ("Rota: Mrs Sullivan, Fa'atonu, Mr Fernandez & May on Saturday", ["Fa'atonu"]),
        ("Apologies from maartje dries, Tijmen Janse, brent pons & Hanegraaff. Noah only.", ["Hanegraaff"]),
    ],
)
def test_roll_items(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Sales, Marketing and Jenna Evans",
        "Rota: Sales, Marketing, Stock and Jenna Evans on Saturday",
        "Bring Paris, London and Rome brochures, plus maps.",
        "Rota: Mrs Glenn, Saturday, Sunday & Monday.",
        "love the color, fit and feel, great for May and June.",
    ],
)
def test_words_stay(text: str) -> None:
    assert _found(text) == []
