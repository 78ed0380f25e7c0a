"""Session 67 (helper NM): person columns whose names a program PRINTED (:mod:`cell_program_prints` in
``cell_machine_encodings._DECODERS``): an XML CDATA section, Go's ``%+v`` struct, a CRM lookup's record id after the
name, a PDF copy's line wrap. Found with the header shown and hidden, faked inside the same print with nothing of
the person left. Fails without the wiring (the column is left as written)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_PEOPLE = [("Eric", "Miller"), ("Ashley", "Williams"), ("Christian", "Horton"), ("Larry", "Franco"),
           ("Anthony", "Pittman"), ("Dennis", "Hudson"), ("Marion", "Taylor"), ("Eileen", "Williams"),
           ("Sally", "Preston"), ("Brenda", "Holt"), ("Joel", "Parkinson"), ("Sandra", "Chandler")]  # fmt: skip
_IDS = ["0038gUp0rX3XFwMMbJ", "0035guRcPIujgq0LJW", "0038gBONPtj4QnEbYy"]


def _cell(k: int, given: str, family: str) -> str:
    form = k % 4
    if form == 0:
        return f"<![CDATA[{given} {family}]]>"
    if form == 1:
        return f"{{First:{given} Last:{family}}}"
    if form == 2:
        return f"{given} {family} [{_IDS[k % 3]}]"
    cut = max(2, len(family) // 2)
    return f"{given} {family[:cut]}-\n{family[cut:]}"


def _frame() -> pd.DataFrame:
    cells = [_cell(k, g, f) for k, (g, f) in enumerate(_PEOPLE)]
    return pd.DataFrame({"Guest": cells, "Film": ["Citizen Kane", "Amélie", "Annie Hall", "Vertigo"] * 3})


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_printed_person_column_found_shown_and_hidden() -> None:
    df = _frame()
    assert _plans(df).get("Guest") == "name"
    hidden = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    assert _plans(hidden).get("c000") == "name"


def test_fakes_written_in_the_same_print_with_nothing_of_the_person_left() -> None:
    df = _frame()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for k, ((_given, family), before, after) in enumerate(zip(_PEOPLE, df["Guest"], out["Guest"], strict=True)):
        assert after != before
        assert family not in after and family[: max(2, len(family) // 2)] + "-" not in after, after
        if k % 4 == 0:
            assert after.startswith("<![CDATA[") and after.endswith("]]>"), after
        elif k % 4 == 1:
            assert after.startswith("{First:") and " Last:" in after and after.endswith("}"), after
        elif k % 4 == 2:
            assert after.endswith(f" [{_IDS[k % 3]}]"), after
