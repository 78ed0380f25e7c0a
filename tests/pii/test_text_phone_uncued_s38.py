"""Phones in text without a cue word: after a name and a comma, an e-mail and "or", a question label (session 38)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_uncued import uncued_phone_spans


def _found(text: str, regions: tuple[str, ...] = ("US",)) -> list[str]:
    return [text[a:b] for a, b, _ in uncued_phone_spans(text, [], regions)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Emergency contact for the hike: Mette Jensen, 28 31 54 07.", "28 31 54 07"),  # Danish mobile
        ("Witness statement taken. Second witness Jānis Bērziņš, 26 118 340; no injuries.", "26 118 340"),
        ("Lease signed; co-signer Kadri Tamm, 5341 2290.", "5341 2290"),  # Estonian mobile
        ("Pick-up by Mariana Gómez, 011 15-4417-2086.", "011 15-4417-2086"),  # Buenos Aires mobile, old style
    ],
)
def test_number_after_a_name_and_a_comma(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Send the plans to karl.tamm@example.ee or 5341 2290 before Friday.", "5341 2290"),
        ("Cancel through info@bakery.is, or text 6971234.", "6971234"),
        ("Write ola@firma.no eller ring 41 22 33 44.", "41 22 33 44"),
    ],
)
def test_number_after_an_email_and_or(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hedge trimming quoted at 240 EUR. Queries: 5341 2290.", "5341 2290"),
        ("Anmeldung bis Freitag. Fragen: 0151 23456789", "0151 23456789"),
        ("Lukuvuosi alkaa. Kysymykset: 040 123 4567.", "040 123 4567"),
    ],
)
def test_number_after_a_question_label(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Paid to Mette Jensen, 1 250 000 kr.",  # an amount with its currency
        "Shipped to Mette Jensen, 2100 København Ø.",  # a postcode and its town
        "Signed by Mette Jensen, 24.05.2021.",  # a date
        "Order for Mette Jensen, 20240512.",  # a compact date
        "Queries: 2438,55 incl. VAT.",  # an amount with decimals
        "Invoice total: 34 29 91 84.",  # no question label, no name
        "the manor, 28 31 54 07 tonnes",  # no name before the comma
        "Booked by Mette Jensen, 12 guests, 3 rooms.",  # a count
        "Questions: 1 250 000 EUR budget",  # an amount after a label
    ],
)
def test_amounts_dates_postcodes_and_counts_are_left(text: str) -> None:
    assert _found(text) == []


def test_spans_already_found_are_not_repeated() -> None:
    text = "Guarantor Mette Jensen, 28 31 54 07."
    start = text.index("28")
    assert uncued_phone_spans(text, [(start, start + 11)], ("DK",)) == []
