"""A child's given name kept by returning parents in an address book where people are typed several ways."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_household_names import household_names

_PARENTS = ["Aoife", "Ciarán", "Siobhán", "Pádraig", "Gráinne", "Eoin", "Niamh", "Cathal", "Orla", "Donal",
            "Róisín", "Fergal", "Clodagh", "Tadhg", "Sinéad", "Colm", "Maeve", "Ruairí", "Eimear",
            "Declan"]  # fmt: skip
_FAMILIES = ["Ó Briain", "Mac Cárthaigh", "Ní Dhonnchadha", "Breathnach", "Ó Súilleabháin", "Ó Ceallaigh",
             "Mac Giolla", "Ó Néill", "de Búrca", "Ó Murchú"]  # fmt: skip
# Children carry the community's names, some the same as other parents' (Niamh, Eoin, Cathal, Orla, Colm).
_CHILDREN = ["Oisín", "Saoirse", "Cian", "Niamh", "Fionn", "Eoin", "Darragh", "Caoimhe", "Cathal", "Éabha",
             "Orla", "Muireann", "Cillian", "Colm", "Senan", "Ailbhe"]  # fmt: skip
_STAFF = ["Bríd", "Seán", "Máire", "Liam", "Nóra", "Pól", "Áine", "Conor"]


def _book(seed: int = 4242) -> tuple[pd.DataFrame, dict[str, ColumnDetection | None]]:
    """70 rows of 40 parents (some twice, typed two ways), each keeping one child; an owner per row from 8 staff."""
    rng = random.Random(seed)
    parents = [(rng.choice(_PARENTS), rng.choice(_FAMILIES), rng.choice(_CHILDREN)) for _ in range(40)]
    rows = [parents[i] for i in range(40)] + [parents[rng.randrange(40)] for _ in range(30)]
    display = [f"{g} (Mam of {c})" if rng.random() < 0.4 else f"{g} {f}" for g, f, c in rows]
    df = pd.DataFrame(
        {
            "c000": [g for g, _, _ in rows],
            "c001": [f for _, f, _ in rows],
            "c002": display,
            "c003": [c for _, _, c in rows],
            "c004": [rng.choice(_STAFF) for _ in rows],
        }
    )
    det = {c: ColumnDetection(c, e, 0.9, 1.0, "values", 10) for c, e in (("c000", E.FIRST_NAME), ("c001", E.LAST_NAME))}
    det["c002"] = ColumnDetection("c002", E.NAME, 0.9, 1.0, "values+row", 10)
    return df, det


def test_children_kept_by_returning_parents_typed_two_ways() -> None:
    df, found = _book()
    found.update({"c003": None, "c004": None})
    out = household_names(df, list(df.columns), found)
    assert out.get("c003") is not None and out["c003"].entity == E.FIRST_NAME


def test_staff_drawn_per_visit_stay_out() -> None:
    df, found = _book()
    found.update({"c003": None, "c004": None})
    assert "c004" not in household_names(df, list(df.columns), found)
