"""A given name with an age in brackets after it (own dev notes: other names and templates than the sets)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str, spans) -> list[str]:
    return [text[a:b] for a, b, _ in spans]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("RSVP yes! Two adults, plus Henrike (age 9) and Bastian (aged 11).", ["Henrike", "Bastian"]),
        ("Kids menu for Elodie (4) and Leandro (6), no nuts", ["Elodie", "Leandro"]),
        ("Anmeldung: Frieda (7 J.) kommt mit Oma", ["Frieda"]),
        ("Inscription de Maëlle (5 ans) au stage de tennis", ["Maëlle"]),
        ("Camp list: Radoslav (12) needs an inhaler, Ilse (y/o 10) none", ["Radoslav"]),
    ],
)
def test_age_names(note: str, names: list[str]) -> None:
    found = _found(note, name_pair_spans(note))
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    "note",
    [
        "Bouquet: Rose (12), Carnation (6) and Will (2) fillers",
        "See Room (4) and Paris (2) on the plan; Chapter (12) too",
        "Refer to Emma (page 12) of the manual",
    ],
)
def test_no_age_name(note: str) -> None:
    from safe_synthesizer.pii.text_name_age import age_name_spans

    assert age_name_spans(note) == []
