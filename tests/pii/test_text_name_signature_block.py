"""The name line of a signature block: after a "-- " separator line or a closing line ending in a comma."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_signature_block import signature_block_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in signature_block_spans(text)]


def test_the_line_after_a_mail_signature_separator() -> None:
    text = "Mrs Crosby lost a handle on sheet C. s_m@brooks.com\n-- \nLori King"
    assert _found(text) == [("Lori King", "name")]
    assert _found("Parcel left.\n--\nLori King\nSales desk") == [("Lori King", "name")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Scorecard: skipped to a 7-4 win. (873) 941-0472\nWarmly,\nMrs Tina ᑭᓚᐳᒃ", "Tina ᑭᓚᐳᒃ"),
        ("Paid cash. Mr Frisk lost a front shoe again.\nYours,\nنازیہ خان", "نازیہ خان"),
        ("Happy 40th! Party at ours\nWarmly,\nمحترمہ رابعہ خان", "رابعہ خان"),  # the script's title stays out
        ("Colis abîmé.\nBien à vous,\nLoïsa Delpech", "Loïsa Delpech"),
        ("Room free from May.\nBest,\nmike", "mike"),
    ],
)
def test_the_last_line_after_a_closing_line_in_any_language_and_script(text: str, name: str) -> None:
    assert [n for n, _ in _found(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks,\nThe Team",
        "Order 5.\nRegards,\nAccounts",
        "Call me.\n--\nSent from my phone",
        "Hi,\nwe need 3 boxes",
        "Dear Sir,\nplease send the form",
        "Order 5.\nRegards,\nLori King\nTel 0123 456",  # the closing is not before the last line
        "Order 5. -- Lori King",  # no block: one line
    ],
)
def test_no_name_line_where_the_layout_or_the_words_say_otherwise(text: str) -> None:
    assert _found(text) == []


def test_a_form_of_address_of_the_world_tables_stays_out_of_the_name_line() -> None:
    text = "Happy 40th! Party at ours, ring 21343420\nWarmly,\nMarwo Asma Omar Robleh"
    assert _found(text) == [("Asma Omar Robleh", "name")]
