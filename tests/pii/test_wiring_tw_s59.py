"""Session 59 (helper TW) wired into the PII stage: each test goes through ``replace_pii``, so it fails when a module
exists but is not hooked in. Values are not set 44's."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def test_tibetan_names_in_tibetan_and_latin_notes_replaced() -> None:
    notes = [
        "ཡེ་ཤེས་སྒྲོལ་མ ལ་དགོངས་དག ཁ་པར་གཏོང་།",
        "Boat Sea Swallow (ཕུན་ཚོགས་ནོར་བུ) lost a fender.",
        "Can ངག་དབང cover བདེ་ཆེན་ལྷ་མོ Friday?",
        "གཟའ་ཉི་མ་ལ་སྒོ་བརྒྱབ།",
    ] * 3
    df = pd.DataFrame({"berth": [f"B{i}" for i in range(len(notes))], "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for name in ("ཡེ་ཤེས་སྒྲོལ་མ", "ཕུན་ཚོགས་ནོར་བུ", "ངག་དབང", "བདེ་ཆེན་ལྷ་མོ"):
        assert name not in out
    assert "གཟའ་ཉི་མ་ལ་སྒོ་བརྒྱབ།" in out  # Sunday: no name


def test_hangul_owner_in_brackets_after_a_number_and_after_kisses_replaced() -> None:
    surnames, given = "박최정윤", ["영희", "철수", "민지", "순자"]
    notes = [
        f"Missed call 09:15 from 010-{4100 + i}-{6200 + i} ({surnames[i]}) - rang off, try later." for i in range(4)
    ]
    notes += [
        f"Fridge restocked with {i + 2} crates of milk, text 010-{4300 + i}-{6300 + i}. xx {given[i]}" for i in range(4)
    ]
    notes += ["Boiler serviced, invoice sent by post.", "Gate code changed on Monday, see office."] * 2
    df = pd.DataFrame({"ref": [f"R{i}" for i in range(len(notes))], "notes": notes})
    out = _replaced(df)["notes"].tolist()
    assert sum(f"({surnames[i]})" not in out[i] for i in range(4)) >= 3  # a fake may draw the same common surname
    assert all(given[i] not in out[4 + i] for i in range(4))


def test_a_local_number_after_a_person_replaced() -> None:
    phones = [f"(415) 55{i}-01{i}7" for i in range(8)]
    notes = [f"Report {i}: lost keys; witness Harold. 38{i}-47{i}1" for i in range(8)]
    df = pd.DataFrame({"phone": phones, "notes": notes})
    out = _replaced(df)["notes"].tolist()
    assert all(f"38{i}-47{i}1" not in out[i] for i in range(8))
    assert all(f"Report {i}:" in out[i] for i in range(8))  # the report's number stays


def test_a_cedula_grouped_by_dots_replaced() -> None:
    notes = [f"Disculpe la demora, cédula {i}.{i}71.8{i}9" for i in range(1, 9)]
    df = pd.DataFrame({"ref": [f"R{i}" for i in range(8)], "notes": notes})
    out = _replaced(df)["notes"].tolist()
    assert all(f"{i}.{i}71.8{i}9" not in out[i - 1] for i in range(1, 9))
