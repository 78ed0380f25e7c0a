"""Map links holding an address in their query or place segment: read decoded, the column an address column, the
fake written back in the link's own encoding; links of other kinds (a shop's search, a profile) left alone. Values
are not set 50's."""

from __future__ import annotations

from urllib.parse import unquote_plus

import pandas as pd

from safe_synthesizer.pii.address_map_links import map_link_address_columns, read_map_link, relinked_addresses
from safe_synthesizer.pii.column_detector import ColumnDetection


def test_a_map_search_query_is_read_decoded() -> None:
    link = read_map_link("https://www.google.com/maps/search/?api=1&query=14+M%C3%BChlenweg%2C+37073+G%C3%B6ttingen")
    assert link is not None and link.address == "14 Mühlenweg, 37073 Göttingen"


def test_other_services_keys_and_place_segments_are_read() -> None:
    assert (
        read_map_link("https://maps.apple.com/?daddr=3+Quai+Vauban%2C+Perpignan").address == "3 Quai Vauban, Perpignan"
    )
    assert read_map_link("https://www.google.com/maps/place/Via+Roma+12,+Lucca/@43.8,10.5,17z").address == (
        "Via Roma 12, Lucca"
    )
    assert read_map_link("geo:0,0?q=Kerkstraat%2017%2C%20Gouda").address == "Kerkstraat 17, Gouda"
    assert read_map_link("https://www.openstreetmap.org/search?query=Calle%20Mayor%205%2C%20Soria") is not None


def test_a_link_of_no_map_holds_an_address_only_when_the_address_reader_says_so() -> None:
    assert read_map_link("https://shop.example.com/search?q=red+wool+scarf") is None
    assert read_map_link("https://example.org/profile?id=42&name=Ana") is None
    assert read_map_link("https://example.org/visit?address=22+Elm+Road%2C+Leeds+LS6+2AB") is not None


def test_the_fake_is_written_back_in_the_links_own_encoding() -> None:
    plus = "https://www.google.com/maps/search/?api=1&query=14+M%C3%BChlenweg%2C+G%C3%B6ttingen"
    pct = "geo:0,0?q=Kerkstraat%2017%2C%20Gouda"
    out = relinked_addresses([plus, pct, "no link"], lambda a: "9 Äpfelweg, Köln")
    assert out[0] == "https://www.google.com/maps/search/?api=1&query=9+%C3%84pfelweg%2C+K%C3%B6ln"
    assert out[1] == "geo:0,0?q=9%20%C3%84pfelweg%2C%20K%C3%B6ln"
    assert out[2] is None
    assert unquote_plus(out[0].split("query=")[1]) == "9 Äpfelweg, Köln"


def test_a_mostly_empty_column_of_map_links_is_an_address_column_even_when_read_as_urls() -> None:
    links = [f"https://www.google.com/maps/search/?api=1&query={n}+High+Street%2C+Wells+BA5+{n}AB" for n in (2, 5)]
    df = pd.DataFrame({"c004": ["", links[0], "", "", links[1], "", "n/a"]})
    found = {"c004": ColumnDetection("c004", "url", 0.9, 0.9, "values", 7)}
    assert map_link_address_columns(df, ["c004"], found)["c004"].entity == "address"


def test_a_column_of_ordinary_links_or_another_finding_is_left_alone() -> None:
    df = pd.DataFrame({"c001": ["https://example.com/a?q=1", "https://example.com/b?q=2"]})
    assert map_link_address_columns(df, ["c001"], {"c001": None}) == {}
    links = ["https://maps.apple.com/?q=Gouda", "https://maps.apple.com/?q=Delft"]
    df = pd.DataFrame({"c002": links})
    found = {"c002": ColumnDetection("c002", "name", 0.9, 0.9, "values", 2)}
    assert map_link_address_columns(df, ["c002"], found) == {}
