"""Session 23: template words the English NER model took for people in other languages' notes
("Rückruf", "Versicherungsnehmer"), English role nouns ("Landlord"), and a street line that ran
across a line break into the next label. Each failed before the fix (set 8 words kept de_AT 0.918)."""

from __future__ import annotations

import pytest

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.pii import text_detector as T
from safe_synthesizer.pii.text_streets import street_spans


@pytest.fixture(scope="module")
def detector():
    det = T.load_text_detector(KNOWN_ENTITIES)
    if det is None:
        pytest.skip("pii extra not installed")
    return det


def _found(detector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.find_spans([text])[0]]


def test_role_noun_and_german_noun_are_kept(detector) -> None:
    text = (
        "Schadenmeldung: Versicherungsnehmer Roman Steinlechner, wohnhaft Voglerweg 074, "
        "Rückruf unter 0043473810124084."
    )
    found = _found(detector, text)
    assert "Roman Steinlechner" in found
    assert not any("Rückruf" in f or "Versicherungsnehmer" in f for f in found)


def test_english_role_word_is_no_person(detector) -> None:
    text = "Landlord inspection: Fr. Adler found damp in the bathroom and asks to book visits via hans@example.net."
    assert "Landlord" not in _found(detector, text)


def test_street_line_stops_at_the_line_break() -> None:
    text = "Location: Birte-Säuberlich-Allee 1\nWitness Frau Dr. Specht can be reached on 0049663332376."
    spans = [text[a:b] for a, b, _ in street_spans(text)]
    assert spans == ["Birte-Säuberlich-Allee 1"]
