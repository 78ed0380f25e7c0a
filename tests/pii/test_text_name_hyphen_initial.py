"""Double given names with one part as its initial (set 26's de_DE Airtable pipeline replay kept
``H.-Dieter Haase`` in a note; my own names here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_hyphen_initial import hyphen_initial_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in hyphen_initial_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("K.-Heinz Obermeier hat angerufen.", "K.-Heinz Obermeier"),
        ("Rückfrage an Hans-J. Wendt-Lorenz, bitte bis Montag.", "Hans-J. Wendt-Lorenz"),
        ("gez. H.-J. Brückner", "H.-J. Brückner"),
        ("Karl-H. Pfeiffer returned the lamp on Monday.", "Karl-H. Pfeiffer"),
    ],
)
def test_shortened_double_given_names(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    ["Take the U.-Bahn to Nord-K. Station", "Nord-K. Ring is closed", "see A.-Beispiel Seite 4", "no hyphen here"],
)
def test_other_hyphens_stay(text: str) -> None:
    assert _found(text) == []


def test_name_pairs_include_the_form() -> None:
    text = "W.-Dieter Kolbe brought the fan back."
    assert (0, 15) in [(a, b) for a, b, _ in name_pair_spans(text)]
