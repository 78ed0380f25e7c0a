"""Breton and Scottish Gaelic street lines with their articles (session 39)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_celtic import celtic_street_spans
from safe_synthesizer.pii.text_streets import street_spans


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Demeurant 5 Straed ar Menez, 29000 Kemper.", "5 Straed ar Menez"),
        ("Nous habitons 8 Plasenn al Leur-Gêr.", "8 Plasenn al Leur-Gêr"),
        ("Delivery to 31 Sràid na h-Abhainn, Inbhir Nis.", "31 Sràid na h-Abhainn"),
        ("Flat above 4 Rathad a' Chladaich, Steòrnabhagh.", "4 Rathad a' Chladaich"),
        ("Taigh ùr: Rathad an t-Sìthein 12, Port Rìgh.", "Rathad an t-Sìthein 12"),
    ],
)
def test_celtic_streets(text: str, street: str) -> None:
    assert street in [text[a:b] for a, b, _ in celtic_street_spans(text)]
    assert any(text[a:b].startswith(street) for a, b, _ in street_spans(text))


@pytest.mark.parametrize(
    "text",
    ["Ceann an Locha looked lovely at 5.", "We met the Hent family 3 times.", "Straed an Iliz is closed."],
)
def test_no_number_or_no_name_is_no_street(text: str) -> None:
    assert celtic_street_spans(text) == []
