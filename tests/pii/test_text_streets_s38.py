"""Street lines in free text, session 38: Welsh streets, ordinal street names, Luxembourg's streets, and an
address label the street line must not swallow (``text_streets``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Address 12 Maes y Dref, Llandudno.", "12 Maes y Dref"),
        ("Lives at 60 Rhodfa'r Môr, Dolgellau", "60 Rhodfa'r Môr"),
        ("Post to 7 Heol y Parc please", "7 Heol y Parc"),
        ("Address 1275B 86th Highway, Quezon City.", "1275B 86th Highway"),
        ("Deliver to 133 19th Street tomorrow", "133 19th Street"),
        ("Address 154, Grand-Rue, L-1697 Schifflange.", "154, Grand-Rue"),
        ("Der Mieter wohnt in der Grand-Rue 19, L-5274.", "Grand-Rue 19"),
        ("Neue Anschrift: 51, Haaptstrooss, L-4524 Echternach", "51, Haaptstrooss"),
        # Faker's en_IN lines break after the house number.
        ("Correspondence address: 36\nDugal Marg, Naihati 831287", "36\nDugal Marg"),
        ("Parcel to be left at 32/229\nChaudhari Path, Hyderabad", "32/229\nChaudhari Path"),
        ("Prints to be posted to 46/917\nChanda, 543635.", "46/917\nChanda"),
    ],
)
def test_new_street_layouts_are_found(text, street):
    assert street in _streets(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Address Zamenhofove 9a/0, 21000 Split.", "Zamenhofove 9a/0"),
        ("Domicilio Calle Matta 6002 Dpto. 04, Santiago.", "Calle Matta 6002 Dpto. 04"),
        ("Domicilio Periférico Kazajstán 381 Interior 507, 45000 Zapopan.", "Periférico Kazajstán 381 Interior 507"),
    ],
)
def test_an_address_label_stays_out_of_the_street_line(text, street):
    assert any(found.startswith(street) for found in _streets(text))
    assert not any(found.lower().startswith(("address", "domicilio")) for found in _streets(text))


@pytest.mark.parametrize(
    "text",
    [
        "We met 2 Maes students at the fair.",  # lower-case word after: no Welsh street name
        "Scored 3 5th place finishes in a row.",
        "Grand-Rue is the main street of the town.",
        "On page 15, Am Ende steht es.",
        "Total 12\nRoad closures expected.",
        "Items 12\nDelivered, 2 missing.",
    ],
)
def test_prose_is_no_street(text):
    assert _streets(text) == []
