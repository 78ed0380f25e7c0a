"""A number right after a person's name (a sign-off, a contact named before their number), and "calls to/on" as a
phone cue (text_phone_uncued, text_phone_cues; session 42)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_detector import load_text_detector
from safe_synthesizer.pii.text_phone_uncued import uncued_phone_spans

_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "JP", "PL", "SE")


@pytest.fixture(scope="module")
def detector():
    found = load_text_detector(["phone_number", "name", "date_of_birth"])
    if found is None:
        pytest.skip("the pii extra is not installed")
    return found


def _phones(detector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.find_spans([text])[0] if s.entity == "phone_number"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("tak for i dag, vi ses. hilsen søren kjær 52 61 18 09", "52 61 18 09"),  # a Danish sign-off
        ("gracias por todo. atentamente lucia fernandez ramos 71234409", "71234409"),  # Bolivian mobile
        ("If she is out, try Marta Quintero 6231-4580. Bring the form.", "6231-4580"),  # Panamanian, dashed
        ("Talked to Jonas Eriksen on 93847261, he will bring the keys.", "93847261"),
        ("If no answer, Carmen Ortega 7612 3344.", "7612 3344"),
    ],
)
def test_a_number_after_a_name_is_a_phone(detector, text: str, number: str) -> None:
    assert number in _phones(detector, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Follow-up: 4 calls to 41 22 87 90 went to voicemail.", "41 22 87 90"),
        ("Mrs Dale prefers calls on 41872209 in the evening.", "41872209"),
    ],
)
def test_calls_to_and_on_cue_a_phone(detector, text: str, number: str) -> None:
    assert number in _phones(detector, text)


def test_references_dates_and_short_numbers_after_a_name_are_no_phones() -> None:
    assert uncued_phone_spans("Pick-up by Carmen Ortega 7612 3344.", [], _REGIONS) == [(25, 34, "phone_number")]
    for text in (
        "Order for Maria Gonzalez 61234567.",  # a reference word before the name
        "Account holder Erik Larsen 40 12 33 21.",
        "Signed by Anna Berg 19850412.",  # a compact date
        "Team captain Anna Berg 1234567.",  # seven digits in a run
        "Seen by Anna Berg 12.05.2024.",
    ):
        assert uncued_phone_spans(text, [], _REGIONS) == [], text
