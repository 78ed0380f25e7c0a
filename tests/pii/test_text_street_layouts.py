"""Street layouts missed on the diagnostic set 7 (issue 11): pt/es_MX/cs/pl/en_AU streets, address cues."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Please use the side gate at R. dos Melros, 242. Dog in the garden!", "R. dos Melros, 242"),
        ("She lives alone at Avenida de Vinte e Quatro de Agosto, 4 (4000-000 Porto).",
         "Avenida de Vinte e Quatro de Agosto, 4"),
        ("Nobody home at pl. Żwirki i Wigury 92, the neighbour took it.", "pl. Żwirki i Wigury 92"),
        ("She lives alone at Privada Nazario 129 905 (16797 Nueva Suiza).", "Privada Nazario 129 905"),
        ("She lives alone at Level 4 50 Sharon Edge (2600 Canberra).", "Level 4 50 Sharon Edge"),
        ("She lives alone at Spolupráce 4 (123 45 Vimperk).", "Spolupráce 4"),
        ("She lives alone at Podle Náhonu 27 (123 45 Brno).", "Podle Náhonu 27"),
        ("Nobody home at Nábřeží Ludvíka Svobody 79, the neighbour took it.", "Nábřeží Ludvíka Svobody 79"),
        ("She lives alone at Praia Nina Barbosa (12345-678 Mendonça).", "Praia Nina Barbosa"),
        ("* Address - avenue Deshusses, Lausanne", "avenue Deshusses"),
    ],
)  # fmt: skip
def test_street_found(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "R. dos Santos called about the invoice.",  # an initial and a surname, no house number
        "The team lives at Level 3 of the tower.",  # no street type after the unit and number
        "We met at Gate 4 and walked home.",  # no address cue
        "Home at last, she said.",
    ],
)
def test_no_street(text: str) -> None:
    assert _streets(text) == []
