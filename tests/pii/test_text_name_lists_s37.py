"""West African names in the text name lists (session 37)."""

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Commande pour Moussa Ndiaye, 12 rue Carnot, Dakar.", "Moussa Ndiaye"),
        ("RDV de Aminata Sarr le 3 mai.", "Aminata Sarr"),
        ("Colis remis à Serigne Mbacké Diouf hier.", "Serigne Mbacké Diouf"),
    ],
)
def test_senegalese_names_in_french_notes(text: str, name: str) -> None:
    start = text.index(name)
    assert any(a <= start and start + len(name) <= b for a, b, _ in name_pair_spans(text))


def test_ordinary_french_words_stay() -> None:
    text = "Livraison prévue mardi, Dakar Plateau, merci de votre patience."
    assert name_pair_spans(text) == []
