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


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # The same number restated in its other spelling (Gambia 7 digits, San Marino and Denmark 8).
        ("Left a message: try +220 441 2233, that's 4412233 locally.", "+220 441 2233", "4412233"),
        ("Mob. 66 51 72 90, i.e. 66517290", "66 51 72 90", "66517290"),
        ("tlf 31 22 45 67 eller 28 19 40 55", "31 22 45 67", "28 19 40 55"),
        ("joignable au 06 12 34 56 78, c'est-à-dire 0612345678", "06 12 34 56 78", "0612345678"),
        ("llamar al +502 5511 6650, es decir 55116650", "+502 5511 6650", "55116650"),
        ("phone +47 40 90 02 62 or on 21979852", "+47 40 90 02 62", "21979852"),
        # Six digits (Faroes, Greenland): valid in the first phone's country with as many digits.
        ("cell +298 21 55 40, aka 215541", "+298 21 55 40", "215541"),
        ("SMS +299 22 63 69, that is 526012", "+299 22 63 69", "526012"),
    ],
)
def test_a_restated_number(text: str, first: str, second: str) -> None:
    assert _listed(text, first) == [second]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("call +44 7700 900123, that is 2 days from now", "+44 7700 900123"),
        ("phone +7 495 123 45 67, 119019 Moscow", "+7 495 123 45 67"),
        ("tel +299 22 63 69, 3900 Nuuk", "+299 22 63 69"),
        ("phone +47 40 90 02 62, i.e. 119019 kr in fees", "+47 40 90 02 62"),
        ("cell +298 21 55 40, that's 2024-05-12", "+298 21 55 40"),
        ("mobile 0161 496 0000, i.e. 120000 miles", "0161 496 0000"),
    ],
)
def test_postcodes_amounts_and_dates_after_a_restating_word_stay(text: str, first: str) -> None:
    assert _listed(text, first) == []
