"""Family names built with a naming particle, standing alone in a clause (text_name_particle_runs)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_particle_runs import particle_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in particle_name_spans(text)]


def test_particle_names_in_capitals_and_capitalised() -> None:
    assert _found("AÏT OUFELLA to pick up the cup, ring 026 11 22 33") == ["AÏT OUFELLA"]
    assert _found("Out late with MOREIRA-DOS REIS, call back") == ["MOREIRA-DOS REIS"]
    assert _found("deposit paid by OULD MOHAMEDOU.") == ["OULD MOHAMEDOU"]
    assert _found("NÍ DHONNCHADHA rang twice") == ["NÍ DHONNCHADHA"]
    assert _found("ask Ait Oufella tomorrow") == ["Ait Oufella"]


def test_places_articles_given_names_and_titles_stay() -> None:
    assert _found("flew to EL PASO, then LOS ANGELES") == []
    assert _found("DE LA PAZ office") == []
    assert _found("Le Mans race on Sunday") == []
    assert _found("tea with Ben Harper") == []
    assert _found("Das Boot was shown") == []
    assert _found("Siemens AG paid") == []
    assert _found("The Ould Lammas Fair Committee") == []
