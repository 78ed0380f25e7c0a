"""A street named after a person with a middle initial, then its building (session 40, Panama)."""

from __future__ import annotations

from safe_synthesizer.pii.text_street_buildings import building_street_spans


def test_middle_initial_in_the_street_before_the_building():
    text = "Titular X, Calle Justo A. Fábrega, Edificio PH Brisas del Sol, apto 22, David, tel. 6612-3344."
    assert [text[a:b] for a, b, _ in building_street_spans(text)] == [
        "Calle Justo A. Fábrega, Edificio PH Brisas del Sol, apto 22"
    ]
