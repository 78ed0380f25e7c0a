"""Name columns of the rows' own person against a handful of staff over many rows (column_subject_keys)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_subject_keys import distinct_people, subject_keys

MEMBERS = [f"member {i}" for i in range(24)] + [f"member {i}" for i in range(6)]  # six renew
STAFF = ["Ms Aaltonen", "Mr Brede", "Mrs Corvo"] * 10


def test_a_handful_of_staff_over_many_rows_is_no_subject() -> None:
    df = pd.DataFrame({"member": MEMBERS, "issued_by": STAFF})
    assert subject_keys(df, [("issued_by",), ("member",)]) == [("member",)]


def test_a_lone_staff_key_is_dropped_too() -> None:
    df = pd.DataFrame({"consultant": ["Dr Ferro", "Dr Gale", "Dr Holm", "Dr Ilves"] * 5})
    assert subject_keys(df, [("consultant",)]) == []


def test_returning_customers_stay_the_subject() -> None:
    donors = [f"donor {i}" for i in range(12)] * 2 + [f"donor {i}" for i in range(4)]  # 28 rows, 12 people
    df = pd.DataFrame({"donor": donors, "email": [f"{d.replace(' ', '')}@mail.test" for d in donors]})
    assert subject_keys(df, [("email",), ("donor",)]) == [("email",), ("donor",)]


def test_a_small_table_says_nothing_by_its_repeats() -> None:
    df = pd.DataFrame({"nurse": ["Ana", "Ana", "Bo", "Bo", "Ana", "Bo"]})
    assert subject_keys(df, [("nurse",)]) == [("nurse",)]


def test_a_surname_and_given_name_pair_is_read_together_and_blanks_name_no_one() -> None:
    df = pd.DataFrame({"last": ["Lind", "Lind", "Okoro", "", "Okoro"], "first": ["Ana", "Bo", "Ana", "Cy", ""]})
    assert distinct_people(df, ("last", "first")) == (3, 3)


def test_keys_of_missing_columns_are_left_out() -> None:
    df = pd.DataFrame({"member": MEMBERS})
    assert subject_keys(df, [("gone",), ("member",)]) == [("member",)]
