"""A lone given name as the holder of a ticket, seat or gift (own dev notes: other names and templates)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str, spans) -> list[str]:
    return [text[a:b] for a, b, _ in spans]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("Step-free access needed. Companion seat for Hildegard, row F.", ["Hildegard"]),
        ("Group of 4 - please print tickets for Lorenzo and Gianna at the desk", ["Lorenzo", "Gianna"]),
        ("Order 5520: birthday present for Ingeborg! Wrap in blue.", ["Ingeborg"]),
        ("Extra bed for Karl-Heinz in room 12, arrives late", ["Karl-Heinz"]),
        ("Bitte einen Platz für Wiebke reservieren.", ["Wiebke"]),
        ("Un billet pour Maëlle, s'il vous plaît.", ["Maëlle"]),
        ("Reservar una entrada para Ximena, fila 3.", ["Ximena"]),
    ],
)
def test_for_whom_names(note: str, names: list[str]) -> None:
    found = _found(note, name_pair_spans(note))
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    "note",
    [
        "Gift for Christmas! No invoice please.",
        "Need a ticket for Tuesday and a seat for Row 5.",
        "Booked a train ticket for Paris, and a gift for Papa.",
        "Gift card for Jordan (the country trip).",
        "Ticket for May, two seats for Sunday.",
    ],
)
def test_no_for_whom_name(note: str) -> None:
    from safe_synthesizer.pii.text_name_for_whom import for_whom_name_spans

    assert for_whom_name_spans(note) == []
