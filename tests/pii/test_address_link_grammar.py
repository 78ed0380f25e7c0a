"""Links of any scheme read for the query parameter that carries a place (:mod:`address_link_grammar`)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.address_link_grammar import key_names_place, read_place_link


@pytest.mark.parametrize(
    ("cell", "address"),
    [
        ("https://bing.com/maps?where1=170%2C+rue+de+Mathieu%2C+Saint-Odette", "170, rue de Mathieu, Saint-Odette"),
        ("uber://?action=setPickup&pickup[formatted_address]=Blk%20188%20Jurong%20East", "Blk 188 Jurong East"),
        ("uber://?action=setPickup&pickup%5Bformatted_address%5D=12%20Elm%20Road", "12 Elm Road"),
        ("myapp://route?dropoffAddress=4+Oak+Lane%2C+York", "4 Oak Lane, York"),
        ("maps:?saddr=Home&daddr=12+Elm+Road%2C+Leeds+LS1+4AB", "Home"),
        # no place key: a value the address reader reads as a whole address by itself
        ("https://app.example.com/visit?id=7&v=12+Elm+Road%2C+Leeds+LS1+4AB", "12 Elm Road, Leeds LS1 4AB"),
    ],
)
def test_place_read_from_any_scheme_and_key_grammar(cell: str, address: str) -> None:
    link = read_place_link(cell)
    assert link is not None and link.address == address


@pytest.mark.parametrize(
    "cell",
    [
        "https://www.lemonde.fr/article?id=4411&ref=home",
        "https://shop.example.com/item?sku=AB-778&color=red",
        "https://www.booking.com/hotel/it/padre-pio.html?label=gen173&sid=9af",
        "mailto:ana@example.org?subject=12+Elm+Road%2C+Leeds",
        "https://t.example.com/r?url=https%3A%2F%2Fexample.com%2Fx",
        "12 Elm Road, Leeds",
        "https://example.com/a b?q=x",
    ],
)
def test_no_place_no_link(cell: str) -> None:
    assert read_place_link(cell) is None


def test_fake_written_back_in_the_links_own_encoding() -> None:
    plus = read_place_link("https://bing.com/maps?where1=1+Rue+Haute%2C+Lyon&lvl=15")
    assert (
        plus is not None
        and plus.rewrite("4 Oak Lane, York") == "https://bing.com/maps?where1=4+Oak+Lane%2C+York&lvl=15"
    )
    pct = read_place_link("uber://?action=setPickup&pickup[formatted_address]=1%20Rue%20Haute")
    assert pct is not None
    assert pct.rewrite("4 Oak Lane") == "uber://?action=setPickup&pickup[formatted_address]=4%20Oak%20Lane"


def test_key_words() -> None:
    assert key_names_place("pickup[formatted_address]") and key_names_place("where1")
    assert key_names_place("dropoffAddress") and key_names_place("ship_to")
    assert not key_names_place("utm_source") and not key_names_place("sid") and not key_names_place("lvl")
