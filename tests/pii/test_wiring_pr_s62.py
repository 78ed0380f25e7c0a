"""Helper PR's session-62 hooks, end to end through ``plan_columns`` / ``replace_pii``: each fails without its hook.
Values are made up here, not any held-out set's."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

DOGS = ["Harold", "Edith", "Mavis", "Stanley", "Ethel", "Cyril", "Doris", "Norman", "Gladys", "Percy"]
OWNERS = ["Karen Whitfield", "Deepak Sharma", "Fiona McLeod", "Tomasz Nowak", "Grace Adeyemi", "Liam Connor",
          "Hannah Berg", "Oliver Grant"]  # fmt: skip
BREEDS = ["Labrador", "Border Collie", "Lab x Poodle", "Cocker Spaniel", "Whippet"]


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _kennel(rows: int = 30) -> pd.DataFrame:
    rng = random.Random(5)
    owners = [rng.choice(OWNERS) for _ in range(rows)]
    return pd.DataFrame(
        {
            "c000": [rng.choice(DOGS) for _ in range(rows)],
            "c001": [rng.choice(BREEDS) for _ in range(rows)],
            "c002": owners,
            "c003": [f"{o.split()[0].lower()}.{o.split()[-1].lower()}@example.org" for o in owners],
            "c004": [f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}" for _ in range(rows)],
        }
    )


def test_dogs_call_names_beside_breeds_are_left_and_their_keepers_replaced() -> None:
    df = _kennel()
    plans = _plans(df)
    assert plans.get("c000") is None  # the dogs' names: no person's PII
    assert plans.get("c002") == "name"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    assert out["c000"].tolist() == df["c000"].tolist()
    assert not set(out["c002"]) & set(OWNERS)
