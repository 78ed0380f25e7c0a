"""A lower-case name before its street line after a label ("delivery note: holly baker - 14 Elm Road"), and Welsh
"Siân" (session 39)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_lower_cues import lower_cue_name_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in lower_cue_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("drop-off note: robin fisher - 14 Elm Road, porch.", "robin fisher"),
        ("manifest: holly mason, 9 Kiln Lane, fragile", "holly mason"),
        ("courier memo: siân pritchard - 3 Heol y Felin", "siân pritchard"),
    ],
)
def test_name_before_its_street_line(text: str, name: str) -> None:
    assert name in _names(text)
    # Words before a quantity are no name ("red wine - 12 bottles").
    assert _names("items: red wine - 12 bottles, rose gold - 24 carat") == []
