"""Id numbers after an id word and what was done with the document (text_id_checked)."""

import pytest

from safe_synthesizer.pii.text_id_checked import checked_id_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in checked_id_spans(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Owner phoned asking for the deed. Id checked: 30511296604.", "30511296604"),
        ("Grave owner rang (+97517585260). Id checked: 10204481735.", "10204481735"),
        ("ID seen - 2652-3000-18, all fine.", "2652-3000-18"),
        ("Passport verified: AB1234567 at the desk.", "AB1234567"),
        ("id checked: 30511296604", "30511296604"),
    ],
)
def test_checked_ids(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "ID checked: yes.",
        "ID checked: 14:30.",
        "Id checked on arrival: 12/05/2024.",
        "ID photo taken: 2024-05-01.",
        "ID order no: 4412 3390",
        "Pass holder seen - 1 250 EUR",
    ],
)
def test_times_dates_records_stay(text: str) -> None:
    assert _found(text) == []
