"""Phones inside containers read by grammar (``pii/phone_containers.py``): URIs of any scheme, vCard ``TEL`` lines,
spreadsheet text formulas; the number unwrapped for the checks and the fake written back into the same container."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.phone_containers import (
    any_container,
    has_container,
    read_container,
    recontained,
    uncontained,
)


@pytest.mark.parametrize(
    ("cell", "inner"),
    [
        ("sip:+447406858784@sip.example.net", "+447406858784"),
        ("sips:+31612345678@pbx.local;transport=tls", "+31612345678"),
        ("sip:+1-212-555-1212:1234@gateway.com;user=phone", "+1-212-555-1212"),
        ("sip:0612345678@pbx.local", "0612345678"),  # a calling scheme dials a national number too
        ("tel:+1-555-123-4567;ext=22", "+1-555-123-4567"),
        ("skype:+4937338780?call", "+4937338780"),
        ("callto:00447406858784", "+447406858784"),
        ("viber://chat?number=%2B4915606562617", "+4915606562617"),
        ("https://example.org/call?phone=0612345678&lang=nl", "0612345678"),  # a key naming a phone
        ("https://example.org/+447406858784", "+447406858784"),  # any host: E.164 in a path segment
        ("zoomphonecall://+447406858784", "+447406858784"),  # a scheme no list holds, by the number's notation
        ("https://signal.me/#p/+447406858784", "+447406858784"),  # routed by the fragment
        ("TEL;TYPE=CELL:+1 240-451-4085", "+1 240-451-4085"),
        ("TEL;CELL;VOICE:0612345678", "0612345678"),  # vCard 2.1
        ("item1.TEL;VALUE=uri;TYPE=cell:tel:+1-240-451-4085", "+1-240-451-4085"),  # a URI inside the line
        ('="07578989808"', "07578989808"),
        ('=CONCATENATE("06","12345678")', "0612345678"),
        ('="+31 "&"612345678"', "+31 612345678"),
        ('="sip:+447406858784@pbx.local"', "+447406858784"),  # a formula quoting a URI: two layers
    ],
)
def test_the_number_inside_a_container_is_read(cell: str, inner: str) -> None:
    assert has_container(cell)
    assert uncontained(cell) == inner


@pytest.mark.parametrize(
    "cell",
    [
        "sip:alice@example.com",  # a SIP address of a name
        "urn:isbn:9780306406157",  # digits under a scheme that dials nothing
        "https://shop.example/order?number=12345678",  # an order's number, no sign
        "https://shop.example/order?id=12345678",
        "https://shop.example/item?id=0049301234567",  # a leading 00 dials only where the grammar dials
        "mailto:ann@example.org",
        "12:30:45",
        "isbn:9780306406157",
        "sip:+999123456789@pbx.local",  # +999 is no country's code
        "=SUM(1,2)",
        '=A1&"0612345678"',  # a reference is not evaluated
        '=PROPER("ana berg")',  # a formula without digits
        "0612345678",
        "Ana Berg",
    ],
)
def test_no_container_or_no_phone_is_left_as_written(cell: str) -> None:
    assert read_container(cell) is None
    assert uncontained(cell) == cell


def test_the_fake_goes_back_into_the_same_container() -> None:
    assert recontained("sip:+447406858784@pbx.local", "+44 7700 900123") == "sip:+447700900123@pbx.local"
    assert recontained("viber://chat?number=%2B4915606562617", "+49 1520 1234567") == (
        "viber://chat?number=%2B4915201234567"
    )
    assert recontained("tel:+1-555-123-4567;ext=22", "+1 303-555-0199") == "tel:+1-303-555-0199;ext=22"
    assert recontained("TEL;TYPE=CELL:+1 240-451-4085", "+1 303-555-0199") == "TEL;TYPE=CELL:+1 303-555-0199"
    assert recontained("item1.TEL;VALUE=uri:tel:+1-240-451-4085", "+1 303 555 0199") == (
        "item1.TEL;VALUE=uri:tel:+1-303-555-0199"
    )
    assert recontained('=CONCATENATE("06","12345678")', "06 87654321") == '=CONCATENATE("06","87654321")'
    assert recontained('="07578989808"', "07700900123") == '="07700900123"'
    # a national fake for an international original: the country code written in, no space in a URI
    assert recontained("sip:+447406858784@pbx.local", "07700 900123") == "sip:+447700900123@pbx.local"
    assert recontained("skype:+4937338780?call", "+49 30 1234567") == "skype:+49301234567?call"
    assert recontained("Ana Berg", "x") == "x"


def test_a_column_is_tested_in_one_pass() -> None:
    assert any_container(["0612345678", "sip:+31612345678@pbx.local"])
    assert not any_container(["0612345678", "06 12345678"])
