"""A dated notice of a move before the street (set 26's kl_GL vet notes kept ``Change of address from
30.11.2025: <street> 94.``, streets with no street word; my own streets and phrasings here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_cues import cued_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in cued_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Change of address from 3 May 2025: Imaneq 23. K. Zeeb asks for letters there.", "Imaneq 23"),
        ("New address as of 01/05/2025: Aqqusinersuaq 5b, Nuuk", "Aqqusinersuaq 5b"),
        ("Neue Adresse ab 01.05.2025: Jurjeve 1c", "Jurjeve 1c"),
    ],
)
def test_dated_address_notice(text: str, street: str) -> None:
    assert _found(text) == [street]


@pytest.mark.parametrize(
    "text",
    ["Change of address from 30.11.2025: see file 2.", "address from 30.11.2025 Version 2", "from 1 May 2025: Tim 5"],
)
def test_dates_without_a_street_stay(text: str) -> None:
    assert _found(text) == []
