"""E-mails with accented local parts and cards in fixed-width or dotted layouts (session 37)."""

from safe_synthesizer.pii.validators import is_credit_card, is_email


def test_accented_local_part_is_an_email():
    assert is_email("hélène.brun@free.fr") and is_email("JOSÉ.GARCÍA@GMAIL.COM")
    assert not is_email("hélène brun@free.fr") and not is_email("@free.fr")


def test_cards_written_with_dots_or_two_spaces():
    assert is_credit_card("4111.1111.1111.1111")
    assert is_credit_card("4111  1111  1111  1111")
    assert is_credit_card("411111 1111111111")
    assert not is_credit_card("4111.1111.1111.1112")  # Luhn
    assert not is_credit_card("4111...1111.1111.1111")
