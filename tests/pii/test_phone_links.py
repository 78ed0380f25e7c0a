"""Tests for phone_links: a phone number inside a messaging link or a calling scheme."""

from __future__ import annotations

import phonenumbers

from safe_synthesizer.pii.phone_links import has_link, linked_phone_spans, read_link, relink, unlinked


def test_host_links_read_as_international_numbers() -> None:
    assert unlinked("wa.me/4915105519518") == "+4915105519518"
    assert unlinked("https://wa.me/33612251639") == "+33612251639"
    assert unlinked("t.me/+447400123456") == "+447400123456"
    assert unlinked("api.whatsapp.com/send?phone=393161322577") == "+393161322577"
    assert unlinked("viber://chat?number=%2B380501234567") == "+380501234567"


def test_schemes_keep_national_numbers_national() -> None:
    assert unlinked("tel:+33-6-12-34-56-78") == "+33612345678"
    assert unlinked("sms:+447400123456?body=hi") == "+447400123456"
    assert unlinked("tel:0612345678") == "0612345678"
    assert read_link("tel:0612345678").international is False


def test_no_link_no_change() -> None:
    for cell in (
        "612 34 56 78",
        "wa.me/12",
        "see wa.me/34612465550",
        "Hotel:0612345678",
        "https://example.org/4915105519518",
        "",
    ):
        assert unlinked(cell) == cell
    assert not has_link("612 34 56 78")


def test_impossible_country_number_is_no_link_phone() -> None:
    assert read_link("wa.me/999123456789") is None  # no country has code 999


def test_spans_cover_the_link_in_a_note() -> None:
    text = "Spare key with Ana. WhatsApp wa.me/34612465550\n- desk"
    assert [text[a:b] for a, b, _ in linked_phone_spans(text)] == ["wa.me/34612465550"]
    assert linked_phone_spans(text, [(30, 40)]) == []
    assert linked_phone_spans("Hotel: 0612345678, room 12") == []


def test_relink_keeps_host_form_and_country() -> None:
    fake = relink("wa.me/34612465550", "699 12 34 56")  # a national fake gets the original's code
    assert fake == "wa.me/34699123456"
    number = phonenumbers.parse("+" + fake.split("/")[1], None)
    assert number.country_code == 34
    assert relink("tel:+33-6-12-34-56-78", "06 99 88 77 66") == "tel:+33-6-99-88-77-66"
    assert relink("viber://chat?number=%2B380501234567", "+380 67 123 4567") == "viber://chat?number=%2B380671234567"
    assert relink("612 34 56 78", "699 12 34 56") == "699 12 34 56"
