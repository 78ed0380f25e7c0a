"""Names in notes' frames: time-stamped chat speakers, message heads (helper TN, session 55; sign-offs:
test_text_name_signoff.py)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_note_frames import (
    chat_time_speaker_spans,
    message_head_spans,
    note_frame_name_spans,
)


def _found(fn, text: str) -> list[str]:
    return [text[a:b] for a, b, _ in fn(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[09:15] Henrike: on my way [09:16] us: ok [09:20] Henrike: parked", ["Henrike", "Henrike"]),
        ("[7.05pm] Oskar: can't make it, sorry", ["Oskar"]),
        ("[10:42] Mum: bring the cake [10:43] Teodora: will do", ["Teodora"]),
    ],
)
def test_chat_time_speakers(text: str, names: list[str]) -> None:
    assert _found(chat_time_speaker_spans, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "[10:42] Reminder: bins out tonight",
        "[10:42] Update: the hall is booked",
        "[10:42] us: no worries [10:43] me: fine",
        "[10:42] Status: closed",
    ],
)
def test_no_chat_speaker(text: str) -> None:
    assert chat_time_speaker_spans(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SMS 09:31 - gerlinde here, new number is 0170 1234567", "gerlinde"),
        ("Txt: okonkwo here, running 10 mins late", "okonkwo"),
        ("WhatsApp 18:02 - Leopold here. Can I swap Sunday?", "Leopold"),
        ("Thanks for the call. Hi, Margaret here, I'll be late.", "Margaret"),
        ("Txt from Gunther Oberholzer: can we move to 6pm?", "Gunther Oberholzer"),
        ("VM 08:10 from Margaret - please call back", "Margaret"),
    ],
)
def test_message_head_senders(text: str, name: str) -> None:
    assert _found(message_head_spans, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "SMS 09:31 - still here, waiting at the gate",
        "SMS 09:31 - everyone here, start without me",
        "Txt: parked here, by the van",
        "Hi, nobody here yet.",
        "Nothing here to see.",
        "Txt from School Office: closed Friday",
        "Txt from Mum: call me",
        "VM from Garage - car ready",
    ],
)
def test_no_message_head(text: str) -> None:
    assert message_head_spans(text) == []


def test_note_frame_name_spans_joins_chat_and_head() -> None:
    # The sign-off moved to text_name_signoff (session 56): the frame rules here read the chat turns and the head.
    text = "SMS 09:31 - gerlinde here, see below [09:15] Henrike: late, sorry. ~Ingrid"
    assert _found(note_frame_name_spans, text) == ["Henrike", "gerlinde"]
