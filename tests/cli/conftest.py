"""Helpers for in-process CLI tests: run ``main([...])`` and read the rich schema table back."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from safe_synthesizer.cli import output
from safe_synthesizer.cli.main import main
from safe_synthesizer.observability import LOGGER_NAME


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., CliResult]:
    """``cli("config", "create", "-o", "c.yaml")`` -> exit code and captured stdout/stderr.

    The rich console is widened so long tmp paths stay on one line (see ``test_output.py`` for the
    default 80-column behaviour when stdout is piped).
    """
    monkeypatch.setattr(output.console, "width", 400)
    # --log-format json binds a handler to the captured stderr; drop it when the test ends.
    monkeypatch.setattr(logging.getLogger(LOGGER_NAME), "handlers", [])

    def invoke(*argv: object) -> CliResult:
        capsys.readouterr()  # drop anything printed before
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return invoke


def _schema_rows(out: str) -> dict[str, str]:
    rows = {}
    for line in out.splitlines():
        if line.startswith("│"):
            cells = [cell.strip() for cell in line.strip().strip("│").split("│")]
            rows[cells[0]] = cells[1]
    return rows


@pytest.fixture
def schema_rows() -> Callable[[str], dict[str, str]]:
    """``schema_rows(stdout)`` -> ``{column: type}`` from the table printed by ``run train --validate``."""
    return _schema_rows
