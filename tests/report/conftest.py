"""An evaluation of a small adult slice with hostile values, shared by the report tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.evaluation import EvaluationResult, evaluate
from safe_synthesizer.report import ReportContext

SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
HOSTILE = "<script>window.__xss = 1</script>"
HOSTILE_COLUMN = "note</script><img src=x onerror=window.__xss=2>"
# A link-shaped payload: harmless as text, an injection if it ever became an href or src.
JS_URL = "javascript:window.__xss=3"
JS_COLUMN = 'javascript:window.__xss=4"><a href="javascript:window.__xss=5">click</a>'
COLUMNS = ["age", "workclass", "education", "hours-per-week", "sex", "income"]


def _frame(name: str, n: int) -> pd.DataFrame:
    df = pd.read_csv(SHARED_DATA / name, nrows=n, usecols=COLUMNS)
    df[HOSTILE_COLUMN] = ["plain", "</script>", HOSTILE, "a & b"] * (n // 4)
    df[JS_COLUMN] = ["x", JS_URL, f'<a href="{JS_URL}">y</a>', "' onmouseover='window.__xss=6"] * (n // 4)
    return df


@pytest.fixture(scope="session")
def hostile_result() -> EvaluationResult:
    train = _frame("adult_train.csv", 400)
    holdout = _frame("adult_holdout.csv", 400)
    synthetic = holdout.iloc[:200].copy()
    synthetic.loc[0, "workclass"] = HOSTILE
    synthetic.loc[1, "education"] = JS_URL
    kinds = {"age": ColumnType.INTEGER, "hours-per-week": ColumnType.INTEGER}
    schema = TableSchema([ColumnSchema(c, kinds.get(c, ColumnType.CATEGORICAL)) for c in train.columns])
    return evaluate(train, synthetic, holdout.iloc[200:], schema=schema, pii_columns={HOSTILE_COLUMN: "name"})


@pytest.fixture(scope="session")
def full_context() -> ReportContext:
    return ReportContext(
        title=f"Run {HOSTILE}",
        config={"training": {"learning_rate": 0.0005}, "note": HOSTILE},
        timings={"train": 12.5, "generate": 3.25},
        dataset_stats={"source": f"data/{HOSTILE}.csv", JS_COLUMN: JS_URL},
        generation={"valid_records": 200, "invalid_records": 3},
        privacy={
            "dp_enabled": True,
            "epsilon_total": 8.0,
            "delta": 1.2e-5,
            "epsilon_target": 8.0,
            "unit": "record",
            "n_units": 1000,
            "items": [
                {"name": "bounds#1", "epsilon": 0.5, "delta": 0.0, "mechanism": "Laplace"},
                {"name": "dp_sgd", "epsilon": 7.5, "delta": 1.2e-5, "mechanism": "DP-SGD"},
            ],
        },
        pii=[{"column": "name", "entity": "first_name", "confidence": 0.93, "n_replaced": 40, "strategy": HOSTILE}],
    )
