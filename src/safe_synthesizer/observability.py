"""Logging and progress bars shared by every stage.

Stages log through ``logging.getLogger(__name__)``; the CLI decides where records go (console,
``logs/*.jsonl``). Never log raw values of data columns: log counts, names and shapes.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

LOGGER_NAME = "safe_synthesizer"


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and any ``extra`` fields."""

    _RESERVED: ClassVar[frozenset[str]] = frozenset(vars(logging.makeLogRecord({})))

    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(record.created)),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        payload.update({k: v for k, v in vars(record).items() if k not in self._RESERVED})
        if record.exc_info:
            payload["exception"] = self.formatException(record.exc_info)
        return json.dumps(payload, default=str)


def configure_logging(log_format: str = "plain", verbosity: int = 0) -> None:
    """Console logging for the CLI: plain (rich) or JSON lines on stderr."""
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.DEBUG)
    for handler in list(logger.handlers):
        if getattr(handler, "_safe_synthesizer_console", False):
            logger.removeHandler(handler)
    if log_format == "json":
        handler: logging.Handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
    else:
        from rich.console import Console
        from rich.logging import RichHandler

        # Logs go to stderr so that stdout stays clean for piping (rich's default is stdout).
        handler = RichHandler(
            console=Console(stderr=True),
            show_path=verbosity > 1,
            markup=False,
            rich_tracebacks=verbosity > 0,
        )
        handler.setFormatter(logging.Formatter("%(message)s"))
    handler.setLevel(logging.DEBUG if verbosity > 1 else logging.INFO if verbosity >= 0 else logging.WARNING)
    handler._safe_synthesizer_console = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.propagate = False


@contextlib.contextmanager
def run_log_file(path: Path) -> Iterator[None]:
    """Also write every record of this package as JSON lines to ``path`` while the block runs.

    Only records of the calling thread: runs in parallel threads (SDK) keep separate logs.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(JsonFormatter())
    handler.setLevel(logging.DEBUG)
    thread = threading.get_ident()
    handler.addFilter(lambda record: record.thread == thread)
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.DEBUG:
        logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        handler.close()


def progress_enabled() -> bool:
    """Bars only on an interactive terminal; logs and CI stay clean."""
    return sys.stderr.isatty()


@contextlib.contextmanager
def progress_bar(description: str, total: float | None) -> Iterator[Progress | None]:
    """A rich progress bar with ETA, or ``None`` when not on a terminal.

    Usage::

        with progress_bar("training", total=steps) as bar:
            ...
            if bar: bar.update(bar.task_ids[0], advance=1, description=f"loss {loss:.3f}")
    """
    if not progress_enabled():
        yield None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, transient=True) as progress:
        progress.add_task(description, total=total)
        yield progress
