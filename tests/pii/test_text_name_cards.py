"""Greeting-card signers and addressees in order notes (own dev notes, not the set's templates)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_cards import card_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str, spans) -> list[str]:
    return [text[a:b] for a, b, _ in spans]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ('Gift order 4471, message: "Best wishes from Otto & the kids". Leave at reception.', "Otto"),
        ("Card: 'Congratulations on the new baby, love Svetlana and family'. Deliver Fri.", "Svetlana"),
        ("Karte: 'Alles Gute! Liebe Grüße, Jörg & Familie'. Zustellung Samstag.", "Jörg"),
        ("Tarjeta: 'Feliz cumpleaños, abuela. Con cariño, Ximena y familia'. Entregar el sábado.", "Ximena"),
        ("Card: 'Happy 90th Grandad, lots of love 지훈 & family'. Deliver to office.", "지훈"),
        ("Card text - 'Get well soon, Marisol Ybarra'. Pay on collection.", "Marisol Ybarra"),
        ("Card: 'Thinking of you, Прохор Лукин'. Payer on file.", "Прохор Лукин"),
    ],
)
def test_card_names(note: str, name: str) -> None:
    assert name in _found(note, card_name_spans(note))
    # The detector's name rules gather the card rule too.
    assert any(name in found for found in _found(note, name_pair_spans(note)))


@pytest.mark.parametrize(
    "note",
    [
        "Bring snacks & family photos. Friends and family welcome.",
        "Fun & family day at the Park; Food and Family festival.",
        'Message: "Well done, Team!" Delivered.',
        "Card: 'Happy anniversary, from all of us'. Deliver Monday.",
    ],
)
def test_no_card_names(note: str) -> None:
    assert card_name_spans(note) == []
