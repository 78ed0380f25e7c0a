"""A table pasted with its header line: the header cells are keys, read like column names."""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import _DATE
from safe_synthesizer.pii.text_structured import structured_spans


def _found(text: str) -> list[tuple[str, str]]:
    return sorted({(text[a:b], e) for a, b, e in structured_spans(text, _DATE)})


def test_rows_under_a_header_take_its_cells_entities():
    text = (
        "Export from CRM:\nName;Geburtsdatum;Telefon;Strasse\nAnna Koch;12.03.1980;030 1234567;Hauptstr. 5\n"
        "Ben Roth;01.02.1975;030 7654321;Ringweg 12\nEnd of export"
    )
    found = _found(text)
    assert ("12.03.1980", E.DATE_OF_BIRTH) in found and ("01.02.1975", E.DATE_OF_BIRTH) in found
    assert ("Anna Koch", E.NAME) in found and ("Ringweg 12", E.STREET_ADDRESS) in found


def test_quoted_cells_may_hold_the_delimiter_and_other_dates_stay():
    text = '"name","dob","address line1","created"\n"david scott","08/22/1969","12 Oak Road, Leeds","12/03/2024"'
    found = _found(text)
    assert ("08/22/1969", E.DATE_OF_BIRTH) in found and ("david scott", E.NAME) in found
    assert ("12 Oak Road, Leeds", E.STREET_ADDRESS) in found
    assert not any(v == "12/03/2024" for v, _ in found)


def test_an_order_table_has_no_personal_columns():
    text = "sku,product,ordered,qty\nA-1,Oak Table,12/03/2019,2\nB-7,Blue Mug,01/02/2020,5"
    assert _found(text) == []
