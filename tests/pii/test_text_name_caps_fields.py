"""Names in capitals after a form's field label, a holder cue or opening a sentence (text_name_caps_fields)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_caps_fields import caps_field_name_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in caps_field_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NAME: LISA FIELDS   TEL 2194666848   ADDR 817 WONG SUMMIT   SIGNED FIELDS",
            [("LISA FIELDS", "name"), ("FIELDS", "last_name")],
        ),
        (
            "NAME: ALICIA SHELTON-HOLMES   TEL 2486083244   SIGNED SHELTON-HOLMES",
            [("ALICIA SHELTON-HOLMES", "name"), ("SHELTON-HOLMES", "last_name")],
        ),
        ("NEXT OF KIN: LAMIN ROSS   RELATION: SISTER   PHONE 555 0100", [("LAMIN ROSS", "name")]),
        ("NAME: KYARA VAN BERGEN   TEL 0642859238", [("KYARA VAN BERGEN", "name")]),
        # A script without case: the label alone says what the value is.
        ("NAME: गणेश सैनी   TEL 08885780542   SIGNED सक्सेना", [("गणेश सैनी", "name"), ("सक्सेना", "last_name")]),
        ("NAME: ДАНКА КОКОШКОВА   TEL 043027136", [("ДАНКА КОКОШКОВА", "name")]),
    ],
)
def test_form_field_values_in_capitals(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wallet has card in name of PETERSON-GUERRA. Tried twice, left msg.", "PETERSON-GUERRA"),
        ("Wallet has card in name of PARKER. Tried twice.", "PARKER"),
        ("New donor, born 1990. Name on ID reads MICHELLE OLSEN; goes by Min.", "MICHELLE OLSEN"),
        ("Wallet has card in name of ЯРЕМКІВ. Tried twice.", "ЯРЕМКІВ"),
        ("Carte bancaire au nom de DUBOIS trouvée.", "DUBOIS"),
    ],
)
def test_holder_cues(text: str, name: str) -> None:
    assert [v for v, _ in _found(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SCHWARTZ checking out early, refund to card.", "SCHWARTZ"),
        ("JACOB-BODIN checking out early, refund to card.", "JACOB-BODIN"),
        ("Late arrival. VAN VELZEN checking out early.", "VAN VELZEN"),
        ("ЯКУШЕВА checking out early, refund to card.", "ЯКУШЕВА"),
    ],
)
def test_capitals_opening_a_sentence(text: str, name: str) -> None:
    assert [v for v, _ in _found(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "URGENT please call back. ATM checking failed. NHS said no. NOTE from Dr Hart.",
        "GREEN light given. FYI the NHS said ok. TODAY we left. PLEASE call.",
        "SIGNED OFF BY MANAGER",
        "NAME: UNKNOWN   TEL 0123",
        "Name: N/A",
        "PATIENT ADMITTED TO WARD 3",
        "FOR SALE: DOUBLE BED   PHONE 0123",
        "signed the form yesterday",
        "NAME TAG LOST",
        "The name of the game is quality. LOVE this dress, the XS fits.",
        "МВД сообщило. ООО Ромашка платит. СНИЛС указан.",
        "NEXT OF KIN: SISTER   RELATION: SISTER",
        "Name: John Smith",  # mixed case: other rules' business
    ],
)
def test_headings_labels_and_prose_stay(text: str) -> None:
    assert _found(text) == []
