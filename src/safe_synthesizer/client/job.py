"""A submitted job: follow it, fetch its summary, synthetic data and report, cancel it."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from safe_synthesizer.errors import SafeSynthesizerError

if TYPE_CHECKING:
    from safe_synthesizer.client.http import SafeSynthesizerClient

FINAL = ("completed", "failed", "cancelled", "interrupted")


class JobFailedError(SafeSynthesizerError):
    """The job ended without completing; the message holds the service's reason."""


@dataclass(frozen=True)
class JobSummary:
    """The headline scores (0-10; None where not computed) and what the run spent."""

    synthetic_data_quality_score: float | None
    data_privacy_score: float | None
    membership_inference_protection_score: float | None
    attribute_inference_protection_score: float | None
    epsilon: float | None = None
    num_valid_records: int | None = None
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


class SafeSynthesizerJob:
    """Handle on one job of the service; ``job_id`` identifies it, ``job_name`` is the name given."""

    def __init__(self, client: SafeSynthesizerClient, record: dict[str, Any]) -> None:
        self._client = client
        self._record = record
        self.job_id: str = record["id"]
        self.job_name: str = record["name"]

    def __repr__(self) -> str:
        return f"SafeSynthesizerJob({self.job_id!r}, name={self.job_name!r}, status={self._record['status']!r})"

    def _path(self, suffix: str = "") -> str:
        return self._client.jobs_path(self.job_id) + suffix

    def refresh(self) -> dict[str, Any]:
        """The job record as the service has it now (status, stage, progress, summary, error)."""
        self._record = self._client.request("GET", self._path()).json()
        return self._record

    def fetch_status(self) -> str:
        return self.refresh()["status"]

    @property
    def status(self) -> str:
        """The status at the last refresh."""
        return self._record["status"]

    def wait_for_completion(self, poll_interval: float = 2.0, timeout: float | None = None,
                            verbose: bool = False) -> dict[str, Any]:
        """Poll until the job ends; raise :class:`JobFailedError` unless it completed."""
        deadline = None if timeout is None else time.monotonic() + timeout
        last = None
        while True:
            record = self.refresh()
            if verbose and (record["status"], record.get("stage")) != last:
                last = (record["status"], record.get("stage"))
                print(f"{self.job_id}: {record['status']} {record.get('stage') or ''} {record['progress']:.0%}")
            if record["status"] in FINAL:
                break
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(f"job {self.job_id} still {record['status']} after {timeout} s")
            time.sleep(poll_interval)
        if record["status"] != "completed":
            raise JobFailedError(f"job {self.job_id} ({self.job_name}) {record['status']}: {record.get('error')}")
        return record

    def fetch_summary(self) -> JobSummary:
        body = self._client.request("GET", self._path("/results/summary")).json()
        return JobSummary(**{k: body.get(k) for k in JobSummary.__dataclass_fields__ if k in body})

    def fetch_data(self, format: str = "parquet") -> pd.DataFrame:
        """The synthetic table; Parquet keeps the column types over the wire, ``csv`` as written."""
        response = self._client.request("GET", self._path("/results/synthetic-data"), params={"format": format})
        if format == "parquet":
            return pd.read_parquet(io.BytesIO(response.content))
        return pd.read_csv(io.BytesIO(response.content))

    def fetch_report(self, path: str | Path | None = None, releasable: bool = False) -> str:
        """The HTML evaluation report; also written to ``path`` when given."""
        html = self._client.request("GET", self._path("/results/report"),
                                    params={"releasable": str(releasable).lower()}).text
        if path is not None:
            from safe_synthesizer.utils.atomic import atomic_write_text

            atomic_write_text(Path(path), html)
        return html

    def logs(self) -> str:
        """The worker's log so far (every attempt)."""
        chunks, offset = [], 0
        while True:
            body = self._client.request("GET", self._path("/logs"), params={"offset": offset}).json()
            if not body["text"]:
                return "".join(chunks)
            chunks.append(body["text"])
            offset = body["offset"]

    def cancel(self) -> dict[str, Any]:
        self._record = self._client.request("POST", self._path("/cancel")).json()
        return self._record

    def delete(self) -> None:
        """Remove a finished job and its files from the service."""
        self._client.request("DELETE", self._path())
