"""Session 64 wiring of NM's dress-free person-cell reader (:mod:`person_cell_runs`) as the decoding layer's last
decoder: name columns mixing tuples, mentions, roles in brackets and check marks are found and faked in place.

Fails without the wiring (the columns are left as written), passes with it.
"""

import re

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

PEOPLE = [
    "('June', 'Jackson')",
    "@martin.evans",
    "[treasurer] Emma Ward",
    "Colin Lewis ✓",
    "('Douglas', 'Lyons')",
    "@abdul.robinson",
    "[secretary] Gail Harvey",
    "Keith Cuevas ✓",
    "('Heather', 'Morgan')",
    "Regina Pierce",
]
WORDS = ("June", "Jackson", "martin", "evans", "Emma", "Ward", "Colin", "Lewis", "Douglas", "Lyons", "abdul",
         "robinson", "Gail", "Harvey", "Keith", "Cuevas", "Heather", "Morgan")  # fmt: skip


def _frame(header: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            header: PEOPLE * 2,
            "c001": [f"{8 + i % 9}:{15 * (i % 4):02d}" for i in range(20)],
            "c002": ["Duckling", "Rainbow", "Dolphin", "Duckling", "Rainbow"] * 4,
        }
    )


def test_dressed_name_column_found_hidden_header() -> None:
    df = _frame("c000")
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c000") in ("name", "first_name", "last_name")
    assert plans.get("c002") is None


def test_dressed_name_column_faked_in_place_shown_header() -> None:
    df = _frame("Keyholder")
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Keyholder"].tolist()
    text = " ".join(out)
    assert not any(re.search(rf"\b{w}\b", text) for w in WORDS)
    for before, after in zip(PEOPLE * 2, out, strict=True):
        if before.startswith("('"):
            assert re.fullmatch(r"\('[^']+', '[^']+'\)", after)
        elif before.startswith("@"):
            assert re.fullmatch(r"@[a-z]+\.[a-z]+", after)
        elif before.startswith("["):
            assert after.startswith(before.split("]")[0] + "] ")
        elif before.endswith("✓"):
            assert after.endswith(" ✓")
