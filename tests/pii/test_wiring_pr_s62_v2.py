"""Helper PR's session-62 v2 hooks end to end through ``plan_columns`` / ``replace_pii``; each fails without its
hook (a town column kept beside common street lines with its header hidden; a mostly blank remarks column read as
free text). Values are made up here."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

FIRST = ["James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas", "Nancy", "Daniel", "Lisa",
         "Paul", "Helen", "Mark", "Sandra", "George", "Donna", "Steven", "Carol"]  # fmt: skip
LAST = ["Walker", "Hughes", "Foster", "Bennett", "Russell", "Griffin", "Hayes", "Myers", "Ford", "Hamilton", "Graham",
        "Sullivan", "Wallace", "Woods", "Cole", "West", "Jordan", "Owens", "Reynolds", "Fisher"]  # fmt: skip
TOWNS = ["Chicago", "Boston", "Denver", "Seattle", "Houston", "Phoenix", "Dallas", "Austin", "Portland", "Atlanta",
         "Miami", "Detroit", "Memphis", "Baltimore", "Milwaukee", "Louisville", "Nashville", "Cleveland", "Tampa",
         "Omaha", "Tucson", "Fresno", "Sacramento", "Raleigh", "Oakland", "Wichita", "Tulsa", "Arlington", "Aurora",
         "Anaheim", "Pittsburgh", "Cincinnati", "Toledo", "Buffalo", "Madison", "Reno", "Boise", "Spokane", "Richmond",
         "Albany"]  # fmt: skip


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_a_hidden_town_column_beside_common_street_lines_is_replaced() -> None:
    # Street lines drawn apart from the towns (a merged export): a line comes back under other people in other
    # towns. That is no house coming back; the one-house-one-town check must not drop the town column.
    rng = random.Random(11)
    words, kinds = ["Main", "Oak", "Maple", "Cedar", "Elm", "Pine", "Lake", "Hill"], ["Street", "Avenue", "Road"]
    lines = [f"{rng.randint(1, 999)} {rng.choice(words)} {rng.choice(kinds)}" for _ in range(60)]
    n = 400
    df = pd.DataFrame(
        {
            "c000": [rng.choice(FIRST) for _ in range(n)],
            "c001": [rng.choice(LAST) for _ in range(n)],
            "c002": [rng.choice(lines) for _ in range(n)],
            "c003": [rng.choice(TOWNS) for _ in range(n)],
            "c004": [f"{rng.randint(200, 999)}-555-{rng.randint(1000, 9999)}" for _ in range(n)],
        }
    )
    assert _plans(df).get("c003") == "city"


def test_a_mostly_blank_remarks_column_is_read_as_free_text() -> None:
    # Blank cells written as '' (not missing) made a remarks column of one sentence look like no prose at all.
    rows = 12
    remarks = [""] * rows
    remarks[3] = "Rebound the atlas for Dorothea Vandersloot, deliver to 14 Kestrel Gardens after Friday."
    df = pd.DataFrame(
        {
            "Job": [f"J-{100 + i}" for i in range(rows)],
            "Binding": ["Quarter leather", "Cloth", "Full calf", "Cloth"] * 3,
            "Remarks": remarks,
        }
    )
    assert _plans(df).get("Remarks") == "free_text"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    assert "Vandersloot" not in out.loc[3, "Remarks"]
