"""Id columns of (id part, residue) cells: the residue's document word or expiry decides, or a checked id beside a
place; the same cells keep an id finding from being read as phones."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_id_parts import documented_id_share, id_part_columns


def test_mostly_empty_id_column_with_expiries_and_document_words() -> None:
    cells = ["", "ID: 200411223344", "", "", "300918765432 / exp. 2034", "", "201188776655", "", "4411223344 – Kandy"]
    df = pd.DataFrame({"c009": cells})
    found = id_part_columns(df, ["c009"], {"c009": None})
    assert found["c009"].entity == E.NATIONAL_ID


def test_one_cell_with_an_expiry_word_of_another_language() -> None:
    df = pd.DataFrame({"c004": [""] * 9 + ["51234567Z / vence 2030"]})
    assert id_part_columns(df, ["c004"], {"c004": None})["c004"].entity == E.NATIONAL_ID


def test_numbers_beside_names_or_plain_codes_are_not_ids() -> None:
    df = pd.DataFrame(
        {
            "contact": ["0176 77461776 (Ernestine Bien)", "0151 22334455 (Udo Lind)", ""],
            "session": ["2027-164", "2027-165", "2027-166"],
            "order": ["Order 4470060 / 2031", "Order 4470061 / 2031", ""],
            "licence": ["BJA33780", "BJA33781", "BJA33782"],
        }
    )
    assert id_part_columns(df, list(df.columns), dict.fromkeys(df.columns)) == {}


def test_documented_share_reads_every_cell() -> None:
    assert documented_id_share(["644 363 384", "608 131 785 / exp. 2033", "ID: 644 363 384"]) > 0.6
    assert documented_id_share(["0612 345 678", "0612 345 679 (mobile)"]) == 0.0
