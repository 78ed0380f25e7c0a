"""Numbers after a verb of calling, its person and on/at: phones whatever their length."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_called_on import called_on_phone_spans


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("wants a skin fade for the party. text him on 4481207", "4481207"),
        ("ring her at 0733289 after 5", "0733289"),
        ("give her a ring on 07700 900123, thanks", "07700 900123"),
        ("Kunde ist erreichbar unter 0151 2345678.", "0151 2345678"),
        ("bel hem op 0612345678 voor de sleutel", "0612345678"),
        ("merci de l'appeler au 06 12 34 56 78", "06 12 34 56 78"),
        ("can't make Tuesday, call me back on 552019", "552019"),
    ],
)
def test_number_after_the_clause_is_a_phone(text: str, number: str) -> None:
    spans = called_on_phone_spans(text)
    assert [text[a:b] for a, b, _ in spans] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "call me at 10.30 tomorrow",  # a time
        "call him on 20261015",  # a date run together
        "call them at 2024 prices",  # too few digits
        "pay him on 50000",  # no verb of calling
        "the text on 3370245 pages",  # no person called
        "ring him at 1990-2000",  # a range
        "call her on 12 500 kg",  # an amount
    ],
)
def test_other_numbers_are_no_phones(text: str) -> None:
    assert called_on_phone_spans(text) == []


def test_numbers_already_found_are_left() -> None:
    text = "text him on 4481207"
    assert called_on_phone_spans(text, [(12, 19)]) == []
