"""National phone numbers beside an international number of the same country."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_mates import phone_mate_spans


def _found(text: str) -> list[str]:
    return sorted({text[a:b] for a, b, _ in phone_mate_spans(text)})


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("paid to the wrong number +592 623 4410 instead of 622 9087. ID 551230987 seen.", "622 9087"),
        ("Payout to 655 1203 please, not to +592 688 0412.", "655 1203"),
        ("call +47 41 22 33 44 or 92 11 45 67 after five", "92 11 45 67"),
        ("ring +675 7234 5678 or 7312 0044", "7312 0044"),
    ],
)
def test_national_mates(text: str, phone: str) -> None:
    assert phone in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Order 123 456 shipped, call +1 202 555 0143 on 12.03.2024 about 2 items, ref 4521-778",
        "Tel +34 612 345 678, DNI 12345678Z, cuenta 2100 0418 45 0200051332",
        "Call +44 20 7946 0958; postcode SW1A 1AA; 2 x 3 boxes; room 12-14",
        "No international number here: 609 1335 and 7383 1822",
    ],
)
def test_no_mate(text: str) -> None:
    assert phone_mate_spans(text) == []
