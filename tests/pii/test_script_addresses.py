"""Address cells in Hebrew, Persian, Georgian, Armenian and Azerbaijani."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.script_addresses import spaced_script_address


@pytest.mark.parametrize(
    "value",
    [
        "מזרחי יוסף 28, עמיר 9040524",
        "העבודה 56, נתיב השיירה, 8233025",
        "רביבים 87, חיפה",
        "خیابان فردوسی، پلاک 30, اصفهان 10312-73956",
        "რიონის ქ. 89",
        "ք. Ալավերդի, 0424, Պարոնյան 66, բն. 28",
        "Bülbül küç. 73B",
    ],
)
def test_addresses(value: str) -> None:
    assert spaced_script_address(value)


@pytest.mark.parametrize("value", ["ספר טוב", "גודל 42", "מחיר 100", "Maria Rossi", "12345"])
def test_no_addresses(value: str) -> None:
    # One word and a number is a label and its value (size 42, price 100), not a street.
    assert not spaced_script_address(value)


@pytest.mark.parametrize(
    "value",
    ["צוקית 67, פוריה - נווה עובד 1104812", "הנקר 45, מרחביה )מושב( 6481721", "מרחביה (מושב) 42"],
)
def test_israeli_localities_with_a_bracketed_kind_or_two_names(value: str) -> None:
    # The he_IL pipeline replay left these five address cells as written.
    assert spaced_script_address(value)
