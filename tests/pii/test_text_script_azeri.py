"""Azerbaijani two-word names, read only in notes that write the letter ``ə``."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_script_azeri import azeri_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in azeri_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("user: qüdrət cəfərzadə. bot: I heard", ["qüdrət cəfərzadə"]),
        (
            '"full_name": "leyli şirvanzadə"}, {"full_name": "Teymur İbrahimli"}',
            ["leyli şirvanzadə", "Teymur İbrahimli"],
        ),
        ("Əlioğlu Cəmilə zamin durur", ["Əlioğlu Cəmilə"]),
        ("Talıb Bəşir evində baş çəkildi", ["Talıb Bəşir"]),
    ],
)
def test_azerbaijani_names(text: str, names: list[str]) -> None:
    assert _found(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Bu məhsul yüksək keyfiyyətli və qiyməti münasibdir.",
        "Azərbaycan Respublikası Prezidenti bəyanat verdi.",
        "Teymur Ibrahimli called",  # no "ə": another language's note, the lists stay off
    ],
)
def test_no_names(text: str) -> None:
    assert _found(text) == []
