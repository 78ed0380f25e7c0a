"""The run summary repeats the evaluation's "at its ceiling" line under the scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safe_synthesizer.cli.output import print_summary, quality_ceiling_line

MESSAGE = "SQS 10.0 is at its ceiling: two real samples of 1,000 training rows score 9.7 against each other"


def _metrics(tmp_path: Path, ceiling: dict | None) -> Path:
    path = tmp_path / "evaluation_metrics.json"
    path.write_text(json.dumps({"synthetic_data_quality_score": {"score": 10.0, "ceiling": ceiling}}))
    return path


def test_summary_prints_the_ceiling_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _metrics(tmp_path, {"at_ceiling": True, "message": MESSAGE})
    print_summary({"run_path": "run", "outputs": {"evaluation_metrics": str(path)}, "metrics": {"sqs": 10.0}})
    out = capsys.readouterr().out
    assert "note: " + MESSAGE in out


def test_no_line_without_ceiling_or_metrics(tmp_path: Path) -> None:
    assert quality_ceiling_line({"outputs": {"evaluation_metrics": str(_metrics(tmp_path, None))}}) is None
    assert quality_ceiling_line({"outputs": {"evaluation_metrics": str(tmp_path / "missing.json")}}) is None
    (tmp_path / "bad.json").write_text("{")
    assert quality_ceiling_line({"outputs": {"evaluation_metrics": str(tmp_path / "bad.json")}}) is None
