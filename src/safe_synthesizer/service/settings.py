"""What an operator configures for ``safe-synthesizer serve``; every default lives here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from safe_synthesizer.errors import UserInputError

DATABASE_URL_ENV = "NSS_DATABASE_URL"
DB_FILE = "service.db"


@dataclass(frozen=True)
class ServiceSettings:
    """Settings of one API instance.

    ``data_dir`` holds the SQLite database (unless ``database_url`` points elsewhere, e.g.
    ``postgresql+psycopg://user@host/db`` for several API instances sharing one queue) and every
    job's files under ``jobs/<job id>/``. With PostgreSQL, ``data_dir`` must be shared storage.
    """

    data_dir: Path
    database_url: str | None = None
    max_workers: int = 2  # worker processes at once; the machine has few cores and training is CPU-bound
    max_queued_jobs: int = 1000  # per workspace; beyond it submissions get 429 rather than an unbounded queue
    max_upload_mb: float = 512.0
    retain_uploads: bool = False  # keep raw uploads (and the run's data splits) after the job
    heartbeat_seconds: float = 2.0  # how often the pool marks its running jobs alive
    stale_after_seconds: float = 30.0  # a running job without heartbeat this long is re-queued
    max_attempts: int = 3  # an interrupted job is re-queued at most this many times in total
    poll_seconds: float = 0.5  # pool loop period when nothing wakes it
    cancel_grace_seconds: float = 5.0  # SIGTERM, then SIGKILL after this
    token_cache_seconds: float = 2.0  # a verified token is trusted this long; a revoked one stops within it

    def __post_init__(self) -> None:
        if self.max_workers < 1:
            raise UserInputError(f"--workers must be at least 1 (got {self.max_workers})")
        if self.max_upload_mb <= 0:
            raise UserInputError(f"--max-upload-mb must be positive (got {self.max_upload_mb})")

    @property
    def url(self) -> str:
        """The database URL: explicit, else ``$NSS_DATABASE_URL``, else SQLite in ``data_dir``."""
        url = self.database_url or os.environ.get(DATABASE_URL_ENV)
        return url or f"sqlite:///{(Path(self.data_dir) / DB_FILE).resolve()}"

    @property
    def jobs_dir(self) -> Path:
        return Path(self.data_dir) / "jobs"

    @property
    def ledger_path(self) -> Path:
        """The privacy ledger every worker shares, so repeated releases of one table add up."""
        return Path(self.data_dir) / "privacy_ledger.json"
