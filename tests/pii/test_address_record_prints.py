"""Address cells printed as records (:mod:`address_record_prints`): keyed fields and the writer."""

from __future__ import annotations

from safe_synthesizer.pii.address_record_prints import open_record_print


def test_r_list_and_toml_inline_table_opened_and_refilled() -> None:
    box = open_record_print('list(street = "700 Trevor Radial", town = "Matthewside", postcode = "E1 6AN")')
    assert box is not None and box.keyed
    assert box.fields == (("street", "700 Trevor Radial"), ("town", "Matthewside"), ("postcode", "E1 6AN"))
    assert (
        box.refill(["4 Oak Lane", "York", "YO1 7HH"])
        == 'list(street = "4 Oak Lane", town = "York", postcode = "YO1 7HH")'
    )
    toml = open_record_print('{ street = "Maskavas iela 147-67", town = "Rīga" }')
    assert toml is not None and toml.fields == (("street", "Maskavas iela 147-67"), ("town", "Rīga"))


def test_not_record_prints() -> None:
    assert open_record_print("12 Elm Road, Leeds") is None
    assert open_record_print('{"street": "12 Elm Road"}') is None  # JSON: the record readers' own
    assert open_record_print(None) is None
