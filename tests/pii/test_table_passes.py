"""Findings that need the other columns decided first (``table_passes``), through ``plan_columns``."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_RNG = random.Random(35201)
_FIRST = ["Chinedu", "Ngozi", "Emeka", "Aisha", "Babatunde", "Funmilayo", "Ibrahim", "Chiamaka", "Oluwaseun", "Yusuf"]
_LAST = ["Okafor", "Adeyemi", "Bello", "Eze", "Ogunleye", "Abubakar", "Nwosu", "Okonkwo", "Balogun", "Musa"]


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _nigerian_table(ids: list[str]) -> pd.DataFrame:
    n = len(ids)
    return pd.DataFrame(
        {
            "c0": [f"{_RNG.choice(_FIRST)} {_RNG.choice(_LAST)}" for _ in range(n)],
            "c1": [_RNG.choice(["0803", "0806", "0813", "0703"]) + f"{_RNG.randrange(10**6, 10**7)}" for _ in range(n)],
            "c2": ids,
            "c3": [_RNG.randrange(18, 90) for _ in range(n)],
        }
    )


def test_a_hidden_nin_column_of_a_nigerian_table_is_a_national_id() -> None:
    """Eleven bare digits say nothing alone; beside Nigerian names and phones they are NINs (NI's country pass)."""
    nins = [str(_RNG.randrange(1, 10)) + "".join(_RNG.choice("0123456789") for _ in range(10)) for _ in range(40)]
    plans = _plans(_nigerian_table(nins))
    assert plans.get("c2") == "national_id"
    assert "c3" not in plans


def test_accounts_of_a_few_branches_in_a_nigerian_table_stay_unflagged() -> None:
    accounts = [_RNG.choice(["4817", "9302"]) + "01" + str(_RNG.randrange(10**4, 10**5)) for _ in range(40)]
    assert _plans(_nigerian_table(accounts)).get("c2") is None


def test_digits_under_a_name_that_says_what_they_are_are_no_national_ids() -> None:
    """``Registration no.`` of a Nigerian table: eleven bare digits like a NIN, but the name says otherwise."""
    numbers = ["".join(_RNG.choice("0123456789") for _ in range(11)) for _ in range(40)]
    df = _nigerian_table(numbers).rename(columns={"c2": "Registration no."})
    assert _plans(df).get("Registration no.") is None


def test_a_sparse_column_of_visitors_is_found_and_replaced_in_its_layout() -> None:
    visitors = [
        "Tomasz Wrona (son, 6); Zofia Wrona (daughter, 11)",
        "",
        "",
        "Agnieszka Kowalska (niece, 14)",
        "",
        "",
        "Piotr Nowak (child, 3); Ewa Nowak (child, 9)",
        "",
        "",
        "",
    ]
    df = pd.DataFrame({"c004": visitors, "c005": [f"T{i}" for i in range(10)]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c004") == "name"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c004"].tolist()
    assert out[0].endswith("(daughter, 11)") and "; " in out[0] and "Wrona" not in out[0]
    assert out[3].endswith(" (niece, 14)") and "Kowalska" not in out[3]
