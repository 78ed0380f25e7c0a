"""A second phone joined to one already found by "or", a slash or a comma (issue 11, set 15: the
second number of "phone +47 40 90 02 62 or 21979852" and Irish "... or 02259183" were kept)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_lists import listed_phone_spans


def _listed(text: str, first: str) -> list[str]:
    start = text.index(first)
    return [text[a:b] for a, b, _ in listed_phone_spans(text, [(start, start + len(first))], ("US", "GB"))]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("phone +47 40 90 02 62 or 21979852\nemail", "+47 40 90 02 62", "21979852"),
        ("phone 40 26 71 97 or 40 36 33 42\nemail", "40 26 71 97", "40 36 33 42"),
        ("Tel. 0171 2345678 oder 030 1234567.", "0171 2345678", "030 1234567"),
        ("mobile +353 83 983 8851, 02259183 (home)", "+353 83 983 8851", "02259183"),
    ],
)
def test_second_number_of_a_list(text: str, first: str, second: str) -> None:
    assert _listed(text, first) == [second]


def test_a_list_of_three_is_followed():
    text = "ring 40 26 71 97 / 40 36 33 42 / 21979852 after six"
    assert _listed(text, "40 26 71 97") == ["40 36 33 42", "21979852"]


@pytest.mark.parametrize(
    "text",
    [
        "call 0161 496 0000 or 2 weeks later",
        "phone 0161 496 0000 or 12.05.2024",
        "phone 0161 496 0000 or e-mail",
        "phone 0161 496 0000, 3 children",
    ],
)
def test_dates_counts_and_words_after_a_phone_stay(text: str) -> None:
    assert _listed(text, "0161 496 0000") == []


def test_phone_spans_finds_the_second_number_of_a_list():
    """Wired into ``text_patterns.phone_spans``: a handwritten intake's ``phone X or Y`` lost Y."""
    from safe_synthesizer.pii.text_patterns import phone_spans

    text = "phone +47 40 90 02 62 or 21979852\nemail x"
    assert [text[a:b] for a, b, _ in phone_spans(text, ("US", "GB"))] == ["+47 40 90 02 62", "21979852"]
    assert phone_spans("order 12345678 or 23456789", ("US", "GB")) == []
