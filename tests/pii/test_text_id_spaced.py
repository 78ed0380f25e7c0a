"""National ids written in digit groups of any width (text_id_spaced): a Rwandan id as issued or regrouped in
threes, a Chinese id in 6-8-4 groups after an id word."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_id_spaced import spaced_id_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in spaced_id_spans(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The issued layout needs no word before it.
        ("Tenant Uwase Aline, 1 1992 7 0034519 0 47, moved in on 3 May.", "1 1992 7 0034519 0 47"),
        ("Checked in: Habimana J. (1 1978 8 2219034 1 05)", "1 1978 8 2219034 1 05"),
        # Regrouped in threes, or run together in one group, after a reference or id word.
        ("Guest book: Mugisha, ref: 119 788 221 903 410 5, two nights", "119 788 221 903 410 5"),
        ("NID no. 1199270034519047 seen at the desk", "1199270034519047"),
        ("Visitor pass, ID 1 19927 0034519 047", "1 19927 0034519 047"),
        # A distinctive scheme of the column validators in a grouping its rules do not read.
        ("身份证 ID 440305 19400128 4040 verified", "440305 19400128 4040"),
    ],
)
def test_ids_in_digit_groups(text: str, value: str) -> None:
    assert _found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "order no 119 788 221 903 410 5 shipped",  # a business word before the cue
        "Budget 1 200 000 000 000 RWF for the district",  # an amount
        "ref 4111 1111 1111 1111 declined",  # a card number
        "Ticket ref 2024 05 12 10 30 00 opened",  # a time stamp
        "ref 119 785 221 903 410 5",  # no id scheme: sex digit 5 (a Rwandan id has 7 or 8)
        "see 119 788 221 903 410 5 in the ledger",  # no word before it, not the issued layout
        "batch 1 2199 7 0034519 0 47 of wheat",  # a year to come is no birth year
    ],
)
def test_amounts_cards_refs_and_stamps_stay(text: str) -> None:
    assert _found(text) == []


def test_pattern_spans_finds_spaced_ids():
    """Wired into ``text_patterns.pattern_spans`` with the other national id rules."""
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.text_patterns import pattern_spans

    text = "Guest book: Mugisha, ref: 119 788 221 903 410 5, two nights"
    spans = pattern_spans(text, ("RW", "US"), frozenset({E.NATIONAL_ID}))
    assert ("119 788 221 903 410 5", E.NATIONAL_ID) in [(text[a:b], e) for a, b, e in spans]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A Zimbabwean id (check letter: the digits mod 23), as issued or regrouped, after an id or reference word.
        ("Lease signed by T. Moyo, ID 63-1234567 D 42, deposit paid", "63-1234567 D 42"),
        ("Witness statement (ref 752 048 11J 75) filed", "752 048 11J 75"),
        ("Registered with id no. 42-987654 K 29.", "42-987654 K 29"),
        # A Macanese resident id with its bracketed check digit.
        ("Visitor log: Leong (ID 5123456(7)) signed in", "5123456(7)"),
    ],
)
def test_ids_with_a_check_letter_or_bracketed_digit(text: str, value: str) -> None:
    assert _found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Lease signed by T. Moyo, ID 63-1234567 A 42",  # wrong check letter
        "Seat 63-1234567 D 42 reserved",  # no id or reference word before it
        "order ref 63-1234567 D 42 shipped",  # a business word before the cue
        "Tracking no. 5123456(7) delivered",  # a business word before the cue
        "Parts list 5123456(7) in stock",  # no cue at all
    ],
)
def test_lettered_codes_without_check_or_cue_stay(text: str) -> None:
    assert _found(text) == []
