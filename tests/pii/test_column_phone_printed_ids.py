"""Few values printed group for group as a phone plan prints them are phones, not ids of a check-less scheme
(column_phone_ids.printed_as_phones, wired in column_numbers.national_id_score)."""

from __future__ import annotations

from safe_synthesizer.pii.column_numbers import national_id_score
from safe_synthesizer.pii.column_phone_ids import printed_as_phones
from safe_synthesizer.pii.column_sample import sample_values


def test_a_few_phones_in_their_plans_groups_are_phones() -> None:
    azeri = ["050-221-17-90", "0701308822", "055 130 45 61", "051-011-22-79", "077 251 03 12"]
    assert printed_as_phones(azeri) is not None
    swedish = ["070-173 23 31", "073-120 45 67", "0701108899", "076-311 02 75"]
    assert printed_as_phones(swedish) is not None


def test_ids_in_their_own_groups_are_not() -> None:
    cpr = ["040190-8453", "120385-1237", "311299-4411", "010101-2345", "150672-0011"]
    ssn = ["123-45-6789", "321-54-9876", "555-12-3456", "212-09-8765"]
    nir = ["1 85 05 78 006 084 36", "2 91 12 75 115 423 51", "1 66 03 13 055 071 82"]
    bare = ["0401908453", "1203851237", "3112994411", "0101012345"]
    for column in (cpr, ssn, nir, bare):
        assert printed_as_phones(column) is None, column[:2]


def test_four_azeri_mobiles_are_no_danish_cpr_numbers() -> None:
    values = ["040-190-84-53", "0401099050", "040-102-32-58", "040 590 14 29"]
    import pandas as pd

    score = national_id_score(sample_values(pd.Series(values), 500, 0), cued=False)
    assert score.share == 0.0, score.evidence
