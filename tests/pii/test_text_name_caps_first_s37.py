"""``SURNAME Given`` names in free text (session 37)."""

import pytest

from safe_synthesizer.pii.text_name_caps_first import caps_first_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in caps_first_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Viewings via PACHECO Deborah only.", "PACHECO Deborah"),
        ("Dispensed to VAN MAASGOUW Mick (ID seen).", "VAN MAASGOUW Mick"),
        ("Entrega a nombre de VILAPLANA ABELLÁN Ana Sofía Plaza, Pasadizo 7", "VILAPLANA ABELLÁN Ana Sofía"),
        ("Burial: VALÍANTSSON Guðvin, aged 87", "VALÍANTSSON Guðvin"),
        ("Client PRINSEN Cas, Jasondreef 9", "PRINSEN Cas"),
        ("Dispensed to AZZOPARDI Ivan (ID seen)", "AZZOPARDI Ivan"),
    ],
)
def test_surname_in_capitals_then_given_name(text: str, name: str) -> None:
    assert _found(text) == [name]
    # and the whole pipeline of list rules reports it (covered by a span)
    start = text.index(name)
    assert any(a <= start and start + len(name) <= b for a, b, _ in name_pair_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "FOR SALE Maria called about the pram",
        "URGENT Maria called",
        "GROOMING RECORD Bella (Cockapoo)",
        "NHS Jane rang",
        "ANRUF Maria morgen",  # a heading no list holds, not placed after a colon or a function word
        "PAX 3: edward may",
    ],
)
def test_headings_and_labels_in_capitals_are_no_surname(text: str) -> None:
    assert _found(text) == []
