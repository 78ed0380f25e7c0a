"""Headers in code, markup and typographic dress lose the dress; plain headers come back unchanged."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cues import cue_hints, tokens
from safe_synthesizer.pii.header_undress import undress_header


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ('row["guardian_email"]', "guardian email"),
        ("$_POST['telefono']", "telefono"),
        ("getVorname()", "Vorname"),
        ("get_home_phone()", "home phone"),
        ("fetchÉlèveNé()", "Élève Né"),
        ('json:"nachname"', "nachname"),
        ('gorm:"column:birth_date"', "birth date"),
        ('db:"ville,omitempty"', "ville"),
        ('="Postcode"', "Postcode"),
        ('=T("Surname")', "Surname"),
        ("X-Postcode", "Postcode"),
        ("x_Apellido", "Apellido"),
        ("» Téléphone «", "Téléphone"),
        ("„Vorname“", "Vorname"),
        ("「Surname」", "Surname"),
        ("𝐒𝐮𝐫𝐧𝐚𝐦𝐞", "Surname"),
        ("𝘊𝘪𝘵𝘺", "City"),
        ("Ｓｕｒｎａｍｅ", "Surname"),
        ("* Email", "Email"),
        ("→ Mobile", "Mobile"),
        ("Surname (3)", "Surname"),
        ("Surname...4", "Surname"),
        ("Surname.1", "Surname"),
        ("{{first_name}}", "first name"),
        ("record.surname", "surname"),
    ],
)
def test_dress_is_taken_off(header: str, words: str) -> None:
    assert undress_header(header) == words


@pytest.mark.parametrize(
    "header", ["age", "education-num", "Unnamed: 4", "...3", "x_1", "C.A.P.", "plus.one", "e-mail", "Name (m/w/d)"]
)
def test_plain_or_meaningless_headers_are_left_alone(header: str) -> None:
    assert undress_header(header) == header


def test_dressed_headers_give_their_cues() -> None:
    # Each of these gave no cue or an extra token before: the accessor glued to a word with an accent, a one-word
    # check seeing the dress token.
    assert tokens("X-Surname") == frozenset({"surname"})
    assert tokens("getNuméroTéléphone()") == frozenset({"numero", "telephone"})
    assert "phone_number" in cue_hints("getNuméroTéléphone()")


def test_a_lookups_source_table_is_no_cue() -> None:
    # Airtable names a lookup field after its source table: ``Serial (from Contacts)`` holds serials, not contacts.
    assert undress_header("Serial (from Contacts)") == "Serial"
    assert cue_hints("Serial (from Contacts)") == set()
    assert cue_hints("Phone (from Members)") == {"phone_number"}
    assert "name" in cue_hints("Guest (from Contacts)")
