"""A further person's name pair filled on the same few rows, beside the table's own pair (``column_contact_pairs``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

# A sailing club's juniors (given, family), their first contact, and a second contact for some of them.
_JUNIORS = [
    ("Tomasz", "Kowalczyk", "Agnieszka", "Kowalczyk", "Paweł", "Zieliński"),
    ("Zofia", "Wróblewska", "Marek", "Wróblewski", "", ""),
    ("Jakub", "Nowicki", "Ewa", "Nowicka", "", ""),
    ("Hanna", "Mazur", "Krzysztof", "Mazur", "Beata", "Lis"),
    ("Filip", "Sikora", "Joanna", "Sikora", "", ""),
    ("Oliwia", "Baran", "Piotr", "Baran", "Dorota", "Kaczmarek"),
    ("Antoni", "Dudek", "Magdalena", "Dudek", "", ""),
    ("Lena", "Pawlak", "Tomasz", "Pawlak", "", ""),
    ("Szymon", "Michalski", "Katarzyna", "Michalska", "Andrzej", "Górski"),
    ("Maja", "Król", "Grzegorz", "Król", "", ""),
    ("Igor", "Wieczorek", "Monika", "Wieczorek", "Halina", "Jabłońska"),
    ("Julia", "Adamczyk", "Robert", "Adamczyk", "", ""),
]
# Boat class and crew role: categories filled on the same rows as each other, never people.
_BOATS = ["Optimist", "", "", "Laser", "", "Optimist", "", "", "Laser", "", "Optimist", ""]
_ROLES = ["Helm", "", "", "Crew", "", "Helm", "", "", "Crew", "", "Helm", ""]


def _table() -> pd.DataFrame:
    cols = list(zip(*_JUNIORS, strict=True))
    return pd.DataFrame(
        {
            "c000": cols[0],
            "c001": cols[1],
            "c002": [f"{10 + i}" for i in range(len(_JUNIORS))],
            "c003": cols[2],
            "c004": cols[3],
            "c005": _BOATS,
            "c006": _ROLES,
            "c007": cols[4],
            "c008": cols[5],
        }
    )


def _plan(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_second_contact_pair_found_with_names_hidden() -> None:
    plans = _plan(_table())
    assert plans.get("c007") == "first_name"
    assert plans.get("c008") == "last_name"


def test_co_filled_categories_are_not_a_name_pair() -> None:
    plans = _plan(_table())
    assert plans.get("c005") is None
    assert plans.get("c006") is None


def test_no_pair_without_the_tables_own_name_columns() -> None:
    """Alone, six sparse given names and surnames say too little: the table's own name pair is the evidence."""
    df = _table()[["c002", "c005", "c006", "c007", "c008"]]
    plans = _plan(df)
    assert plans.get("c007") is None and plans.get("c008") is None
