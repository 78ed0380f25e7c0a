"""Names in capitals after the other prepositions of a person (text_name_caps_arguments)."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_caps_arguments import caps_argument_spans


def _values(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in caps_argument_spans(text)]


def test_surname_in_capitals_after_under() -> None:
    assert _values("Group of 3 under DE GROOT, Tom's Landing") == ["DE GROOT"]
    assert _values("booked under BARLOW-HOLMES.") == ["BARLOW-HOLMES"]
    assert _values("Tisch reserviert unter HULST;") == ["HULST"]


def test_nouns_acronyms_and_shouting_are_left() -> None:
    for text in ("still under WARRANTY.", "under GDPR, we must", "contra REEMBOLSO,", "onder VOORBEHOUD.",
                 "SOLD UNDER PRICE TO SMITH"):  # fmt: skip
        assert _values(text) == []
