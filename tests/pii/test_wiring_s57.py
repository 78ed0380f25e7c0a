"""Session 57's rules wired into the pipeline's PII stage: each test goes through ``replace_pii`` /
``detect_table`` / the text hooks, so it fails when a module exists but is not hooked in. Values are not set 42's."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_thread_sender_and_bare_signoffs_replaced() -> None:
    notes = [
        "Me: still on for Friday? / graham: yep, graham x / Me: great",
        "Priya: outside now / Me: coming down / Priya: ta",
        "parcel not collected, rang twice, no reply - Solène",
        "boiler checked, needs a part, back tues lorraine x",
    ] * 3
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for name in ("graham", "Priya", "Solène", "lorraine"):
        assert name not in out


def test_thread_saved_local_number_replaced() -> None:
    phones = [f"+47 9{i}12 34{i}7" for i in range(10)]
    notes = [f"Me: is 8 ok? / Me: still there? / Me: 9{i}2345{i}7 saved" for i in range(10)]
    df = pd.DataFrame({"phone": phones, "notes": notes})
    out = _replaced(df)["notes"].tolist()
    assert all(f"9{i}2345{i}7" not in out[i] for i in range(10))


def test_club_members_with_nicknames_pairings_and_their_helpers_are_names_hidden() -> None:
    members = [
        'Boukary "Bou" Zongo', "ZONGO/BOUKARY MR", "Rasoa Ilboudo", "Ilboudo, Rasoa", 'Tsiry "Tee" Ouedraogo',
        "Tsiry Ouedraogo (2)", "Ouedraogo/Zongo v Ilboudo/Rakoto", "Rakoto (Fanja)", "Fanja Rakoto",
        "Kiswendsida Zongo", "Rakoto/Rakoto v Zongo/Ilboudo", "Aminata Sawadogo (mère)", "Sawadogo, Aminata",
        'Boukary "Bou" Zongo',
    ]  # fmt: skip
    helpers = ["", "", "RASOA ZONGO", "", "", "", "Tsiry Ilboudo", "", "", "", "", "FANJA SAWADOGO", "", ""]
    df = pd.DataFrame(
        {
            "c000": [f"Court {i % 3 + 1}" for i in range(14)],
            "c001": members,
            "c002": [f"{9 + i % 8}:00" for i in range(14)],
            "c003": helpers,
        }
    )
    plans = _plans(df)
    assert plans.get("c001") == "name"
    assert plans.get("c003") == "name"
    assert plans.get("c000") is None
    out = _replaced(df)
    assert not set(out["c001"]) & set(members)
