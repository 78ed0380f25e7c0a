"""``--log-format json|plain`` and ``--log-file``: structured logs, one JSON object per line."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from safe_synthesizer.observability import LOGGER_NAME, configure_logging, run_log_file


@pytest.fixture
def package_logger(monkeypatch: pytest.MonkeyPatch) -> logging.Logger:
    logger = logging.getLogger(LOGGER_NAME)
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "propagate", logger.propagate)
    monkeypatch.setattr(logger, "level", logger.level)
    return logger


def test_json_console_logs(package_logger: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("json", 0)
    logging.getLogger(f"{LOGGER_NAME}.pipeline").info("data: %d training rows", 950, extra={"stage": "data"})
    logging.getLogger(f"{LOGGER_NAME}.pipeline").debug("hidden at verbosity 0")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["level"] == "info"
    assert record["logger"] == "safe_synthesizer.pipeline"
    assert record["message"] == "data: 950 training rows"
    assert record["stage"] == "data"


def test_verbose_json_shows_debug(package_logger: logging.Logger, capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("json", 2)
    logging.getLogger(f"{LOGGER_NAME}.x").debug("details")
    assert json.loads(capsys.readouterr().err)["level"] == "debug"


def test_reconfiguring_replaces_the_console_handler(package_logger: logging.Logger) -> None:
    configure_logging("json", 0)
    configure_logging("plain", 0)
    console = [h for h in package_logger.handlers if getattr(h, "_safe_synthesizer_console", False)]
    assert len(console) == 1


def test_run_log_file_collects_records_then_detaches(package_logger: logging.Logger, tmp_path: Path) -> None:
    path = tmp_path / "logs" / "run.jsonl"
    log = logging.getLogger(f"{LOGGER_NAME}.stage")
    with run_log_file(path):
        log.info("one")
        try:
            raise ValueError("bad")
        except ValueError:
            log.exception("two")
    log.info("after the block")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["message"] for r in records] == ["one", "two"]
    assert "ValueError: bad" in records[1]["exception"]
    assert not [h for h in package_logger.handlers if isinstance(h, logging.FileHandler)]


def test_cli_log_file_option(cli, data_slice, tmp_path: Path) -> None:
    path = tmp_path / "cli.jsonl"
    result = cli("run", "train", "--validate", "--data-source", data_slice("adult.csv", 300), "--log-file", path)
    assert result.code == 0
    assert path.exists()  # created even when nothing was logged
    assert all(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())


def test_log_file_that_is_a_directory(cli, tmp_path: Path) -> None:
    result = cli("config", "create", "-o", tmp_path / "c.yaml", "--log-file", tmp_path)
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "unexpected failure" not in result.err


def test_log_file_that_cannot_be_created(cli, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    result = cli("config", "create", "-o", tmp_path / "c.yaml", "--log-file", blocker / "run.jsonl")
    assert result.code == 2
    assert result.err.startswith(f"error: Invalid value for '--log-file': cannot write '{blocker / 'run.jsonl'}'")
    assert result.err.count("\n") == 1
