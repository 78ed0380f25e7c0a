"""Table passes wired in session 36: bare phone columns of the table's own country (column_phone_country)."""

from __future__ import annotations

import random

import pandas as pd
import phonenumbers

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def test_one_operator_block_beside_norwegian_phones_is_a_phone_column_with_names_hidden() -> None:
    rng = random.Random(36021)
    block, dialled = [], []
    while len(block) < 24:
        v = "406" + "".join(rng.choice("0123456789") for _ in range(5))
        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(v, "NO"), "NO") and v not in block:
            block.append(v)
    while len(dialled) < 24:
        v = rng.choice("49") + "".join(rng.choice("0123456789") for _ in range(7))
        if phonenumbers.is_valid_number_for_region(phonenumbers.parse(v, "NO"), "NO"):
            dialled.append(f"+47 {v[:3]} {v[3:5]} {v[5:]}")
    first = ["Ola", "Kari", "Per", "Ingrid", "Lars", "Anne", "Knut", "Silje", "Jon", "Marit", "Erik", "Hilde"]
    last = ["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Haugen", "Bakken", "Lie", "Dahl"]
    names = [f"{first[i % 12]} {last[(i * 7) % 10]}" for i in range(24)]
    df = pd.DataFrame({"c000": names, "c001": dialled, "c002": block})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") == "phone_number"


def test_an_order_number_run_beside_names_stays() -> None:
    # Consecutive order numbers (a counter) of a phone's length are no phone column, names hidden.
    first = ["Ola", "Kari", "Per", "Ingrid", "Lars", "Anne", "Knut", "Silje", "Jon", "Marit", "Erik", "Hilde"]
    last = ["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Haugen", "Bakken", "Lie", "Dahl"]
    df = pd.DataFrame(
        {
            "c000": [f"{first[i % 12]} {last[(i * 7) % 10]}" for i in range(24)],
            "c001": [f"+47 4{i:02d} 12 3{i % 10}{(i * 3) % 10}" for i in range(24)],
            "c002": [str(40600100 + 3 * i) for i in range(24)],
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") is None
