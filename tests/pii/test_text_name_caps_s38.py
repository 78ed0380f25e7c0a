"""A name in capitals after FOR/BY/TO/FROM in a heading, ending the clause (session 38); headings stay."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_caps import caps_label_name_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in caps_label_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CHARACTER REFERENCE FOR MAURILIO ABATANTUONO. Known to us for six years.", "MAURILIO ABATANTUONO"),
        ("PARCEL RETURNED TO SVENJA CASPAR, card left at the door.", "SVENJA CASPAR"),
        ("COMPLAINT FROM RICHÁRD VARGA (flat 2) about the heating.", "RICHÁRD VARGA"),
        ("CHARACTER REFERENCE FOR MILDRÍÐUR HILDARSSON. Known to us.", "MILDRÍÐUR HILDARSSON"),
    ],
)
def test_name_in_capitals_after_a_preposition(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "OPEN FOR CHRISTMAS EVE SHOPPING.",
        "LOVE FROM ROSE GARDEN.",
        "PERFECT FOR SUMMER ROSE.",
        "SIGNED BY MARK TWAIN HOTEL STAFF.",
        "GREAT FOR SPRING SUMMER.",
        "A COMPARISON FOR ANNA COMPARISON.",
    ],
)
def test_headings_stay(text: str) -> None:
    assert _names(text) == []
