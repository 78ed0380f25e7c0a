"""A given name alone as a bracket's subject or after a role noun (session 38); ordinary words and brands stay."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_bracket_subject import bracket_subject_spans
from safe_synthesizer.pii.text_names import layout_name_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in bracket_subject_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Parcel left next door (Annette signed on the tablet), photo taken.", "Annette"),
        ("Case collected by J. Hart (Timothy showed a passport, over 18).", "Timothy"),
        ("Sitting release: subject Sigrun (infant), parent present.", "Sigrun"),
        ("Coach list: pupil Indrek (Year 5) has a packed lunch.", "Indrek"),
        ("Booster given, patient Marijana, aged 7, no reaction.", "Marijana"),
    ],
)
def test_given_name_as_subject(text: str, name: str) -> None:
    assert _names(text) == [name]
    assert any(text[a:b] == name for a, b, _ in layout_name_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Parcel left at the desk (Security signed on the tablet).",
        "Coach list: pupils (Year 5) travel on Friday.",
        "Call customer Service (option 2) for returns.",
        "Great speaker (Apple makes good ones), arrived on Monday.",
        "Meeting moved (Will has the keys).",
        "Rota: team Victoria (Sunday), team Albert (Monday).",
        "Signed for by Drake, Ashlee at the door.",
    ],
)
def test_ordinary_words_and_brands_stay(text: str) -> None:
    assert _names(text) == []
