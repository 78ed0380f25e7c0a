"""Session 60's hooks, end to end through ``replace_pii`` / ``plan_columns`` (helpers TL, OS, FF, HN, PH, TX).

Values are not held-out set 45's or 46's.
"""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_names_after_titles_of_other_languages_and_in_the_vocative_are_replaced() -> None:
    notes = ["Zogulitsa: wailesi, imbirani Bambo Kapalamula pa 0999 41 22 87.",
             "Amidy: fandriana, antsoy Ramatoa Rabenandrasana amin'ny 034 12 555 01.",
             "Fanantenana tsara ho anao, Hanitra Rasolofo! Mandra-pihaona",
             "Zikomo kwambiri, Chikondi Mwale! Tionana",
             "Order 12 ready, collect Sat."] * 2  # fmt: skip
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for name in ("Kapalamula", "Rabenandrasana", "Hanitra", "Rasolofo", "Chikondi", "Mwale"):
        assert name not in out
    assert "Order 12 ready, collect Sat." in out


def test_the_tables_people_in_a_caseless_script_are_replaced_in_any_rows_note() -> None:
    people = ["هەژار ئاسۆ", "ژیان دلشاد", "سۆران کامەران", "بەفرین هەژار", "ئاوات ژیان", "نیگار سۆران"] * 2
    notes = ["پارەکە بدە بە ژیان 0750 412 8833", "ساڵیادت پیرۆز بێت سۆران کامەران!", "", "هاتووە بۆ نیگار",
             "", "Thank you ئاوات! See you", "", "", "کلیلەکە لای بەفرین", "", "", ""]  # fmt: skip
    df = pd.DataFrame({"name": people, "phone": [f"0770 31{i} 44{i}0" for i in range(12)], "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for name in ("ژیان", "سۆران", "کامەران", "نیگار", "ئاوات", "بەفرین"):
        assert name not in out


def test_caseless_script_people_dressed_in_latin_are_names_hidden() -> None:
    people = [
        "ڕێبوار کاروان هاوڕێ (78)",
        "نازدار کەمال ڕێبوار (44)",
        "کەمال بەختیار (31)",
        "ڕێبوار کاروان",
        "کەمال عومەر (54)",
        "شیلان ئازاد شوان",
        "گەلاوێژ سەرهەنگ",
        "ئازاد ڕێبوار",
        "سەرهەنگ شوان (61)",
        "شنۆ هاوڕێ",
        "ڕێبوار کاروان هاوڕێ (78)",
        "شنۆ ڕێبوار",
    ]
    tigrinya = [
        "Attn: ኤልሳ ዳኒኤል",
        "ሃብቶም ዳኒኤል",
        "ኤልሳ ዳኒኤል",
        "c/o ኤልሳ ዳኒኤል",
        "ሃብቶም ተስፋይ",
        "ኣማኑኤል ተስፋይ",
        "ፍሊሞን በርሀ",
        "c/o ፍሊሞን ሃይለ",
        "ሰምሃር በርሀ",
        "ዳኒኤል ሃይለ (40)",
        "ተስፋይ ኣማኑኤል",
        "ኤልሳ ሃብቶም",
    ]
    df = pd.DataFrame(
        {
            "c000": [f"2026-11-{i + 1:02d}" for i in range(12)],
            "c001": people,
            "c002": tigrinya,
            "c003": [f"Plot {i % 3}" for i in range(12)],
        }
    )
    plans = _plans(df)
    assert plans.get("c001") == "name" and plans.get("c002") == "name"
    out = _replaced(df)
    assert not set(out["c001"]) & set(people)
