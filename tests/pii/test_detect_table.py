"""A survey export's question rows tell the PII stage what its ``Q7`` columns hold, and stay as they are."""

from __future__ import annotations

from tests.data.test_header_rows import survey_export

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def test_question_rows_are_read_as_the_columns_hints() -> None:
    df = survey_export()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters())}
    # 5-digit codes under ``Q12`` say nothing alone; the question ``Eircode or postcode`` says it.
    assert plans["Q12"] == "postcode"
    assert plans["Q9"] == "name"
    assert plans["Q11_1"] == "date_of_birth"
    assert "Score" not in plans and "ResponseId" not in plans


def test_question_rows_are_kept_as_they_are() -> None:
    df = survey_export()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=3).data
    assert out.iloc[:2].equals(df.iloc[:2])
    assert not (out["Q12"].iloc[2:].to_numpy() == df["Q12"].iloc[2:].to_numpy()).any()
    assert len(out) == len(df)
