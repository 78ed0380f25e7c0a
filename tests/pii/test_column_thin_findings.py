"""Tests of ``column_thin_findings``: mostly empty and junk-filled columns read over their filled, non-junk cells."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_thin_findings import person_header, thin_column_findings, thin_people_score

_ENTITIES = ReplacePiiParameters().entities


def _sparse(values: list[str], n: int) -> list[str]:
    """``values`` spread over ``n`` rows, the rest empty."""
    out = [""] * n
    for i, v in enumerate(values):
        out[i * (n // len(values))] = v
    return out


def _findings(df: pd.DataFrame) -> dict[str, str]:
    found = thin_column_findings(df, infer_schema(df).columns, {}, _ENTITIES)
    return {k: v.entity for k, v in found.items()}


def test_agent_and_holder_headers_name_a_person_in_several_languages() -> None:
    for header in ("Found by", "Gefunden von", "'Trouvé par'", "Encontrado~por", "Gevonden door", "$fundet_af",
                   "Keyholder", "Sleutelhouder", "Détenteur des clés", "Emergency contact"):  # fmt: skip
        assert person_header(header), header
    for header in ("Paid", "Date", "c004", "Notes", "Sorted", "by"):
        assert not person_header(header), header


def test_mixed_person_forms_under_a_person_header_are_people() -> None:
    cells = ["Irmtraut Krebs (née Smith)", "Aloisia [Naser]", "Montalbán Pujol, M. (Martina)", "Danny Köster"]
    assert thin_people_score(cells, cued=True) is not None


def test_one_strong_cell_is_enough_under_a_person_header_only() -> None:
    assert thin_people_score(["Denis [Cardoso]"], cued=True) is not None
    assert thin_people_score(["Denis [Cardoso]"], cued=False) is None


def test_a_handle_counts_when_the_column_or_table_holds_its_names() -> None:
    assert thin_people_score(["ylegrand", "yves.legrand", "Legrand, Y. (Yves)"], cued=False) is not None
    assert thin_people_score(["dpreston", "Pons, G. (Gérard)"], cued=False) is None
    assert thin_people_score(["peder_winther43"], frozenset({"peder", "winther"}), cued=True) is not None


def test_things_remarks_and_numbers_are_no_people() -> None:
    assert thin_people_score(["Victoria plum", "Bramley apple", "Conference pear"], cued=True) is None
    assert thin_people_score(["called back twice", "left on porch"], cued=True) is None
    assert thin_people_score(["Anna Berg", "0176 7746177", "Box 4", "12 Elm Road"], cued=True) is None


def test_mostly_empty_contact_in_many_forms_is_found_with_header_shown_and_hidden() -> None:
    people = ["Irmtraut Krebs (née Smith)", "Aloisia [Naser]", "Montalbán Pujol, M. (Martina)", "Danny Köster",
              "Apostolos [Dietz-Beckmann]"]  # fmt: skip
    df = pd.DataFrame({"Job": [f"J{i:03d}" for i in range(40)], "Found by": _sparse(people, 40)})
    assert _findings(df) == {"Found by": E.NAME}
    assert _findings(df.rename(columns={"Found by": "c001"})) == {"c001": E.NAME}


def test_phone_column_with_junk_words_among_its_numbers_is_found_hidden() -> None:
    phones = ["0501 127 99 51", "(none given)", "0542 185 58 06", "no data", "0501 896 26 50", "0503 161 10 34",
              "not on form", "0505 031 33 43"]  # fmt: skip
    df = pd.DataFrame({"c000": [f"R{i}" for i in range(16)], "c001": _sparse(phones, 16)})
    assert _findings(df) == {"c001": E.PHONE_NUMBER}


def test_thin_remarks_codes_and_categories_are_left() -> None:
    remarks = ["rang twice, no answer", "Left with neighbour at no. 4", "Collected Tuesday", "see office"]
    codes = ["A12", "B7", "C19", "A12"]
    staff = ["Poni"] * 12
    df = pd.DataFrame({"Remarks": _sparse(remarks, 40), "Code": _sparse(codes, 40), "Desk": _sparse(staff, 40)})
    assert _findings(df) == {}


def test_name_words_coming_back_in_other_cells_vouch_for_people_without_a_header() -> None:
    assert thin_people_score(["Ruby [Scotty]", "Delvin Dabwido", "Isabella Scotty"]) is not None
    assert thin_people_score(["Larry Ville", "Joel Ville", "Anna Ville"], cued=True) is None  # a category's word


def test_one_returning_person_of_the_table_is_enough_without_a_header() -> None:
    assert thin_people_score(["Denis [Cardoso]"], frozenset({"denis", "cardoso"})) is not None
    assert thin_people_score(["Denis [Cardoso]"], frozenset({"maria", "silva"})) is None


def test_a_handle_of_two_known_names_counts_under_a_person_header_only() -> None:
    assert thin_people_score(["jennifer_arens89"], cued=True) is not None
    assert thin_people_score(["jennifer_arens89", "kevin_smith2"]) is None
