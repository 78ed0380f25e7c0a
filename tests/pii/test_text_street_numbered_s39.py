"""Post-office boxes of other languages in text: Postfach, Apartado, Postbus, Casilla, BP (session 39)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_numbered import numbered_street_spans


def _boxes(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in numbered_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "box"),
    [
        ("Bitte an Postfach 45 12, 80333 München senden.", "Postfach 45 12"),
        ("Correspondencia: Apartado 208, Ourense.", "Apartado 208"),
        ("Antwoord naar Postbus 1177, Leeuwarden.", "Postbus 1177"),
        ("Enviar a casilla 3321, Valparaíso.", "casilla 3321"),
        ("Nous habitons BP 2417 à Yaoundé.", "BP 2417"),
        ("Livraison : Mme Ngo Biyong, B.P. 730, Garoua.", "B.P. 730"),
    ],
)
def test_po_boxes(text: str, box: str) -> None:
    assert box in _boxes(text)
    # Blood pressures are no boxes, after a comma too.
    assert _boxes("Obs: pulse 88, BP 142, sats 97%. BP 120/80 later.") == []
