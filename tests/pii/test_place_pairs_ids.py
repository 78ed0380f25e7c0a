"""An order or staff number beside a status or department is no postcode + town pair.

The pair rule (a code column of one layout beside capitalised words, one word per repeated code)
held vacuously for unique ids: ``order_no`` beside ``status`` (``Pending``, ``Shipped``) and ``emp_id``
beside ``department`` were planned as postcodes, and the ids would have been replaced by fake postcodes.
A real postcode column has a few codes per town however many rows the town holds.
"""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.place_pairs import pair_places
from safe_synthesizer.pii.replace import ReplacePiiParameters, plan_columns

TOWNS = ["Wiltz", "Ettelbruck", "Diekirch", "Echternach", "Remich", "Mersch", "Clervaux", "Vianden", "Redange",
         "Capellen", "Grevenmacher", "Esch"]  # fmt: skip
DEPARTMENTS = ["Sales", "Marketing", "Finance", "Legal", "Logistics", "Support"]


def _business_table(n: int = 200) -> pd.DataFrame:
    rng = random.Random(0)
    return pd.DataFrame(
        {
            "order_no": [str(rng.randint(100000, 999999)) for _ in range(n)],
            "status": [rng.choice(["Delivered", "Pending", "Returned", "Cancelled", "Shipped"]) for _ in range(n)],
            "emp_id": [str(rng.randint(10000, 99999)) for _ in range(n)],
            "department": [rng.choice(DEPARTMENTS) for _ in range(n)],
        }
    )


def test_ids_beside_categories_are_not_postcodes() -> None:
    df = _business_table()
    assert pair_places(df, list(df.columns), {}) == {}
    plans = plan_columns(df, infer_schema(df), ReplacePiiParameters())
    assert [p.column for p in plans if p.entity] == []


def test_postcodes_that_repeat_with_their_towns_are_still_a_pair() -> None:
    rng = random.Random(1)
    codes = {town: [f"L-{9000 + 10 * i + j}" for j in range(rng.randint(1, 3))] for i, town in enumerate(TOWNS)}
    rows = [(rng.choice(codes[town]), town) for town in (rng.choice(TOWNS) for _ in range(200))]
    df = pd.DataFrame(rows, columns=["cp", "localite"])
    found = pair_places(df, ["cp", "localite"], {})
    assert {k: v.entity for k, v in found.items()} == {"cp": "postcode", "localite": "city"}
