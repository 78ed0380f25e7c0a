"""IBANs in any spelling reach the text patterns (:func:`text_id_iban.iban_spans` wired into ``pattern_spans``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import pattern_spans


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("refund to de89 3704 0044 0532 0130 00 asap", "de89 3704 0044 0532 0130 00"),
        ("PAY TO ES91.2100.0418.4502.0005.1332 STOP THANKS", "ES91.2100.0418.4502.0005.1332"),
        ("rekening nl91-abna-0417-1643-00 klopt niet", "nl91-abna-0417-1643-00"),
    ],
)
def test_ibans_in_lower_case_dots_and_dashes_are_found(text: str, iban: str) -> None:
    spans = {text[a:b] for a, b, e in pattern_spans(text, ("DE", "GB"), frozenset({E.IBAN})) if e == E.IBAN}
    assert iban in spans


def test_a_number_that_fails_the_checksum_is_no_iban() -> None:
    text = "order de12 3456 7890 1234 5678 90 shipped"
    assert not [s for s in pattern_spans(text, ("DE",), frozenset({E.IBAN})) if s[2] == E.IBAN]
