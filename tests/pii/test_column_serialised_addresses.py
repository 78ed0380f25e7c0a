"""Columns of serialised addresses decided by their keys or by their fields read as an address line or as a small
table; their fakes written back in the same serialisation. Non-addresses in the same grammars stay undecided."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.address_serialised_cells import open_serialised
from safe_synthesizer.pii.column_serialised_addresses import reserialised_addresses, serialised_address_columns

_PHP = [
    'a:3:{s:6:"street";s:9:"Henkweg 1";s:4:"town";s:9:"Eilenburg";s:8:"postcode";s:5:"42065";}',
    'a:3:{s:6:"street";s:15:"Brunnenstraße 7";s:4:"town";s:5:"Aalen";s:8:"postcode";s:5:"73430";}',
    'a:3:{s:6:"street";s:10:"Am Hang 12";s:4:"town";s:4:"Jena";s:8:"postcode";s:5:"07743";}',
]
_ICAL = [
    "LOCATION:Calle Mayor 12\\, Madrid\\, 28013",
    "LOCATION:Avenida de la Paz 45 Piso 3\\, Sevilla\\, 41001",
    "LOCATION:Plaza de España 3\\, Valencia\\, 46002",
    "LOCATION:Calle del Sol 8\\, Granada\\, 18009",
    "LOCATION:Paseo de Gracia 91\\, Barcelona\\, 08008",
]


def _found(values: list[str], name: str = "c006") -> str | None:
    df = pd.DataFrame({name: values})
    det = serialised_address_columns(df, [name], {name: None}).get(name)
    return None if det is None else det.entity


def test_sparse_php_column_decided_by_keys() -> None:
    assert _found(["nicht bekannt", "", *_PHP[:2], "undefined", "-", "", ""]) == "address"


def test_php_of_other_keys_is_no_address() -> None:
    cells = ['a:2:{s:4:"film";s:12:"Annie Hall 2";s:4:"room";s:12:"Olivier Room";}'] * 3
    assert _found(cells) is None


def test_calendar_lines_read_as_addresses() -> None:
    assert _found(_ICAL) == "address"


def test_calendar_lines_of_rooms_are_no_addresses() -> None:
    rooms = ["LOCATION:Olivier Room\\, Floor 2", "LOCATION:Lister Ward\\, Bed 4", "LOCATION:Main Hall\\, Stage"]
    assert _found(rooms) is None


def test_composite_fields_read_as_a_table() -> None:
    cells = [
        '("Uripok Thokchom Leikai",Bishnupur,795126)',
        '("House No. 35, Keishampat Road",Bishnupur,795126)',
        '("Khurai Leimajam Leikai",Thoubal,795138)',
        '("Wangkhei Sangomsang Leirak",Imphal,795004)',
        '("House No. 183, Airport Road",Imphal,795005)',
        '("House No. 193, Thangal Bazar Road",Imphal,795004)',
        '("House No. 29, Keishampat Road",Thoubal,795138)',
        '("Wangkhei Lourembam Leikai",Imphal,795005)',
        '("Thangmeiband Lourembam Leikai",Imphal,795001)',
        '("House No. 124, Paona Bazar Road",Imphal,795004)',
        '("House No. 193, Thangal Bazar Road",Imphal,795004)',
        "N/A",
    ]
    assert _found(cells) == "address"


def test_composites_of_catalogue_rows_are_no_addresses() -> None:
    cells = ['("Dusty in Memphis",PCS,7027)', '("Lady Soul",ILPS,9498)', '("Blue",RS,2038)', '("Tapestry",SP,77009)']
    assert _found(cells) is None


def test_fakes_written_back_in_the_same_grammar() -> None:
    def by_field(kind: str, value: str) -> str:
        return {"city": "Görlitz", "postcode": "02826"}.get(kind, "Lindenweg 12")

    out = reserialised_addresses([*_PHP[:1], _ICAL[0], "-"], by_field, lambda line: "4 Oak Lane, York, YO1 7HH")
    assert "-" not in out
    php = open_serialised(out[_PHP[0]])
    assert php is not None and php.fields == (("street", "Lindenweg 12"), ("town", "Görlitz"), ("postcode", "02826"))
    assert out[_ICAL[0]] == "LOCATION:4 Oak Lane\\, York\\, YO1 7HH"
