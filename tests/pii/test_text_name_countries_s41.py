"""Greenlandic given and family names in notes (set 26's kl_GL vet table kept ``Nivi Kristiansen`` and
``Ivalu Naja Motzfeldt``; my own names and sentences here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_countries import COUNTRY_FAMILY, COUNTRY_GIVEN


@pytest.fixture(scope="module")
def detector():
    from safe_synthesizer.pii.text_detector import load_text_detector

    det = load_text_detector(["name", "first_name", "last_name"])
    if det is None:
        pytest.skip("the 'pii' extra is not installed")
    return det


def _names(detector, text: str) -> list[str]:
    return [
        text[s.start : s.end] for s in detector.find_spans([text])[0] if s.entity in ("name", "first_name", "last_name")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Collected by a grandparent, Kimmernaq Sofie Lyberth (not on the list).", "Kimmernaq Sofie Lyberth"),
    ],
)
def test_greenlandic_names_in_notes(detector, text, name):
    assert name in _names(detector, text)


def test_greenlandic_words_that_are_no_names_are_not_listed():
    assert not {"ataata", "aka", "varna", "storch"} & (COUNTRY_GIVEN | COUNTRY_FAMILY)
    assert {"aviaja", "aputsiaq"} <= COUNTRY_GIVEN and {"lynge", "kreutzmann"} <= COUNTRY_FAMILY
