"""Fifteen-digit Luhn numbers: only Amex (and the old JCB ranges) issue cards of that length (session 49).

A phone's IMEI is 15 digits with a Luhn check digit and opens with its reporting body (``35``, ``86``, ``01``,
``49``...), some of which are card prefixes (JCB ``35``, Visa ``4``, Mastercard ``51``-``55``): a repair shop's
IMEI column, with its header hidden, was taken for card numbers.
"""

from safe_synthesizer.pii.validators import is_credit_card


def test_imeis_are_no_cards():
    for imei in ("352099001761481", "490154203237518", "512345678901232", "860123456789014", "601100000000001"):
        assert not is_credit_card(imei), imei
    assert not is_credit_card("35-209900-176148-1")  # an IMEI written in its TAC / serial / check groups


def test_fifteen_digit_cards_are_amex_or_old_jcb():
    assert is_credit_card("378282246310005")  # Amex test number
    assert is_credit_card("3782 822463 10005")  # Amex's 4-6-5 print layout
    assert is_credit_card("371449635398431")
    assert is_credit_card("213100000000001")  # JCB's old 2131 range


def test_other_lengths_unchanged():
    assert is_credit_card("4111111111111111")  # Visa 16
    assert is_credit_card("3530111333300000")  # JCB 16 (opens with an IMEI's 35)
    assert is_credit_card("5555555555554444")
