"""``evaluate_files``: tables read from files, metrics and report written, mismatches refused."""

import json

import pandas as pd
import pytest

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.report.standalone import evaluate_files

from .conftest import SHARED_DATA


def _write(tmp_path, train: pd.DataFrame, synthetic: pd.DataFrame, test: pd.DataFrame) -> dict:
    paths = {}
    for name, df in (("train", train), ("synthetic", synthetic), ("test", test)):
        paths[name] = tmp_path / f"{name}.csv"
        df.to_csv(paths[name], index=False)
    return paths


@pytest.fixture(scope="module")
def adult() -> tuple[pd.DataFrame, pd.DataFrame]:
    train = pd.read_csv(SHARED_DATA / "adult_train.csv", nrows=400)
    return train, pd.read_csv(SHARED_DATA / "adult_holdout.csv", nrows=400)


def test_evaluate_files_writes_metrics_and_report(tmp_path, adult):
    train, hold = adult
    paths = _write(tmp_path, train, hold.iloc[:200], hold.iloc[200:])
    out = tmp_path / "out"
    result = evaluate_files(paths["train"], paths["synthetic"], paths["test"], out)
    metrics = json.loads((out / "evaluation_metrics.json").read_text())
    assert metrics["synthetic_data_quality_score"]["score"] == result.sqs
    assert metrics["column_failures"] == []
    html = (out / "evaluation_report.html").read_text()
    assert "Data Privacy Score" in html and "train.csv" in html
    assert 'id="column-failures"' not in html
    assert not list(out.glob(".*.tmp"))


def test_missing_synthetic_file_names_the_synthetic_flag(tmp_path, adult):
    train, hold = adult
    paths = _write(tmp_path, train, hold.iloc[:200], hold.iloc[200:])
    with pytest.raises(UserInputError, match=r"missing\.csv: file not found; check the path given as --synthetic$"):
        evaluate_files(paths["train"], tmp_path / "missing.csv", paths["test"], tmp_path / "out")


def test_common_columns_report_shows_the_missing_ones_as_failures(tmp_path, adult):
    train, hold = adult
    synthetic = hold.iloc[:200].drop(columns=["education", "occupation"])
    paths = _write(tmp_path, train, synthetic, hold.iloc[200:])
    with pytest.raises(UserInputError, match="the synthetic table lacks education, occupation"):
        evaluate_files(paths["train"], paths["synthetic"], paths["test"], tmp_path / "refused")
    assert not (tmp_path / "refused").exists()  # refused before anything is written
    result = evaluate_files(paths["train"], paths["synthetic"], paths["test"], tmp_path / "out", common_columns=True)
    assert [(f["column"], f["table"], f["problem"]) for f in result.column_failures] == [
        ("education", "synthetic", "missing"), ("occupation", "synthetic", "missing"),
    ]  # fmt: skip
    html = (tmp_path / "out" / "evaluation_report.html").read_text()
    assert 'id="column-failures"' in html and "Failed: 2 column(s)" in html


def test_cli_refuses_different_columns_and_scores_common_ones_on_request(tmp_path, adult, capsys):
    from safe_synthesizer.cli.main import main

    train, hold = adult
    paths = _write(tmp_path, train, hold.iloc[:200][["age", "sex", "income"]], hold.iloc[200:])
    argv = ["evaluate", "--training", paths["train"], "--synthetic", paths["synthetic"], "--test", paths["test"],
            "--output-dir", tmp_path / "out"]
    assert main([str(a) for a in argv]) != 0
    err = capsys.readouterr()
    assert "the synthetic table lacks workclass" in err.out + err.err
    assert "SQS" not in err.out
    assert main([str(a) for a in [*argv, "--common-columns"]]) == 0
    out = capsys.readouterr().out
    assert "failed columns, not compared:" in out and "workclass (synthetic: missing)" in out
