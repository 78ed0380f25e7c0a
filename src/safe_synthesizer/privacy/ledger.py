"""A local ledger of DP releases per data source: budgets of repeated releases add up.

Every DP run appends ``{epsilon, delta, date, run_path}`` under the sha256 fingerprint of its
input data. Before a run, :meth:`PrivacyLedger.check` compares the cumulative epsilon (by basic
composition, as for the parts of one run) plus the new run's epsilon with
``privacy.max_total_epsilon``: over it, a warning, or a :class:`ConfigError` with ``strict``
(the CLI's ``--strict-budget``).

The ledger is a JSON file, by default ``~/.safe-synthesizer/privacy_ledger.json``, elsewhere via
the environment variable ``SAFE_SYNTHESIZER_LEDGER``. It holds no data values, only
fingerprints and budgets; writes are atomic and serialised with a lock file where the OS allows.

Example::

    ledger = PrivacyLedger()  # default path, or PrivacyLedger(Path("ledger.json"))
    fp = fingerprint_dataframe(df)
    ledger.check(fp, epsilon=8.0, max_total_epsilon=10.0, strict=args.strict_budget)
    ...  # the run
    ledger.record(fp, epsilon=spent_epsilon, delta=spent_delta, run_path=run_dir, unit="record")
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.utils.atomic import atomic_write_json

logger = logging.getLogger(__name__)

LEDGER_ENV = "SAFE_SYNTHESIZER_LEDGER"
LEDGER_VERSION = 1


def default_ledger_path() -> Path:
    """``$SAFE_SYNTHESIZER_LEDGER`` if set, else ``~/.safe-synthesizer/privacy_ledger.json``."""
    env = os.environ.get(LEDGER_ENV)
    if env:
        return Path(env).expanduser()
    return Path.home() / ".safe-synthesizer" / "privacy_ledger.json"


def fingerprint_bytes(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def fingerprint_file(path: Path) -> str:
    """sha256 of a file's bytes (streamed)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return "sha256:" + digest.hexdigest()


def fingerprint_dataframe(df: pd.DataFrame) -> str:
    """sha256 of a canonical CSV rendering (column names, values, row order; no index).

    Use it for both CLI and SDK inputs, after reading the table, so that the same data reached
    through a file or a DataFrame shares one ledger entry.
    """
    return fingerprint_bytes(df.to_csv(index=False, lineterminator="\n").encode("utf-8"))


@dataclass(frozen=True)
class BudgetCheck:
    """Outcome of :meth:`PrivacyLedger.check` (all values are epsilons/deltas, no data)."""

    fingerprint: str
    spent_epsilon: float
    spent_delta: float
    releases: int
    requested_epsilon: float
    max_total_epsilon: float | None

    @property
    def total_after(self) -> float:
        return self.spent_epsilon + self.requested_epsilon

    @property
    def over_budget(self) -> bool:
        return self.max_total_epsilon is not None and self.total_after > self.max_total_epsilon

    def message(self) -> str:
        return (
            f"privacy.max_total_epsilon: this run's epsilon {self.requested_epsilon:g} on top of "
            f"{self.spent_epsilon:g} already released from the same data ({self.releases} run(s)) makes "
            f"{self.total_after:g} > {self.max_total_epsilon:g}; lower privacy.epsilon, raise "
            "privacy.max_total_epsilon, or accept the larger total."
        )


class PrivacyLedger:
    """Read, check and append DP releases in the ledger file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_ledger_path()

    def releases(self, fingerprint: str) -> list[dict[str, Any]]:
        """All recorded releases of one data source, oldest first."""
        return list(self._load().get("sources", {}).get(fingerprint, {}).get("releases", []))

    def spent(self, fingerprint: str) -> tuple[float, float]:
        """Cumulative ``(epsilon, delta)`` released from this data source (basic composition)."""
        rel = self.releases(fingerprint)
        return sum(float(r["epsilon"]) for r in rel), sum(float(r["delta"]) for r in rel)

    def check(
        self,
        fingerprint: str,
        epsilon: float,
        max_total_epsilon: float | None,
        strict: bool = False,
    ) -> BudgetCheck:
        """Compare spent + ``epsilon`` with the cap; warn, or raise ``ConfigError`` if ``strict``."""
        spent_eps, spent_delta = self.spent(fingerprint)
        result = BudgetCheck(
            fingerprint=fingerprint,
            spent_epsilon=spent_eps,
            spent_delta=spent_delta,
            releases=len(self.releases(fingerprint)),
            requested_epsilon=float(epsilon),
            max_total_epsilon=max_total_epsilon,
        )
        if result.over_budget:
            if strict:
                raise ConfigError(result.message() + " (refused: --strict-budget)")
            logger.warning(result.message())
        return result

    def record(
        self,
        fingerprint: str,
        *,
        epsilon: float,
        delta: float,
        run_path: str | Path | None,
        unit: str | None = None,
        source: str | None = None,
    ) -> None:
        """Append one release (after the run, with the epsilon actually spent)."""
        entry: dict[str, Any] = {
            "epsilon": float(epsilon),
            "delta": float(delta),
            "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "run_path": None if run_path is None else str(run_path),
        }
        if unit is not None:
            entry["unit"] = unit
        if source is not None:
            entry["source"] = source  # a file name the user chose; never data values
        with self._locked():
            payload = self._load()
            sources = payload.setdefault("sources", {})
            sources.setdefault(fingerprint, {"releases": []})["releases"].append(entry)
            atomic_write_json(self.path, payload)

    def _load(self) -> dict[str, Any]:
        if not self.path.exists():
            return {"version": LEDGER_VERSION, "sources": {}}
        try:
            payload = json.loads(self.path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(
                f"privacy ledger {self.path} is not valid JSON; fix or move it, or point {LEDGER_ENV} to another file."
            ) from exc
        if not isinstance(payload, dict) or payload.get("version") != LEDGER_VERSION:
            raise ConfigError(f"privacy ledger {self.path} has an unknown format; move it aside or set {LEDGER_ENV}.")
        return payload

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Serialise read-modify-write across processes (POSIX ``flock``; a no-op elsewhere)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            import fcntl
        except ImportError:  # Windows: atomic replace still prevents torn files
            yield
            return
        with (self.path.parent / f".{self.path.name}.lock").open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
