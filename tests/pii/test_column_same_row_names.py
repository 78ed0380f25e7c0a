"""Sparse columns that repeat the row's own person (account holder, name gone by) are person columns."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_same_row_names import same_row_names

_NA = None


def _crm() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "c000": ["Ingrid Solberg", "HAKON BERG-LIE", "Mette Dahl", "Ola Nygaard", "Sigrid Moe", "Per Holm"],
            "c001": ["Ingrid", "Håkon", "Mette", "Ola", "Sigrid", "Per"],
            "c002": ["Solberg", "Berg-Lie", "Dahl", "Nygaard", "Moe", "Holm"],
            "c003": [_NA, "Håkon Berg-Lie", _NA, _NA, "Sigrid Moe", _NA],  # the bank account's holder
            "c004": [_NA] * 6,
            "c005": ["Solberg AS", _NA, "Dahl Consulting", _NA, _NA, _NA],  # firms named after the owner
            "c006": ["F", "M", "F", "M", "F", "M"],
        }
    )


def test_holder_and_name_gone_by_repeat_the_row() -> None:
    df = _crm()
    df["c004"] = [_NA, "Håkon", _NA, "Ola", _NA, _NA]
    found = {"c000": E.NAME, "c001": E.FIRST_NAME, "c002": E.LAST_NAME}
    out = same_row_names(df, list(df.columns), found)
    assert {c: d.entity for c, d in out.items()} == {"c003": E.NAME, "c004": E.FIRST_NAME}


def test_names_of_other_rows_are_not_the_rows_person() -> None:
    df = _crm()
    df["c004"] = [_NA, "Ingrid", _NA, "Mette", _NA, _NA]  # other people's given names: no evidence here
    out = same_row_names(df, list(df.columns), {"c000": E.NAME, "c001": E.FIRST_NAME, "c002": E.LAST_NAME})
    assert "c004" not in out and "c005" not in out and "c006" not in out


def test_no_person_column_no_finding() -> None:
    df = _crm()
    assert same_row_names(df, list(df.columns), {}) == {}


def test_plan_finds_the_sparse_holder_column_with_headers_hidden() -> None:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    firsts = [
        "James",
        "Mary",
        "Robert",
        "Patricia",
        "John",
        "Jennifer",
        "Michael",
        "Linda",
        "David",
        "Elizabeth",
        "William",
        "Barbara",
        "Richard",
        "Susan",
        "Joseph",
        "Jessica",
        "Thomas",
        "Sarah",
        "Charles",
        "Karen",
        "Daniel",
        "Nancy",
        "Matthew",
        "Lisa",
        "Anthony",
        "Betty",
        "Mark",
        "Sandra",
    ]
    lasts = [
        "Smith",
        "Johnson",
        "Williams",
        "Brown",
        "Jones",
        "Garcia",
        "Miller",
        "Davis",
        "Wilson",
        "Anderson",
        "Taylor",
        "Thomas",
        "Moore",
        "Jackson",
        "Martin",
        "Thompson",
        "White",
        "Harris",
        "Clark",
        "Lewis",
        "Robinson",
        "Walker",
        "Young",
        "Allen",
        "King",
        "Wright",
        "Scott",
        "Green",
    ]
    holder = [f"{f} {last}" if i in (3, 17) else _NA for i, (f, last) in enumerate(zip(firsts, lasts, strict=True))]
    df = pd.DataFrame({"c000": firsts, "c001": lasts, "c002": holder})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") == E.NAME, plans
