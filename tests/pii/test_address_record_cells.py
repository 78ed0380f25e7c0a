"""Address cells as a machine's records: fields read by what their keys mean, in any order and syntax, and faked
in place with the keys and quoting kept."""

from __future__ import annotations

import json

import pytest

from safe_synthesizer.pii.address_record_cells import key_kind, read_address_record, rerecorded_addresses


@pytest.mark.parametrize(
    ("cell", "kinds"),
    [
        ('{"zip": "01917", "strasse": "Am Markt 3", "ort": "Kamenz"}', ["postcode", "street_address", "city"]),
        ("{'line1': 'Flat 2, 9 Mill Lane', 'postalCode': 'LS6 1AB', 'country': 'GB'}",
         ["street_address", "postcode", "country"]),
        ('{"address": {"road": "MG Road", "pin": "560001"}}', ["street_address", "postcode"]),
        ("{rue: Quartier Plateau, ville: Dakar}", ["street_address", "city"]),
        ("<adresse><rue>Avenue 4</rue><ville>Thiès</ville></adresse>", ["street_address", "city"]),
        ('<home street="Kebele 03" town="Adama"/>', ["street_address", "city"]),
        ("street=Calle+Real+5&city=Cusco", ["street_address", "city"]),
    ],
)  # fmt: skip
def test_records_read_by_their_keys(cell: str, kinds: list[str]) -> None:
    record = read_address_record(cell)
    assert record is not None
    assert [p.kind for p in record.parts] == kinds


@pytest.mark.parametrize(
    "cell",
    [
        '{"name": "Ana Berg", "street": "Am Markt 3"}',  # a contact card
        '{"sku": "A-1", "qty": 2}',
        '{"lat": 51.2, "lng": 14.1}',
        '{"city": "Kamenz", "zip": "01917"}',  # no home field
        "Am Markt 3, Kamenz",
    ],
)
def test_not_address_records(cell: str) -> None:
    assert read_address_record(cell) is None


def test_key_kinds_of_schemas_and_languages() -> None:
    assert key_kind("addressLocality") == "city"
    assert key_kind("house_number") == "number"
    assert key_kind("phone") == ""


def test_fields_faked_in_place_with_quoting_kept() -> None:
    cells = ['{"street": "Am \\"Markt\\" 3", "city": "Kamenz", "country": "DE"}', "-"]
    out = rerecorded_addresses(cells, lambda kind, value: f'{kind} "x"')
    assert out[1] is None
    assert json.loads(out[0]) == {"street": 'street_address "x"', "city": 'city "x"', "country": "DE"}
