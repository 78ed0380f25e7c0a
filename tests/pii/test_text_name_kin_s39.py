"""Kinship words of Catalan, Galician, Basque, West Frisian, Breton and Scottish Gaelic before a relative's given
name (session 39)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_kin import kin_name_spans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Us escric per la meva filla Bruna, que té febre.", "Bruna"),
        ("Escribo polo meu fillo Iago, que está enfermo.", "Iago"),
        ("Gaur nire alaba Izaro ez da etorriko.", "Izaro"),
        ("Myn dochter Fokje is siik hjoed.", "Fokje"),
        ("Ma merc'h Bleuenn a zo klañv.", "Bleuenn"),
        ("Tha mo nighean Marsaili tinn an-diugh.", "Marsaili"),
    ],
)
def test_regional_kinship_words(text: str, name: str) -> None:
    assert name in [text[a:b] for a, b, _ in kin_name_spans(text)]
