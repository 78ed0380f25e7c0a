"""Two surnames in one cell (Spanish, Portuguese) are a surname column, not full names (session 36)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

_SURNAMES = ["Serna", "Llabrés", "Burgos", "Vidal", "Batalla", "Medina", "Chamorro", "Moliner", "Salamanca", "Heras"]
_SURNAMES += ["Ríos", "Aguilar", "Lamas", "Villena", "Palomar", "Mora", "Castañeda", "Bolaños", "Bravo", "Rosado"]
_GIVEN = ["María", "José", "Lucía", "Javier", "Carmen", "Pablo", "Elena", "Sergio", "Marta", "Diego", "Rocío", "Raúl"]


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_a_column_of_one_or_two_surnames_is_a_surname_column_with_names_hidden() -> None:
    cells = [
        f"{_SURNAMES[i % 20]} {_SURNAMES[(i * 7 + 3) % 20]}" if i % 3 else _SURNAMES[(i * 3) % 20] for i in range(24)
    ]
    df = pd.DataFrame({"c001": [_GIVEN[i % 12] for i in range(24)], "c002": cells})
    assert _plans(df).get("c002") == "last_name"


def test_full_names_stay_full_names() -> None:
    cells = [f"{_GIVEN[i % 12]} {_SURNAMES[(i * 7 + 3) % 20]}" for i in range(24)]
    df = pd.DataFrame({"c001": cells})
    assert _plans(df).get("c001") == "name"


def test_an_animals_names_are_kept_when_the_column_name_says_so() -> None:
    dogs = ["Luna", "Ruby", "Max", "Poppy", "Frankie", "Bella", "Teddy", "Archie", "Biscuit", "Luna", "Max", "Ruby"]
    df = pd.DataFrame(
        {
            "Nombre": [_GIVEN[i % 12] for i in range(24)],
            "Apellidos": [_SURNAMES[(i * 7) % 20] for i in range(24)],
            "Nombre.del.perro": [dogs[i % 12] for i in range(24)],
        }
    )
    plans = _plans(df)
    assert "Nombre.del.perro" not in plans
    assert plans.get("Nombre") == "first_name"
