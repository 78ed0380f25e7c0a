"""IBANs in notes in any spelling (session 33): grouped, compact, lower case, dots, dashes, a telegram's STOP."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_id_iban import iban_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in iban_spans(text)]


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("FUNDS TO IT60 X054 2811 1010 0000 0123 456 STOP CALL HOME STOP", "IT60 X054 2811 1010 0000 0123 456"),
        ("rekening nl91abna0417164300 graag", "nl91abna0417164300"),
        ("Konto: de89.3704.0044.0532.0130.00.", "de89.3704.0044.0532.0130.00"),
        ("cuenta ES91-2100-0418-4502-0005-1332, titular", "ES91-2100-0418-4502-0005-1332"),
        ("virement [FR14 2004 1010 0505 0001 3M02 606]", "FR14 2004 1010 0505 0001 3M02 606"),
        ('account="GB29NWBK60161331926819" holder', "GB29NWBK60161331926819"),
    ],
)
def test_ibans_in_any_spelling(text, iban):
    assert _found(text) == [iban]


@pytest.mark.parametrize(
    "text",
    [
        "order AB12 3456 7890 1234 5678 shipped",  # IBAN-shaped, wrong check digits
        "ref GB00 NWBK 6016 1331 9268 19 STOP",
        "serial XY99 8877 6655 4433 2211 and version 2.14.3",
    ],
)
def test_codes_failing_the_check_stay(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        # Account parts mostly of letters (Kuwait, Qatar): fewer than ten digits in the whole note.
        ("Refund the deposit to KW94CBKUPQZR4MTX0WLBEFYHS8GDUA today", "KW94CBKUPQZR4MTX0WLBEFYHS8GDUA"),
        ("pay into QA67 DOHB XRTQ 7CM2 AYB0 PLZE W4LK V please", "QA67 DOHB XRTQ 7CM2 AYB0 PLZE W4LK V"),
        ("iban qa67dohbxrtq7cm2ayb0plzew4lkv (lower case)", "qa67dohbxrtq7cm2ayb0plzew4lkv"),
    ],
)
def test_ibans_with_lettered_account_parts(text, iban):
    assert _found(text) == [iban]


@pytest.mark.parametrize(
    "text",
    [
        "Flight QA67 to Doha, gate B12, seat 4C; KW94 boarding at 10:40",
        "Model AB12CDEFGHIJKLMNOPQRSTUV in stock",
    ],
)
def test_lettered_codes_failing_the_check_stay(text):
    assert _found(text) == []
