"""Five-digit phone numbers right after a word of calling (``text_phone_five``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_five import five_digit_phone_spans, five_digit_plans


def _found(text: str, regions: tuple[str, ...] = ("US",)) -> list[str]:
    return [text[a:b] for a, b, _ in five_digit_phone_spans(text, (), regions)]


def test_the_plans_are_read_from_libphonenumber() -> None:
    plans = five_digit_plans()
    assert {"FK", "CK", "NU" if "NU" in plans else "FK"} <= set(plans)
    assert "GB" not in plans and "US" not in plans  # trunk-prefixed or longer plans


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Tenant Robin Ford told; landlord Nicola Middleton to call 51795.", "51795"),
        ("Texted Keith re aftercare, healing well. Rang back from 51964. Tanya Biggs", "51964"),
        ("--\nBill Betts\nMob: 51258\n155 Fitzroy Road", "51258"),
        ("Emergency contact Bill Ford on 51244.", "51244"),
        ("Occupier BETTS not home, met son at Port Howard Settlement. Call 51546", "51546"),
    ],
)
def test_five_digits_after_a_word_of_calling_are_phones(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "We reached 25000 signatures by Friday.",  # "reach" is no word of calling here
        "She must call 10000 times a day.",  # a count
        "Call about order 51234 please.",  # a reference word between
        "call ext 51234",  # an extension
        "The mobile plan costs 51234 a year.",  # money
        "contact: 30301 Atlanta",  # a postcode before its town
        "Phone sales rose to 52000 units.",  # a quantity
        "Order 51795 shipped on 51234.",  # no word of calling
        "Call us on 12345.",  # valid in no five-digit plan
        "mobile 51795-51800",  # a range
        "Lost property handed to G. Wyatt (51900).",  # no word of calling
    ],
)
def test_other_five_digit_numbers_are_left(text: str) -> None:
    assert _found(text) == []


def test_numbers_already_taken_are_left() -> None:
    text = "call 01500 496000, or 51795"
    assert five_digit_phone_spans(text, [(5, 17)], ("GB",)) == []


def test_digits_opening_an_email_address_are_left() -> None:
    assert _found("Adopter works from home. Contact 71044.post@icloud.com.") == []
    assert _found("Mob: 51258.") == ["51258"]
