"""Session 39: "text me" / "text us" is a strong phone cue (a short national number after it is a phone)."""

from __future__ import annotations

from safe_synthesizer.pii.text_patterns import phone_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in phone_spans(text, ("US",))]


def test_a_short_national_number_after_text_me_is_a_phone() -> None:
    # Estonian 7-digit and Latvian 8-digit numbers in 3-4 and 2-3-3 groups after "text me on".
    assert _found("Happy to swap to Thursday - text me on 349 7716 to confirm.") == ["349 7716"]
    assert _found("Please text us on 67 204 518 when you are outside.") == ["67 204 518"]


def test_text_alone_stays_weak() -> None:
    assert _found("The text on page 12 345 678 is wrong.") == []
    assert _found("Text me on 14 May 2024 about the lesson.") == []
