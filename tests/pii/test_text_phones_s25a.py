"""Phones in notes: 'my number' in other languages before 8-digit national numbers, Hungarian slashed
area codes after a strong cue, Ukrainian/Russian cue words; amounts and order numbers stay."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_patterns import phone_spans

_REGIONS = ("DK", "NO", "HU", "UA", "US", "GB", "DE")


def _phones(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in phone_spans(text, _REGIONS)]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("[08:02] kunde: hej, det er anna karlsen, mit nummer er 32 70 84 60 [08:03]", "32 70 84 60"),
        ("kunde: hei, dette er heidi solheim, nummeret mitt er 48781299 [08:03]", "48781299"),
        ("ügyfél: jó napot, gál valéria vagyok, a számom 31/038-6031 [08:03]", "31/038-6031"),
        ("Feladat: dr. Nagy felhívja a 50/242 2213 számot", "50/242 2213"),
        ("érdeklődni Szabó, István néven a 21/826 3508 számon 18 óra után", "21/826 3508"),
    ],
)
def test_phone_found(text: str, phone: str) -> None:
    assert phone in _phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "order number 48781299 shipped on Monday",
        "Prisen er 12 500 000 kr.",
        "sizes 39/28/35 140",
        "a 2023/24 szezon 1/234 5678 részlet",  # a slashed number without a phone cue
    ],
)
def test_no_phone(text: str) -> None:
    assert _phones(text) == []


def test_nordic_on_before_grouped_number() -> None:
    text = "Afhentes på Heisesvej 95, ring til dr. Louise Frandsen på 90 28 23 65 efter kl. 18."
    assert "90 28 23 65" in _phones(text)
    assert _phones("Huset solgt på 12 500 000 kr.") == []
