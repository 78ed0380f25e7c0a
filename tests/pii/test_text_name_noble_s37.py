"""Noble names with a von/zu/und particle chain (session 37)."""

import pytest

from safe_synthesizer.pii.text_name_noble import noble_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in noble_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Naam: Loes Coreth von und zu Coredo und Starkenberg, geboren",
            "Loes Coreth von und zu Coredo und Starkenberg",
        ),
        ("Anmeldung von Karl Theodor von und zu Guttenberg, geboren", "Karl Theodor von und zu Guttenberg"),
    ],
)
def test_particle_chain_is_one_name(text: str, name: str) -> None:
    assert _found(text) == [name]
    start = text.index(name)
    assert any(a <= start and start + len(name) <= b for a, b, _ in name_pair_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Peter Müller und Anna Schmidt kommen",
        "Maria von Trapp und Anna Schmidt kommen",  # "und" before a full name joins no seat
        "Anna fährt von Berlin zu Hause und Anton",
        "Anna von der Leyen kommt",  # no "und": the pair rules' business
    ],
)
def test_conjunctions_stay(text: str) -> None:
    assert _found(text) == []
