"""Session 64 wiring of NS's pass: person columns told without a name list (``column_unlisted_people``).

Fails without the wiring (the columns below are left as written) and passes with it (``/work/s64docs/wiring_NS.md``).
"""

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

# Venda names (no list holds them) in a register's dresses: a key=value record, a chat mention, a check mark.
DANCERS = ["given=Takalani; family=Mudau", "@mpho.munyai", "Livhuwani Mphephu", "Khathutshelo Mudau ✓",
           "given=Mpho; family=Mphephu", "@takalani.nethengwe", "Livhuwani Munyai", "Khathutshelo Nethengwe",
           "Mulalo Makhado", "given=Mulalo; family=Mudau", "Tshilidzi Makhado ✓", "Tshilidzi Munyai"]  # fmt: skip
KIN = ["", "given=Mulalo; family=Makhado", "", "", "Takalani Mphephu", "", "", "", "", "", "", ""]
SIDES = ["Jack-in-the-Green", "Lord Nelson's Men", "Britannia Coconut Dancers"] * 4


def _frame() -> pd.DataFrame:
    return pd.DataFrame({"c000": DANCERS * 2, "c001": SIDES * 2, "c002": KIN * 2, "c003": list(range(24))})


def test_unlisted_names_in_dresses_found_hidden_headers() -> None:
    df = _frame()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c000") == "name"
    assert plans.get("c002") == "name"  # the next of kin: the table's people's words
    assert plans.get("c001") != "name"


def test_unlisted_names_replaced() -> None:
    df = _frame()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    text = " ".join(out["c000"].tolist() + out["c002"].tolist())
    assert not any(w in text for w in ("Takalani", "Khathutshelo", "Livhuwani", "Nethengwe", "Mphephu"))
