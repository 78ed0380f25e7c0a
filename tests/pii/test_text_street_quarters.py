"""Quarters and villages as the address, in any case, told by the house or landmark after them (set 36 kept
``quartier <name>, près du ...``, ``quartier <name> Sud, case N``, ``Quartier N, près du ...``, ``Avenue N, Quartier
N``); the places here are my own, in other notes and towns."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_quarters import quarter_street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in quarter_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Livraison à quartier Kawéni, derrière la pharmacie. Merci", "quartier Kawéni, derrière la pharmacie"),
        ("il habite au quartier Labattoir Nord, case 12 avec sa mère", "quartier Labattoir Nord, case 12"),
        ("voisin, village de Bandrélé, en face de l'école primaire.", "village de Bandrélé, en face de l'école"),
        ("Adresse : Quartier 4, près du marché central", "Quartier 4, près du marché"),
        ("Remis au gardien, Avenue 26, Quartier 3, à midi", "Avenue 26, Quartier 3"),
        ("chez Hibo, cité Arhiba 3, villa 210. Tél 77", "cité Arhiba 3, villa 210"),
        ("left at village Dembéni, near the mosque. Call her", "village Dembéni, near the mosque"),
        ("Signé: Ali, lotissement Les Palmiers, lot 7", "lotissement Les Palmiers, lot 7"),
    ],
)
def test_quarter_lines_are_found_with_their_house_or_landmark(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "le quartier Latin est animé le soir",
        "dans le quartier Saint-Michel, près de la gare, un incendie a eu lieu",  # news prose: a determiner before it
        "The village Council met near the church on Monday",
        "Le secteur Nord progresse, près de 12 % de hausse",
        "Un quartier calme, près du centre, idéal pour les familles",  # no name after the quarter word
    ],
)
def test_quarters_in_prose_are_no_address(text: str) -> None:
    assert _streets(text) == []
