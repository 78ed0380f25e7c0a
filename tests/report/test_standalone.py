import json

from safe_synthesizer.evaluation.standalone import evaluate_files

from .conftest import read_adult


def test_evaluate_files_writes_metrics_and_report(tmp_path):
    train, hold = read_adult("adult_train.csv", 400), read_adult("adult_holdout.csv", 400)
    paths = {}
    for name, df in (("train", train), ("synthetic", hold.iloc[:200]), ("test", hold.iloc[200:])):
        paths[name] = tmp_path / f"{name}.csv"
        df.to_csv(paths[name], index=False)
    out = tmp_path / "out"
    result = evaluate_files(paths["train"], paths["synthetic"], paths["test"], out)
    metrics = json.loads((out / "evaluation_metrics.json").read_text())
    assert metrics["synthetic_data_quality_score"]["score"] == result.sqs
    html = (out / "evaluation_report.html").read_text()
    assert "Data Privacy Score" in html and "train.csv" in html
    assert not list(out.glob(".*.tmp"))
