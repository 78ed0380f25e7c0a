"""Each value validator: real positives, near-miss negatives."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import validators as V


@pytest.mark.parametrize("value", ["jane.doe@example.org", "a_b+tag@mail.co.uk", "x@y.io"])
def test_email_positive(value):
    assert V.is_email(value)


@pytest.mark.parametrize("value", ["jane@localhost", "@handle", "jane.doe@", "not an email", "a@b.c"])
def test_email_negative(value):
    assert not V.is_email(value)


@pytest.mark.parametrize("value", ["4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005", "6011111111111117"])
def test_credit_card_luhn_positive(value):
    assert V.is_credit_card(value)


@pytest.mark.parametrize(
    "value",
    ["4111 1111 1111 1112", "1234567812345678", "4111", "9111111111111111", "411111111111111111111"],
)
def test_credit_card_negative(value):
    assert not V.is_credit_card(value)


@pytest.mark.parametrize("value", ["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "NL91ABNA0417164300"])
def test_iban_positive(value):
    assert V.is_iban(value)


@pytest.mark.parametrize(
    "value", ["DE88 3704 0044 0532 0130 00", "GB82WEST1234569876543", "XX00123", "12345678901234567"]
)
def test_iban_negative_mod97_or_shape(value):
    assert not V.is_iban(value)


def test_ssn_rules():
    assert V.is_ssn("536-22-8726")
    assert not V.is_ssn("000-22-8726")  # area 000
    assert not V.is_ssn("666-22-8726")  # area 666
    assert not V.is_ssn("936-22-8726")  # area 9xx
    assert not V.is_ssn("536-00-8726")  # group 00
    assert not V.is_ssn("536-22-0000")  # serial 0000
    assert not V.is_ssn("536228726")  # undashed needs a cue
    assert V.is_ssn("536228726", allow_undashed=True)


@pytest.mark.parametrize("value", ["(212) 555-0187", "+44 20 7946 0958", "001-315-732-7881x943", "212.555.0187"])
def test_phone_positive(value):
    assert V.is_phone_number(value)


@pytest.mark.parametrize("value", ["2004-04-06", "12/27/1981", "32-24-36", "7 145-150", "123", "215646"])
def test_phone_negative_dates_measurements_numbers(value):
    assert not V.is_phone_number(value)


def test_phone_bare_digits_only_with_cue():
    assert not V.is_phone_number("2125550187")
    assert V.is_phone_number("2125550187", cued=True)


@pytest.mark.parametrize("value", ["192.168.1.10", "8.8.8.8", "2001:db8::1"])
def test_ip_positive(value):
    assert V.is_ip_address(value)


@pytest.mark.parametrize("value", ["256.1.1.1", "1.2.3", "3.14", "abc::xyz::1"])
def test_ip_negative(value):
    assert not V.is_ip_address(value)


def test_url():
    assert V.is_url("https://example.org/path?q=1")
    assert V.is_url("www.example.com")
    assert not V.is_url("example")
    assert not V.is_url("sooo.pretty")


def test_dates():
    assert V.looks_like_date("1981-12-27")
    assert V.looks_like_date("12/27/1981")
    assert not V.looks_like_date("1981-13-45")
    assert not V.looks_like_date("Denver")


def test_postcode_needs_cue_except_zip4():
    assert V.is_postcode("12345-6789")
    assert not V.is_postcode("12345")
    assert V.is_postcode("12345", cued=True)
    assert V.is_postcode("SW1A 1AA", cued=True)
    assert not V.is_postcode("Denver", cued=True)


def test_names():
    assert V.is_known_first_name("David")
    assert V.is_known_first_name("David Allan")
    assert V.is_known_last_name("Smith-Jones")
    assert V.is_full_name("John Smith")
    assert V.is_full_name("Smith, John")
    assert V.is_full_name("Dr. Maria Garcia")
    assert not V.is_full_name("Exec-managerial")
    assert not V.is_full_name("General Petite")
    assert V.is_name_shaped("Mary-Kate O'Neil")
    assert not V.is_name_shaped("aardsda01")


def test_addresses_and_states():
    assert V.is_street_address("6885 Mitchell Oval")
    assert V.is_street_address("8031 Jesse Inlet Suite 579")
    assert not V.is_street_address("Mitchell Oval")
    assert not V.is_street_address("40 hours")
    assert V.is_full_address("3636 Krystal Bridge\nJohnsontown, VA 79544")
    assert not V.is_full_address("6885 Mitchell Oval")
    assert V.is_state("CA") and V.is_state("New York") and V.is_state("ON")
    assert not V.is_state("Private")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("jean-luc", True), ("MARIA", True), ("o'brien", True), ("b2", False), ("x@y.z", False), ("", False)],
)
def test_name_shape_any_case(value, expected):
    assert V.is_name_shaped_any_case(value) is expected


@pytest.mark.parametrize(
    ("value", "regions"),
    [("+44 20 7946 0958", ("GB",)), ("0049 30 901820", ("DE",)), ("06 12 34 56 78", None)],
)
def test_phone_regions(value, regions):
    found = V.phone_regions(value)
    assert found == regions if regions else "FR" in found


@pytest.mark.parametrize(
    "value",
    ["Löwenstr. 12", "7, boulevard Haussmann", "Piazza Navona, 12", "Keizersgracht 123", "Calle Mayor 5",
     "221B Baker Street"],
)  # fmt: skip
def test_street_lines_of_several_locales(value):
    assert V.is_street_any(value)


@pytest.mark.parametrize("value", ["north wing", "12", "Main", "lost to follow-up", "a@b.de"])
def test_not_street_lines(value):
    assert not V.is_street_any(value)


def test_place_markers_and_postcode_layouts():
    assert V.has_place_marker("Villeneuve-sur-Lot") and V.has_place_marker("New Brighton")
    assert not V.has_place_marker("Johnson")
    assert V.postcode_locales("SW1A 1AA") == ("en_GB",) and V.postcode_locales("1011 AB") == ("nl_NL",)


def test_a_street_line_then_a_listed_town_is_an_address():
    """``Στενού 598, Μυτιλήνη``: no postcode, yet a street and a town (set 12 el donor addresses, seen)."""
    from safe_synthesizer.pii.validators import is_address_any

    assert is_address_any("Στενού 598, Μυτιλήνη")
    assert is_address_any("Kauno g. 15, Alytus")
    assert not is_address_any("Paris, France")


def test_digits_and_separators_only_are_no_address() -> None:
    # Two phone numbers in one cell and ZIP+4 lists read as "street part + postcode" before (CP's fuzzer).
    from safe_synthesizer.pii.validators import is_address_any

    assert not is_address_any("01512 3423275; 030 002725")
    assert not is_address_any("12345-6789, 23456-7890")
    assert is_address_any("Hauptstr. 5, 10115 Berlin")
