"""Session 65 wiring of NS's decoders of spreadsheet formulas over literals (:mod:`cell_formula_literals`) and of
program map literals (:mod:`cell_code_maps`) as the first decoding layers: name columns mixing
``=CONCATENATE("Gail"," ","Harvey")``, ``=TRIM("Ana Berg ")``, ``['first' => 'Ana', 'last' => 'Berg']`` and plain
names are found and faked in the same dress.

Fails without the wiring (the columns are left as written or read as free text), passes with it.
"""

import re

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.cell_code_maps import map_name_fields
from safe_synthesizer.pii.cell_formula_literals import evaluate_text_formula
from safe_synthesizer.pii.replace import plan_columns, replace_pii

FORMULAS = [
    '=CONCATENATE("Korinna"," ","Schenk")',
    '=CONCATENATE("Heinz"," ","Briemer")',
    "Ralph Höfig",
    '=CONCATENATE("Serge"," ","Meister")',
    '=TRIM("Andrea Gertz ")',
    '=CONCATENATE("Ulrike"," ","Lindau")',
    "Mathias Zobel",
    '=TRIM("Dorit Mälzer ")',
    '=CONCATENATE("Ewa"," ","Gnatz")',
    '=TRIM("Heiko Kabus ")',
]
MAPS = [
    "['first' => 'Geraldine', 'last' => 'Lewis']",
    "['first' => 'Jean', 'last' => 'Pearce']",
    "Josephine Edwards",
    "['first' => 'Julia', 'last' => 'Morris']",
    "['first' => 'Callum', 'last' => 'Reed']",
    "['first' => 'Kevin', 'last' => 'Parkes']",
    "Catherine Hayward",
    "['first' => 'Hazel', 'last' => 'Roberts']",
    "['first' => 'Donald', 'last' => 'Baldwin']",
    "['first' => 'Ian', 'last' => 'Patel']",
]


def _words(cells: list[str]) -> set[str]:
    return {w for c in cells for w in re.findall(r"[^\W\d_]{3,}", c)} - {"CONCATENATE", "TRIM", "first", "last"}


def _frame(header: str, people: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            header: people * 2,
            "c001": [f"{8 + i % 9}:{15 * (i % 4):02d}" for i in range(20)],
            "c002": ["Duckling", "Rainbow", "Dolphin", "Duckling", "Rainbow"] * 4,
        }
    )


def test_formula_and_map_name_columns_found_hidden_header() -> None:
    for people in (FORMULAS, MAPS):
        df = _frame("c000", people)
        plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
        assert plans.get("c000") in ("name", "first_name", "last_name")
        assert plans.get("c002") is None


def test_formula_name_column_faked_inside_its_formulas() -> None:
    df = _frame("Mitglied", FORMULAS)
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Mitglied"].tolist()
    assert not _words(FORMULAS) & _words(out)
    for before, after in zip(FORMULAS * 2, out, strict=True):
        if before.startswith("="):
            assert after.split("(")[0] == before.split("(")[0]
            assert evaluate_text_formula(after)


def test_map_name_column_faked_inside_its_maps() -> None:
    df = _frame("Owner", MAPS)
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Owner"].tolist()
    assert not _words(MAPS) & _words(out)
    for before, after in zip(MAPS * 2, out, strict=True):
        if before.startswith("["):
            assert map_name_fields(after) is not None
