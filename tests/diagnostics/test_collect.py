"""The collector on a hand-made run directory: every kind of finding, partial runs, broken files."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.diagnostics import DIAGNOSTICS_JSON, collect, diagnose
from safe_synthesizer.evaluation import evaluate
from safe_synthesizer.pipeline import read_dataset
from safe_synthesizer.run_directory import RunDirectory

CITIES = ["Springfield", "Shelbyville", "Ogdenville", "Capital City"]
NOTE = "column `visit_date`: 3 date formats, each kept with its share"
DP_WARNING = "differential privacy with 312 entities ('id'): under 10000 the noise usually costs much quality"


def _schema() -> TableSchema:
    return TableSchema(
        [ColumnSchema("city", ColumnType.CATEGORICAL), ColumnSchema("age", ColumnType.INTEGER),
         ColumnSchema("visit_date", ColumnType.DATETIME, datetime_format="%Y-%m-%d")],
        notes=[NOTE],
    )


def _table(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    dates = pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    return pd.DataFrame({"city": rng.choice(CITIES, n), "age": rng.integers(18, 91, n),
                         "visit_date": dates.strftime("%Y-%m-%d")})


@pytest.fixture
def run(tmp_path: Path) -> RunDirectory:
    """A trained run with preflight findings and a schema note, but nothing generated yet."""
    run = RunDirectory.create(tmp_path / "arts", "default", "tiny")
    _schema().save(run.dataset_dir / "schema.json")
    (run.dataset_dir / "preflight.json").write_text(json.dumps([
        {"level": "warning", "message": DP_WARNING},
        {"level": "info", "message": "column 'id' is an identifier; new unique values are generated"},
    ]), encoding="utf-8")
    _table(200, 0).to_csv(run.dataset_dir / "transformed_training.csv", index=False)
    return run


def _generate(run: RunDirectory, synthetic: pd.DataFrame, *, evaluate_with_holdout: int | None = None) -> None:
    synthetic.to_csv(run.generate_dir / "synthetic_data.csv", index=False)
    if evaluate_with_holdout is not None:
        training = read_dataset(run, "transformed_training.csv")
        result = evaluate(training, apply_schema(synthetic, _schema()),
                          apply_schema(_table(evaluate_with_holdout, 2), _schema()), schema=_schema())
        (run.generate_dir / "evaluation_metrics.json").write_text(json.dumps(result.to_dict()), encoding="utf-8")


def _junk(n: int = 40) -> pd.DataFrame:
    synthetic = _table(n, 1).astype(object)
    synthetic.loc[:7, "city"] = "_RARE_"  # 8 placeholder cells
    synthetic.loc[:2, "age"] = 500  # 3 ages far above the training maximum (90)
    synthetic.loc[:1, "visit_date"] = "2100-06-01"  # 2 dates decades after the last one
    return synthetic


@pytest.mark.parametrize(("message", "column"), [
    ("column `a b`: 3 of 9 synthetic cells (33 %) are placeholders (`_RARE_`), not values", "a b"),
    ("column 'x' is empty; it will stay empty", "x"),
    ("'Clothing ID': id-named integers repeat (304 distinct over 3000 rows); kept as an identifier", "Clothing ID"),
    ("quality score (SQS) rests on only 40 synthetic rows", None),
    ("data.order_training_examples_by is set without data.group_training_examples_by; it has no effect", None),
])
def test_column_named_by_a_message(message: str, column: str | None) -> None:
    from safe_synthesizer.diagnostics.collect import _column_of

    assert _column_of(message) == column


def test_partial_run_has_preflight_warnings_and_schema_notes(run: RunDirectory) -> None:
    found = collect(run.path)
    assert [(d.source, d.level, d.message) for d in found] == [
        ("preflight", "warning", DP_WARNING),  # the info finding is left out
        ("schema", "note", NOTE),
    ]
    assert found[1].column == "visit_date"


def test_junk_in_the_output_comes_first(run: RunDirectory) -> None:
    _generate(run, _junk())
    messages = [d.message for d in collect(run.path)]
    assert messages[:3] == [
        "column `city`: 8 of 40 synthetic cells (20 %) are placeholders (`_RARE_`), not values",
        "column `age`: 3 of 40 synthetic values (8 %) lie more than 10 % of the training range outside it",
        "column `visit_date`: 2 of 40 synthetic dates (5 %) lie more than 10 % of the training range outside it",
    ]
    assert messages[3:] == [DP_WARNING, NOTE]


def test_no_data_values_in_messages(run: RunDirectory) -> None:
    _generate(run, _junk(), evaluate_with_holdout=20)
    text = json.dumps([d.to_dict() for d in collect(run.path)])
    for value in [*CITIES, "500", "2100", "2020-"]:
        assert value not in text


def test_doubtful_scores_and_poorly_learned_column(run: RunDirectory) -> None:
    synthetic = _table(40, 1)
    synthetic["city"] = CITIES[0]  # one city only: the column is not learned
    _generate(run, synthetic, evaluate_with_holdout=20)
    evaluation = [d for d in collect(run.path) if d.source == "evaluation"]
    assert [d.message.split(":")[0] for d in evaluation] == [
        "quality score (SQS) rests on only 40 synthetic rows (under 100)",
        "privacy score (DPS) not measured",  # 20 holdout rows: too few for membership inference
        "column `city`",
    ]
    assert evaluation[2].column == "city"
    assert "distribution not learned well (score" in evaluation[2].message


def test_clean_output_adds_nothing(run: RunDirectory) -> None:
    _generate(run, _table(300, 1), evaluate_with_holdout=60)
    assert [d.source for d in collect(run.path)] == ["preflight", "schema"]


def test_placeholder_that_is_a_real_training_value_is_kept(run: RunDirectory) -> None:
    training = _table(200, 0)
    training.loc[:9, "city"] = "_NA_"  # a real code in the input
    training.to_csv(run.dataset_dir / "transformed_training.csv", index=False)
    synthetic = _table(40, 1)
    synthetic.loc[:3, "city"] = "_NA_"
    _generate(run, synthetic)
    assert [d.source for d in collect(run.path)] == ["preflight", "schema"]


def test_empty_output(run: RunDirectory) -> None:
    _generate(run, _table(0, 1))
    assert collect(run.path)[0].message == "the synthetic table is empty (0 rows): nothing was generated"


def test_stale_metrics_are_not_trusted(run: RunDirectory) -> None:
    _generate(run, _table(300, 1), evaluate_with_holdout=60)
    metrics = run.generate_dir / "evaluation_metrics.json"
    os.utime(metrics, (1, 1))  # older than the synthetic data, e.g. generate again without evaluation
    (stale,) = [d for d in collect(run.path) if d.source == "evaluation"]
    assert stale.message.startswith("evaluation_metrics.json is older than the synthetic data")


def test_unreadable_artifact_becomes_a_finding(run: RunDirectory) -> None:
    (run.dataset_dir / "preflight.json").write_text("{not json", encoding="utf-8")
    found = collect(run.path)
    assert found[0].message == "the preflight checks could not run (JSONDecodeError); see logs/run.jsonl"
    assert found[1].message == NOTE  # the other checks still ran


def test_diagnose_writes_json_and_logs_warnings(run: RunDirectory, caplog: pytest.LogCaptureFixture) -> None:
    _generate(run, _junk())
    with caplog.at_level(logging.WARNING, logger="safe_synthesizer"):
        found = diagnose(run)
    written = json.loads((run.path / DIAGNOSTICS_JSON).read_text(encoding="utf-8"))
    assert written == [d.to_dict() for d in found]
    assert written[0] == {"source": "output", "column": "city", "level": "warning",
                          "message": "column `city`: 8 of 40 synthetic cells (20 %) are placeholders (`_RARE_`), "
                                     "not values"}
    records = [r for r in caplog.records if hasattr(r, "diagnostic_source")]
    assert [r.getMessage() for r in records] == [f"check: {d.message}" for d in found]
    assert all(r.levelno == logging.WARNING for r in records)


def test_equal_size_sampling_is_no_finding(run: RunDirectory) -> None:
    _generate(run, _table(120, 1), evaluate_with_holdout=60)  # 200 training rows cut to 120
    metrics = json.loads((run.generate_dir / "evaluation_metrics.json").read_text(encoding="utf-8"))
    assert any("equal-size samples" in note for note in metrics["notes"])  # kept for the report
    assert not [d for d in collect(run.path) if "equal-size samples" in d.message]


def test_pii_checks_of_the_manifest_come_after_output_problems(run: RunDirectory) -> None:
    check = ('column `DOB`: its header names a date of birth but no reader recognised its values, so they were left '
             'as written; check it, and to replace it anyway set replace_pii.column_overrides: {"DOB": "hash"}')
    with run.stage("replace_pii") as facts:
        facts["checks"] = [check]
    _generate(run, pd.DataFrame(columns=["city", "age", "visit_date"]))
    found = collect(run.path)
    assert [d.source for d in found] == ["output", "pii", "preflight", "schema"]
    assert found[1].message == check and found[1].column == "DOB" and found[1].level == "warning"
