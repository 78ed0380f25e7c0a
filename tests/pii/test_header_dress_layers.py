"""Header dress layers: letter variants by character name, escapes, code declarations, multi-level and lost headers."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.header_dress_layers import is_lost_header, peel_header_dress


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("ꜱᴜʀɴᴀᴍᴇ", "surname"),  # small capitals: NFKC leaves them
        ("ᴄᴏɴᴛᴀᴄᴛ ɴᴀᴍᴇ", "contact name"),
        ("ᴍéᴅᴇᴄɪɴ", "médecin"),
        ("🅶🆄🅴🆂🆃", "GUEST"),  # negative squared letters
        ("Ⓚⓛⓐⓝⓣ", "Klant"),
        ("G̲u̲e̲s̲t̲", "Guest"),  # combining low line
        ("O̅w̅n̅e̅r̅", "Owner"),  # combining overline
        ("Postal\\u0020code", "Postal code"),
        ("Tel&#233;fono", "Teléfono"),
        ("Nom%20du%20client", "Nom du client"),
        ("Owner_x002f_keeper", "Owner/keeper"),
    ],
)
def test_letters_and_escapes_read_as_words(header: str, words: str) -> None:
    assert peel_header_dress(header) == words


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("string boat_owner = 7;", "boat_owner"),
        ("repeated string guests = 5;", "guests"),
        ("Person guardian = 2;", "guardian"),
        ("3: optional string mobile,", "mobile"),
        ("email VARCHAR(120) NOT NULL,", "email"),
        ("surname text NOT NULL", "surname"),
        ("mobile?: string;", "mobile"),
        ("dob: Date;", "dob"),
        ("guardian: String!", "guardian"),
        ("val surname: String", "surname"),
        ("private String surname;", "surname"),
        ("public string Surname { get; set; }", "Surname"),
    ],
)
def test_declarations_read_as_their_field(header: str, field: str) -> None:
    assert peel_header_dress(header) == field


@pytest.mark.parametrize(
    "header",
    ["Date received", "Birth date", "Birth date,", "Name: date", "Customer: ID", "Private phone", "Set name",
     "Geb.Datum", "Tel.Nr", "N.º documento", "Date of birth", "Text message", "Number plate"],
)  # fmt: skip
def test_plain_headers_left_as_they_are(header: str) -> None:
    assert peel_header_dress(header) == header


@pytest.mark.parametrize(
    ("header", "leaf"),
    [
        ("('Household', 'Mobile')", "Mobile"),
        ("('Guardian', 'Unnamed: 4_level_1')", "Guardian"),
        ("('Group', 2, 'Surname')", "Surname"),
        ("Contact | Mobile", "Mobile"),
        ("Kontakt > Handy", "Handy"),
        ("Client » Adresse", "Adresse"),
    ],
)
def test_multi_level_headers_read_by_their_leaf(header: str, leaf: str) -> None:
    assert peel_header_dress(header) == leaf


@pytest.mark.parametrize("header", ["Unnamed: 7_level_2", "Unnamed: 3", "fld12", "F4", "—", "-", "...5", "col 9", ""])
def test_lost_headers_say_nothing(header: str) -> None:
    assert is_lost_header(header)
    assert peel_header_dress(header) == ""


def test_a_word_is_no_lost_header() -> None:
    assert not is_lost_header("Field officer")
    assert not is_lost_header("Fax")


def test_scripts_own_marks_kept() -> None:
    for header in ("मालिक", "অতিথি", "電話", "Işık", "ضيف"):
        assert peel_header_dress(header) == header
