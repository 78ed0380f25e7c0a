"""Headers in an export tool's notation read to their label (:mod:`header_code_notation`)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.header_code_notation import undress_notation


@pytest.mark.parametrize(
    ("header", "label"),
    [
        ("{ MERGEFIELD Anschrift }", "Anschrift"),
        ('{ MERGEFIELD "First name" \\* MERGEFORMAT }', "First name"),
        ("{ REF Telefon \\h }", "Telefon"),
        ('t.data_di_nascita AS "Data di nascita"', "Data di nascita"),
        ('t.customer AS "Customer"', "Customer"),
        ("p.geboortedatum AS [Geboortedatum]", "Geboortedatum"),
        ("SELECT p.dob AS birth_date", "birth_date"),
        ("t.phone AS c1", "phone"),
        ("df$date_de_naissance", "date_de_naissance"),
        ("df$fecha.de.nacimiento", "fecha de nacimiento"),
        ('df[["geburtsdatum"]]', "geburtsdatum"),
        ('df[, "telefono"]', "telefono"),
        ("$row->n_documento", "n_documento"),
        ("ID seen, column header", "ID seen"),
        ("Name, column header, sortable, sorted ascending", "Name"),
        ("Telefon, column 3 of 9", "Telefon"),
        ("Phone column header", "Phone"),
        ("rudererIn", "ruderer"),
        ("FahrerInnen", "Fahrer"),
        ("remeroA", "remero"),
        ("Ruderer/in", "Ruderer"),
        ("Fahrer*innen", "Fahrer"),
        ("Begleiter:in", "Begleiter"),
        ("Fahrer_in", "Fahrer"),
        ("Teilnehmer(in)", "Teilnehmer"),
        ("Mitarbeiter/-in", "Mitarbeiter"),
        ("remero/a", "remero"),
        ("accompagnant(e)", "accompagnant"),
        ("accompagnant.e", "accompagnant"),
        ("accompagnateur·rice", "accompagnateur"),
    ],
)
def test_notation_read_to_label(header: str, label: str) -> None:
    assert undress_notation(header) == label


@pytest.mark.parametrize(
    "header",
    [
        "Known as", "Booked as guest", "paid as cash", "Town, county", "Contact, phone", "Parent/guardian",
        "check_in", "checkIn", "loggedIn", "optIn", "N/A", "Padre/madre", "Date/time", "Zip/postcode", "Yes/No",
        "Tel/fax", "Mr/Mrs", "Customer ID", "{ID}", "Data/ora", "Nr.e", "Name", "",
    ],
)  # fmt: skip
def test_plain_headers_unchanged(header: str) -> None:
    assert undress_notation(header) == header


def test_layers_field_code_around_accessor() -> None:
    assert undress_notation("{ MERGEFIELD df$date.of.birth }") == "date of birth"


def test_only_marks_left_keeps_the_text() -> None:
    assert undress_notation('t.x AS "1"') == "1"
