"""A whole run offline, with private folders, and no personal value of the training data in any
log line or log file (issue 14, item 5)."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pandas as pd
import pytest

from .conftest import PII_COLUMNS, BlockedRun, block_network

pytestmark = pytest.mark.slow


def test_whole_pipeline_runs_with_sockets_blocked(blocked_run: BlockedRun):
    assert blocked_run.attempts == []  # nothing even tried to connect
    manifest = json.loads((blocked_run.run_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "completed"
    assert (blocked_run.run_path / "generate" / "evaluation_report.html").is_file()
    assert len(blocked_run.results.synthetic_data) == 300


def test_no_pii_training_value_in_logs(blocked_run: BlockedRun):
    training = blocked_run.data
    # values long enough not to occur by chance in ordinary log text (numbers, words)
    values = {str(v) for c in PII_COLUMNS for v in training[c] if len(str(v)) >= 6}
    assert len(values) > 1000
    log_file = (blocked_run.run_path / "logs" / "run.jsonl").read_text(encoding="utf-8")
    assert log_file.count("\n") > 10 and len(blocked_run.logs) > 10  # the logs were captured
    for text in (log_file, "\n".join(blocked_run.logs)):
        leaked = sorted(v for v in values if v in text)
        assert leaked == [], leaked[:5]


def test_run_folder_and_outputs_are_user_only(blocked_run: BlockedRun):
    loose = []
    for path in [blocked_run.run_path, *blocked_run.run_path.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            loose.append(f"{oct(mode)} {path.relative_to(blocked_run.run_path)}")
    assert loose == []
    assert stat.S_IMODE(blocked_run.run_path.stat().st_mode) == 0o700
    assert stat.S_IMODE((blocked_run.run_path / "generate" / "synthetic_data.csv").stat().st_mode) == 0o600


def test_output_file_is_user_only(blocked_run: BlockedRun, tmp_path: Path):
    from safe_synthesizer import SafeSynthesizer

    out = tmp_path / "release" / "synthetic.csv"
    SafeSynthesizer.load_from_save_path(blocked_run.run_path).save_results(output_file=out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_seed_data_is_checked_and_never_replaces_the_main_output(blocked_run: BlockedRun, monkeypatch, caplog):
    """issue 14: ``weight=9999, bats=Martian`` were copied into the output without a word, and every
    ``run generate`` overwrote the main synthetic table, seeded or not."""
    from safe_synthesizer import SafeSynthesizer

    main = blocked_run.run_path / "generate" / "synthetic_data.csv"
    before = main.read_bytes()
    attempts: list[str] = []
    block_network(monkeypatch, attempts)
    seeds = pd.DataFrame({"weight": [9999, 180], "bats": ["Martian", "R"]})
    with caplog.at_level(logging.WARNING, logger="safe_synthesizer"):
        results = (SafeSynthesizer.load_from_save_path(blocked_run.run_path)
                   .with_generate(seed_data=seeds).generate().evaluate().save_results())
    assert attempts == []
    assert "seed column 'weight': 9999 (row 1) is outside the trained range" in caplog.text
    assert "seed column 'bats': 'Martian' (row 1) is not a category" in caplog.text
    assert main.read_bytes() == before
    seeded = Path(results.summary["outputs"]["synthetic_data"])
    assert seeded.parent.name.startswith("generation-") and seeded != main
    assert results.synthetic_data["weight"].tolist() == [9999, 180]
    assert Path(results.summary["outputs"]["evaluation_report"]).parent == seeded.parent
    with pytest.raises(Exception, match="'height' are not in the trained table"):
        SafeSynthesizer.load_from_save_path(blocked_run.run_path).with_generate(
            seed_data=pd.DataFrame({"height": [1]})).generate()


def test_text_metrics_load_their_model_offline(monkeypatch):
    """The sentence-embedding model comes from a local package: no hub lookup at evaluation time."""
    from safe_synthesizer.evaluation import text_semantic

    from .conftest import block_network

    attempts: list[str] = []
    block_network(monkeypatch, attempts)
    try:
        model = text_semantic.load_model(None)
    except text_semantic.EmbeddingUnavailable as exc:  # the text extra is part of the CI install
        raise AssertionError(f"embedding model unavailable: {exc}") from exc
    vectors = text_semantic.embed(model, ["a red dress", "blue jeans"])
    assert attempts == []
    assert vectors.shape[0] == 2
