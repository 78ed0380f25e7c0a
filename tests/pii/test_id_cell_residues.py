"""The id cell read as (id part, residue): the residue ends at any spaced separator and is judged by shape."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.id_cell_residues import read_id_residue


@pytest.mark.parametrize(
    ("value", "core", "document", "place"),
    [
        ("ID: 200411223344", "200411223344", True, False),
        ("300918765432 / exp. 2034", "300918765432", True, False),
        ("552211907V / exp. 2029", "552211907V", True, False),
        ("51234567Z / vence 2030", "51234567Z", True, False),
        ("ABCPE1234F / exp. 2031", "ABCPE1234F", True, False),
        ("555 444 333 ; gültig bis 2030", "555 444 333", True, False),
        ("4411223344 – Kandy", "4411223344", False, True),
        ("4411223344 - Nuwara Eliya", "4411223344", False, True),
        ("GB 12 34 56 C", "GB 12 34 56 C", False, False),
    ],
)
def test_id_part_and_residue(value: str, core: str, document: bool, place: bool) -> None:
    cell = read_id_residue(value)
    assert cell is not None
    assert (cell.core, cell.document, cell.place) == (core, document, place)
    assert f"{cell.before}{cell.core}{cell.after}" == value.strip()


@pytest.mark.parametrize(
    "value",
    ["Order 4470060 / 2031", "Tel 0612 345 678 / 0612 345 679", "Invoice 20231145 (paid 2024)", "see notes", "2031"],
)
def test_not_one_id(value: str) -> None:
    assert read_id_residue(value) is None


def test_a_year_is_never_the_id_part() -> None:
    cell = read_id_residue("exp. 2035-09 / 77001122X")
    assert cell is not None and cell.core == "77001122X" and cell.document
