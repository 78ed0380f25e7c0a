"""Phones in chat exports and after "my new number" / "contacted on" (issue 11, set 14 SMS threads in
Danish, Norwegian, German, Spanish; seen). A messaging app shows a sender not in the address book by the
number, between the line's time stamp and a colon; the number is national (no ``+CC``), so without this
layout an 8-digit Nordic or Luxembourg number had no cue. Time stamps, job ids and amounts stay."""

from __future__ import annotations

from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.text_patterns import phone_spans
from safe_synthesizer.pii.text_phone_cues import chat_sender

REGIONS = ("US", *(r for r in PHONE_REGIONS if r != "US"))


def _phones(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in phone_spans(text, REGIONS)]


def test_sender_numbers_of_chat_export_lines():
    assert _phones("[04-03-2023 19:40] 22 41 68 90: Hej, jeg er forsinket") == ["22 41 68 90"]
    assert _phones("[17.06.2024, 07:02] 47 91 23 45: kommer litt senere i dag") == ["47 91 23 45"]
    assert _phones("[2023-11-02 10:12] 0171 2345678 : bin gleich da") == ["0171 2345678"]
    assert _phones("[02/01/2025 18:30] 011 15-4412-0375: llego en 5") == ["011 15-4412-0375"]


def test_sender_layout_keeps_stamps_ids_and_names():
    assert _phones("[2024-05-12 08:14] 20240512: backup job done") == []
    assert _phones("[04-03-2023 19:40] Office: call back at 10") == []
    assert _phones("[04-03-2023 19:40] 22 41: the 22 41 order") == []
    text = "[04-03-2023 19:40] 22 41 68 90: ok"
    assert chat_sender(text, 19, 30)
    assert not chat_sender("Order 22 41 68 90: paid", 6, 17)


def test_new_number_and_contacted_on_are_cues():
    assert _phones("ok. my new number is 5144 1314") == ["5144 1314"]
    assert _phones("Mit nye nummer: vi ses. Ny nummer 61 43 27 90") == ["61 43 27 90"]
    assert _phones("I can be contacted on 26 418 553 after six.") == ["26 418 553"]


def test_amounts_and_dates_after_a_new_number_word_stay():
    assert _phones("the new number of guests is 1 250 000") == []
    assert _phones("new number plate issued 12.05.2024 08:14") == []
