"""Streets after a place preposition, read as a street by the address-cell reader's part reading."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_place_words import place_word_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in place_word_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Parcel left round the side at Birkenweg 12. Thanks", "Birkenweg 12"),  # glued type, number
        ("Logs dropped at venelle Morin. Call first", "venelle Morin"),  # lower-case type, capitalised name
        ("Collect from 세종대로 8 tomorrow.", "세종대로 8"),  # glued type of a script without capitals
        ("Bring it from ჭავჭავაძის გამზ. Monday, thanks", None),  # an abbreviation none of the tables holds
        ("Ask for Jo at Mill Lane side, blue door", "Mill Lane"),  # a lower-case word after the name ends it
        ("kids from Viale Mazzini want the juice", "Viale Mazzini"),
    ],
)
def test_streets_after_place_words(text: str, street: str | None) -> None:
    assert _found(text) == ([street] if street else [])


@pytest.mark.parametrize(
    "text",
    [
        "Shearing at Glenmore Station today",  # a farm: an ordinary English type alone
        "Meet at the Grand Hotel.",
        "surfed from Fistral Beach at 9",
        "parked at Lot 5.",
        "sent to Marketing Dept. today",
        "at home from 9 to 5",
        "Dinner at Allen St. Rose's for the teas.",  # a saint's name: an English type stands last
        "A warm welcome to Tom Mills, our newest member",  # a person after ``to``
        "email from Mrs Castells Vila: can she sign instead?",  # a titled person
        "Dog loose at Hill Cove again",  # a settlement named by its cove
    ],
)
def test_farms_beaches_venues_and_phrases_are_no_streets(text: str) -> None:
    assert _found(text) == []
