"""5-7 digit phone numbers of short number plans in text (``text_phone_short``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_short import short_phone_spans


def _found(text: str, regions: tuple[str, ...] = ()) -> list[str]:
    return [text[a:b] for a, b, _ in short_phone_spans(text, (), regions)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kiosk owner's mobile 29 41 06, ask for Hansi.", "29 41 06"),  # Greenland, pairs after a strong cue
        ("The landlord phoned from 318 227 yesterday.", "318 227"),  # Andorra, 3-3 after a verb of calling
        ("Telèfon 364 512.", "364 512"),  # Andorra, Catalan cue
        ("Reach the skipper, best on 861 4720 after six.", "861 4720"),  # Iceland, weak cue and a phone layout
        ("Nýtt símanúmer: 771 2034", "771 2034"),  # Icelandic cue
        ("ring 21 19 57 or 28 44 03", "21 19 57"),  # Faroese/Greenlandic pairs
    ],
)
def test_short_numbers_after_a_cue_are_phones(text: str, number: str) -> None:
    assert number in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Policy no 703114 renewed.",  # a reference, no phone cue
        "Phone about order 223456 please.",  # a reference word between the cue and the number
        "Mobile bill paid: 313 311 kr.",  # an amount with its currency after
        "Balance on 313 311.",  # weak cue and thousands groups: an amount
        "Seen on 25 01 24 by the vet.",  # weak cue and a day, month and year in pairs
        "Mobile since 11.05.34.",  # a date
        "Call me at 15:40.",  # a time
        "The kennel at 3912 Maniitsoq.",  # a postcode, four digits
        "Meeting at 12 500 guests.",  # no phone cue strong enough, thousands
        "at 5'7\", 130-135 lbs, 34c",  # a range of weights after a weak cue
        "i have a medium on and my measurements are 38-30-40.",  # measurements in dashed pairs
    ],
)
def test_dates_amounts_and_references_are_not_phones(text: str) -> None:
    assert _found(text) == []


def test_spans_already_taken_are_left() -> None:
    text = "mobile 29 41 06"
    assert short_phone_spans(text, [(7, 15)]) == []


def test_five_digit_numbers_need_a_plan_that_short() -> None:
    # 5 digits are a phone in the Falklands when the table is Falklands', not any 5-digit code after "tel".
    assert _found("tel 22457") == []
    assert _found("tel 51234", ("FK",)) == ["51234"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("phone 0161 496 0000, 120000 miles on the clock", "0161 496 0000"),
        ("Mobile +33 6 12 34 56 78 - 250000 points left", "+33 6 12 34 56 78"),
    ],
)
def test_a_cue_already_used_by_a_phone_found_vouches_for_no_other_number(text: str, phone: str) -> None:
    start = text.index(phone)
    assert short_phone_spans(text, [(start, start + len(phone))], ("GB", "FR")) == []
