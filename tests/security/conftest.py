"""One whole pipeline run on a table with personal data, with every network connection refused and
every log record kept, shared by the security tests (a run takes about a minute on 2 cores)."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pytest
from tests.people import PII_COLUMNS, people

from safe_synthesizer.observability import LOGGER_NAME

__all__ = ["PII_COLUMNS", "people"]


class NetworkBlocked(AssertionError):
    pass


@dataclass
class BlockedRun:
    data: pd.DataFrame
    run_path: Path
    results: object
    attempts: list[str] = field(default_factory=list)
    logs: list[str] = field(default_factory=list)


class _Keep(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text += " " + repr(record.exc_info[1])
        self.sink.append(text)


def block_network(monkeypatch: pytest.MonkeyPatch, attempts: list[str]) -> None:
    """Every outgoing connection and name lookup fails and is recorded."""

    def refuse(*args, **kwargs):
        attempts.append(repr(args[1:] if args else kwargs)[:200])
        raise NetworkBlocked("network access during a run")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="module")
def blocked_run(tmp_path_factory: pytest.TempPathFactory) -> BlockedRun:
    from safe_synthesizer import SafeSynthesizer

    monkeypatch = pytest.MonkeyPatch()
    attempts: list[str] = []
    logs: list[str] = []
    handler = _Keep(logs)
    logger = logging.getLogger(LOGGER_NAME)
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(handler)  # third-party libraries too (transformers, spaCy, faker)
    data = people()
    try:
        block_network(monkeypatch, attempts)
        results = (
            SafeSynthesizer(artifact_path=tmp_path_factory.mktemp("artifacts"))
            .with_data_source(data)
            .with_data(random_state=4)
            .with_train(max_training_time=0.1)
            .with_generate(num_records=300)
            .run()
        )
    finally:
        monkeypatch.undo()
        logger.removeHandler(handler)
        root.removeHandler(handler)
        logger.setLevel(old_level)
    return BlockedRun(data, Path(results.run_path), results, attempts, logs)
