"""Names after a role or party word inside sentences in capitals (``text_name_caps``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_caps import caps_label_name_spans, caps_surname_first_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in caps_label_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CALLER HELGA WINTERBERG ASKED FOR A REFUND", "HELGA WINTERBERG"),
        ("APPEAL 77/2025. APPLICANT DESMOND OKAFOR (BORN 1970) OF 12 HILL RISE", "DESMOND OKAFOR"),
        ("TENANT ANNE-SOPHIE KRÜGER CALLED TWICE", "ANNE-SOPHIE KRÜGER"),
        ("PATIENT JOANA DOS SANTOS SEEN TODAY", "JOANA DOS SANTOS"),
        ("DEFENDANT LUCIA GOMEZ HERRERA ABSENT", "LUCIA GOMEZ HERRERA"),
    ],
)
def test_name_after_a_role_word_is_cut_at_prose(text: str, name: str) -> None:
    assert _found(text) == [name]
    assert any(text[a:b] == name for a, b, _ in name_pair_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "CUSTOMER SERVICE TEAM WILL CALL BACK",  # no given name after the label
        "CUSTOMER CARE MANAGER ON DUTY",
        "URGENT: CALLER ASKED FOR MANAGER",
        "SHIP TO HELGA WINTERBERG",  # no role word: the heading rule's business
    ],
)
def test_no_name_without_role_word_and_given_name(text: str) -> None:
    assert _found(text) == []


def test_third_word_that_is_prose_ends_the_name() -> None:
    # "Read" is a surname too; a third capitals word that is an English word ends the name.
    assert _found("CALLER HELGA WINTERBERG READ BACK THE CODE") == ["HELGA WINTERBERG"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("THANK YOU PAULA CLARKE! Paid 569.43 by card.", "PAULA CLARKE"),
        ("DEAR MARTIN HOLLIS, YOUR PARCEL IS READY", "MARTIN HOLLIS"),
        ("WELCOME BACK? NO. WELCOME SARAH JONES TO THE CLUB", "SARAH JONES"),
    ],
)
def test_name_after_a_greeting_in_capitals(text: str, name: str) -> None:
    """Receipts and banners greet the customer in capitals (session 34)."""
    assert [text[a:b] for a, b, _ in caps_label_name_spans(text)] == [name]


@pytest.mark.parametrize("text", ["THANK YOU FOR SHOPPING WITH US", "DID YOU PAULA CLARKE", "HELLO WORLD AGAIN"])
def test_greetings_without_a_name_give_nothing(text: str) -> None:
    assert caps_label_name_spans(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sign-in sheet\nHARGREAVES Colin\nPATEL Anika", "HARGREAVES Colin"),
        ("Sign-in sheet\nHARGREAVES Colin\nPATEL Anika", "PATEL Anika"),
        ("Admissions: BROWN Lisa, ward 4", "BROWN Lisa"),  # a listed surname that is also a word
        ("- DUPONT Jean-Luc, chambre 12", "DUPONT Jean-Luc"),
        ("1. QUIGGLEWORTH Martin arrived late", "QUIGGLEWORTH Martin"),  # unlisted surname, no English word
    ],
)
def test_surname_in_capitals_then_given_name(text: str, name: str) -> None:
    assert name in [text[a:b] for a, b, _ in caps_surname_first_spans(text)]
    assert any(text[a:b] == name for a, b, _ in name_pair_spans(text))


@pytest.mark.parametrize(
    "text",
    ["URGENT Please call back", "NOTE John rang", "IMPORTANT Mark the boxes", "NHS Jane", "SALE Amber beads"],
)
def test_heading_word_then_given_name_is_no_name(text: str) -> None:
    assert caps_surname_first_spans(text) == []
