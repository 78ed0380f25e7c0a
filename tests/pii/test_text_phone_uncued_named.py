"""A help or emergency label, the person's name, then the number (``text_phone_uncued``)."""

from __future__ import annotations

from safe_synthesizer.pii.text_phone_uncued import uncued_phone_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in uncued_phone_spans(text)]


def test_a_name_between_the_label_and_the_number() -> None:
    assert _found("Knee injury, no running. Emergency: Lúcia Semedo 953 14 27.") == ["953 14 27"]  # Cape Verde
    assert _found("Emergency: Gonzalo Ibarra Paz, 6235-8817") == ["6235-8817"]  # Panama


def test_words_that_are_no_name_or_no_number_stay() -> None:
    assert _found("Information: Total Amount 1234567.") == []
    assert _found("Emergency: call 112.") == []
    assert _found("Questions: see page 14.") == []
