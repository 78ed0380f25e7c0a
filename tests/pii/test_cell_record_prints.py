"""The record-print grammar (:mod:`cell_record_prints`): one parser for every program's printed record."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cell_record_prints import byte_escape_layer, record_fields, record_print_layer


@pytest.mark.parametrize(
    ("cell", "inner", "dressed"),
    [
        ("Member{name='Gail Harvey'}", "Gail Harvey", "Member{name='Lena Fischer'}"),
        ("Member { Name = Gail Harvey }", "Gail Harvey", "Member { Name = Lena Fischer }"),
        ("member { name = brian evans }", "brian evans", "member { name = lena fischer }"),
        ("BOOKING { NAME = M. KAVITHA }", "M. KAVITHA", "BOOKING { NAME = LENA FISCHER }"),
        ("Member(firstName=Gail, lastName=Harvey)", "Gail Harvey", "Member(firstName=Lena, lastName=Fischer)"),
        ('%{first: "Gail", last: "Harvey"}', "Gail Harvey", '%{first: "Lena", last: "Fischer"}'),
        ("{:first => 'Ana', :last => 'Berg'}", "Ana Berg", "{:first => 'Lena', :last => 'Fischer'}"),
        ("Person{name=Name{first='Ana', last='Berg'}, age=3}", "Ana Berg",
         "Person{name=Name{first='Lena', last='Fischer'}, age=3}"),
        ("Kunde<vorname: Ana; nachname: Berg>", "Ana Berg", "Kunde<vorname: Lena; nachname: Fischer>"),
        ('Optional("Gail Harvey")', "Gail Harvey", 'Optional("Lena Fischer")'),
        ('=HYPERLINK("mailto:dclements@yahoo.com","Darren Clements")', "Darren Clements",
         '=HYPERLINK("mailto:lena.fischer@yahoo.com","Lena Fischer")'),
    ],
)  # fmt: skip
def test_person_read_and_written_back(cell: str, inner: str, dressed: str) -> None:
    text, dress, _ = record_print_layer(cell)
    assert text == inner
    assert dress("Lena Fischer") == dressed


@pytest.mark.parametrize(
    "cell",
    ["Frame{model='Gregory Peck'}", "{'sku': 'A-12', 'qty': '3'}", "(555) 123-4567", "Smith, John (Manager)",
     "Order<id: 5>", "[1, 2, 3]", "f(x)", 'HYPERLINK("https://x.org/a","https://x.org/b")', "Ana Berg",
     'ISODate("2026-12-09T00:00:00Z")',
     "TO_DATE('14-MAR-1956', 'DD-MON-YYYY')", 'CONCAT("Ana", "Berg")'],
)  # fmt: skip
def test_no_person_key_no_person(cell: str) -> None:
    assert record_print_layer(cell) is None


def test_record_fields_for_other_readers() -> None:
    assert record_fields('list(street = "12 Elm Rd", town = "Leeds")') == [("street", "12 Elm Rd"), ("town", "Leeds")]
    assert record_fields("Member(firstName=Gail, lastName=Harvey)") == [("firstName", "Gail"), ("lastName", "Harvey")]
    assert record_fields("Gail Harvey") is None
    assert record_fields("Member{name='Gail' trailing") is None


def test_byte_escapes_are_utf8() -> None:
    text, dress, kind = byte_escape_layer(r"b'\xe0\xae\x9a\xe0\xae\xbe'")
    assert (text, kind) == ("சா", "bytes")
    assert dress("René") == r"b'Ren\xc3\xa9'"
    text, dress, _ = byte_escape_layer(r"\303\251mile")
    assert text == "émile" and dress("é") == r"\303\251"
    assert byte_escape_layer("b'Gail'") is None
    assert byte_escape_layer(r"C:\temp") is None
