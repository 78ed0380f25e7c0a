"""Lists of full names in notes, through the whole text detector (the list rules are wired in)."""

from __future__ import annotations

import pytest

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.pii.text_detector import load_text_detector


def _names(text: str) -> set[str]:
    detector = load_text_detector(KNOWN_ENTITIES)
    if detector is None:
        pytest.skip("the 'pii' extra is not installed")
    return {text[s.start : s.end] for s in detector.find_spans([text])[0]}


def test_a_list_written_given_name_first_keeps_every_name() -> None:
    text = "Patrol 14:20, permits checked: Megan Hughes, Thomas Wright and Olivia Barker (all valid)."
    found = _names(text)
    assert {"Megan Hughes", "Thomas Wright", "Olivia Barker"} <= found, found


def test_the_other_items_of_a_list_beside_a_name_found() -> None:
    text = "Lodgers present: Tawanda Moyo, Joseph Banda and Rudo Ncube (all ok)."
    found = _names(text)
    assert {"Tawanda Moyo", "Joseph Banda", "Rudo Ncube"} <= found, found
