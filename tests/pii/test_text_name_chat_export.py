"""Senders of messaging-app export lines (helper TN, session 54)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_chat_export import chat_export_speaker_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in chat_export_speaker_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[02/05/26, 18:40] delores stoutt: anyone got Hodge's number? mine is 2844683975", "delores stoutt"),
        ("[12/03/26, 09:14] Fano Kalolo: running late, can Pio cover?", "Fano Kalolo"),
        ("[02/05/26, 18:40] kieran parker-forster: anyone got a number?", "kieran parker-forster"),
        ("30/06/2026, 07:02 - Aušra: I'm outside the gate", "Aušra"),
        ("[30/06/26, 07:02] வர்ணவதி: I'm outside, where r u", "வர்ணவதி"),
        ("[30/06/26, 07:02] مهنّد: I'm outside, where r u", "مهنّد"),
        ("12/31/20, 9:14 PM - Tom O'Neil: hi", "Tom O'Neil"),
    ],
)
def test_sender_after_date_and_time(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "12/31/20, 9:15 PM - You: ok",
        "[12/03/26, 09:14] Messages and calls are end-to-end encrypted.",
        "Meeting 12/03/26, 09:14 Room: B",
        "[09:14] Frank: ok",  # a clock time alone: text_name_lone_cued's (two lines)
        "[12/03/26, 09:14] +44 7700 900123: hello",
        "Total: 14 items, delivered 12/03/26.",
    ],
)
def test_no_sender(text: str) -> None:
    assert _found(text) == []
