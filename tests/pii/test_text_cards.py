"""Card numbers in text beyond the common networks' prefixes (Mir, UnionPay 81, Maestro 59) and after card words."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.text_cards import card_spans
from safe_synthesizer.pii.text_patterns import pattern_spans


def _found(spans, text: str) -> dict[str, str]:
    return {text[a:b]: e for a, b, e in spans}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Выплата на карту 2202261543982631, телефон 8 (975) 332-55-12.", "2202261543982631"),  # Mir
        ("Плащане с 2204 0491 5701 2375 на рецепцията.", "2204 0491 5701 2375"),  # Mir in groups, no card word
        ("refund sent to 8182790861259454 today", "8182790861259454"),  # UnionPay 81
        ("Izplačilo na kartico 5948039367573765, hvala.", "5948039367573765"),  # Maestro 59
        ("Kartennummer: 1234 5678 9012 3452 bitte sperren", "1234 5678 9012 3452"),  # any Luhn-valid after a card word
    ],
)
def test_cards_found(text: str, value: str) -> None:
    assert _found(card_spans(text), text).get(value) == E.CREDIT_DEBIT_CARD
    spans = pattern_spans(text, PHONE_REGIONS, frozenset({E.CREDIT_DEBIT_CARD, E.PHONE_NUMBER}))
    assert _found(spans, text).get(value) == E.CREDIT_DEBIT_CARD


@pytest.mark.parametrize(
    "text",
    [
        "order 1234567812345670 shipped",  # Luhn-valid, unknown prefix, no card word
        "Kartennummer: 1234 5678 9012 3456 bitte",  # card word, Luhn fails
        "invoice 2202261543982632 paid",  # Mir prefix, Luhn fails
        "ticket 1234 5678 9012 3452",  # no card word
    ],
)
def test_no_card(text: str) -> None:
    assert card_spans(text) == []
