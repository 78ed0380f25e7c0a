"""Streets named by a district code and a number (Kigali's ``KG 11 Ave``) and their house: set 36 kept every one of
its Rwandan note streets; the lines here are my own, in other notes and layouts."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_grid_codes import grid_code_street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in grid_code_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Courier to deliver at KG 9 Ave, No 41 before noon", "KG 9 Ave, No 41"),
        ("Nouvelle adresse : KK 737 St, No 8.", "KK 737 St, No 8"),
        ("Signed, Uwimana\nKN 3 Rd #17", "KN 3 Rd #17"),
        ("met at KN 78 Street, then left", "KN 78 Street"),
        ("Office moved to KG 7 Ave.", "KG 7 Ave"),
        ("lives on KG12 Rd, House 4 with her aunt", "KG12 Rd, House 4"),
        # another town's code, with its house after the street
        ("Sent to HY 103 St, No 5 (Huye).", "HY 103 St, No 5"),
    ],
)
def test_grid_code_streets_are_found_with_their_house(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "Bought 5 kg of beans and KG 12 Standard flour",
        "US 20 Rd is closed after the storm",  # another code without a house: a highway in prose
        "Model XT 500 Street bike, serviced",
        "kg 11 ave no 12 typed in lower case is left to others",
        "The AB 12 Avenue project was approved",
    ],
)
def test_prose_and_other_codes_are_no_street(text: str) -> None:
    assert _streets(text) == []
