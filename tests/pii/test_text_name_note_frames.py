"""Names in notes' frames: sign-offs, time-stamped chat speakers, message heads (helper TN, session 55)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_note_frames import (
    chat_time_speaker_spans,
    message_head_spans,
    note_frame_name_spans,
    signoff_frame_spans,
)


def _found(fn, text: str) -> list[str]:
    return [text[a:b] for a, b, _ in fn(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Left the spare key under the mat. ~graham", "graham"),
        ("Invoice sent twice, customer unhappy. ~Ingrid", "Ingrid"),
        ("Returned the ladder late again. - - Benedikt", "Benedikt"),
        ("Parcel on the shelf, ring 0161 496 0000. Thanks, (Jolanta W.)", "Jolanta"),
        ("Paid by card, receipt to a.b@example.org. cheers Hannelore K.", "Hannelore"),
        ("Moved her class to Thursdays. margaret x", "margaret"),
        ("Boots ready for pick-up - Stanislav B. x", "Stanislav"),
        ("Table booked for six. (Dorothea MÜLLER)", "Dorothea MÜLLER"),
        ("Cat fed twice, litter done. Margit HAAS x", "Margit HAAS"),
        ("Neue Nummer eingetragen. Grüße - Friedhelm", "Friedhelm"),
        ("Rang the vet about the jab. (claudette)", "claudette"),
        ("Rang back about the refund. (曹明輝)", "曹明輝"),
    ],
)
def test_signoff_names(text: str, name: str) -> None:
    assert _found(signoff_frame_spans, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Boiler serviced, all fine. - done",
        "Called twice, no answer. (ok)",
        "Ring back re deposit. thanks x",
        "Keys returned. cheers",
        "Waiting for the part. ~asap",
        "Route goes Paris - Lyon",  # a dash inside a sentence
        "Drill came back without its case (Makita)",  # an unlisted word in brackets is a brand
        "Order the bells for Stedman Triples",
        "Kept the receipt. (see below)",
        "Happy with the fit. love it x",
        "Table booked for six. tbc",
        "Sold the old lot. (Paid)",
        "அலுவலகம் அழைத்தது. (பணம்)",  # a note in that script: its own words
        "Great belt for spring/summer xx",  # a word's part after a slash
        "Yours faithfully,\n충청남도 가평군 석촌호수70가 220-57 (영진서이동)",  # an address line's own words
        "Loved the colour. - rose",  # a weak given name after a bare dash
    ],
)
def test_no_signoff(text: str) -> None:
    assert signoff_frame_spans(text) == []


def test_signoff_entities() -> None:
    assert signoff_frame_spans("All sorted now. ~Ingrid") == [(17, 23, "first_name")]
    assert signoff_frame_spans("Cat fed. Margit HAAS x")[0][2] == "name"


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


def test_note_frame_name_spans_joins_the_three() -> None:
    text = "[09:15] Henrike: late, sorry. ~Ingrid"
    assert _found(note_frame_name_spans, text) == ["Ingrid", "Henrike"]


def test_lower_cased_endings_are_no_names() -> None:
    # A lower-case word at a note's end must be a listed given name: ordinary words and shorthand stay.
    for word in ("done", "ok", "asap", "pls", "tbc", "sorted", "paid", "later"):
        assert signoff_frame_spans(f"Rang them back. - {word}") == []
        assert signoff_frame_spans(f"Rang them back. {word} x") == []
