"""Session 51 (helper TS): street lines the new modules find through ``street_spans`` once wired (Kigali's coded
streets, quarters in lower case by their house or landmark, island districts by their landmark, settlements, an
ordinary-word street type told by its flat, a compass word after the type). Fails unwired; the places are my own."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Courier to deliver at KG 9 Ave, No 41 before noon", "KG 9 Ave, No 41"),
        ("Livraison à quartier Kawéni, derrière la pharmacie. Merci", "quartier Kawéni, derrière la pharmacie"),
        ("il habite au quartier Labattoir Nord, case 12 avec sa mère", "quartier Labattoir Nord, case 12"),
        ("Remis au gardien, Avenue 26, Quartier 3, à midi", "Avenue 26, Quartier 3"),
        ("Regards\nJoelle Payet\nTel 2 512 300\nBeau Vallon, opposite the police station",
         "Beau Vallon, opposite the police station"),
        ("Meter read at Fox Bay Settlement today", "Fox Bay Settlement"),
        ("keys left at 4410 Brandt Falls Suite 201; call first", "4410 Brandt Falls Suite 201"),
        ("Visit at 40 Dean Street West. Call", "40 Dean Street West"),
    ],
)  # fmt: skip
def test_wired_street_lines(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "dans le quartier Saint-Michel, près de la gare, un incendie a eu lieu",
        "We went to Costa Coffee, near the station, and had a latte",
        "US 20 Rd is closed after the storm",
        "Our office moved to Canary Wharf area last year",
    ],
)
def test_wired_prose_stays(text: str) -> None:
    assert _streets(text) == []
