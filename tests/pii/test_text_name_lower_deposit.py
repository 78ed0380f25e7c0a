"""Lower-case names after the prepositions of "left with / at the home of" in notes not in English."""

import pytest

from safe_synthesizer.pii.text_name_lower_deposit import lower_deposit_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_deposit_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Schlüssel bei sina kohl-stroh abgegeben, 2. Stock", "sina kohl-stroh"),
        ("Colis déposé chez bernard vigneau, gardien", "bernard vigneau"),
        ("Pacco lasciato da fabio giardi al piano terra", "fabio giardi"),
        ("Paquete dejado con maximino corominas plaza, portería", "maximino corominas plaza"),
        ("Paketet lämnat hos karl johansson i trapphuset", "karl johansson"),
    ],
)
def test_lower_case_names_after_a_deposit(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Colis déposé chez le voisin du dessus",
        "Pacco lasciato da solo davanti alla porta",
        "déposé chez clair claire classe",
        "Pakket afgegeven bij ring rok rond",
        "con maximino corominas a la fiesta",  # no leaving verb
    ],
)
def test_prose_after_a_deposit_keeps_its_words(text: str) -> None:
    assert _found(text) == []
