"""The particle and family name after a name span belong to the name (own examples)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_particle_tails import with_particle_tails


def _tailed(text: str, value: str, entity: str = "first_name") -> list[str]:
    start = text.index(value)
    return [text[a:b] for a, b, _ in with_particle_tails(text, [(start, start + len(value), entity)])]


@pytest.mark.parametrize(
    ("text", "value", "name"),
    [
        ("Fitting done by Jónleif í Túni on Monday.", "Jónleif", "Jónleif í Túni"),
        ("Her sister SUNNIVA Á RYGGI will collect.", "SUNNIVA", "SUNNIVA Á RYGGI"),
        ("Cc: Femke van der Kolk, treasurer", "Femke", "Femke van der Kolk"),
        ("Guest Nurul binti Kamarudin checked in.", "Nurul", "Nurul binti Kamarudin"),
        ("Ask Mohamed ould Bouh at the desk.", "Mohamed", "Mohamed ould Bouh"),
        ("Witness: Rui da Costa", "Rui", "Rui da Costa"),
    ],
)
def test_particle_tails(text: str, value: str, name: str) -> None:
    assert _tailed(text, value) == [name]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Anna at Home today", "Anna"),
        ("Sam parked the van Monday", "Sam"),
        ("Leo in London", "Leo"),
        ("Send Lotte de Tickets", "Lotte"),  # "Tickets" is an ordinary word
    ],
)
def test_no_tails(text: str, value: str) -> None:
    assert _tailed(text, value) == [value]


def test_street_words_take_no_tail() -> None:
    assert _tailed("Um abraço, Rua de Balsemão, 12", "Rua", "name") == ["Rua"]
