"""The typed ``manifest.json`` of a run: status, input fingerprint, config, stages, privacy, outputs.

Every write goes through :class:`RunManifest`, so a misspelt status or stage record fails where it
is written, not when a later reader trips over it. Unknown keys are kept (``extra="allow"``): a
manifest written by a newer version still loads, and its extra facts survive a rewrite.

Example:
    >>> m = RunManifest(status="running", created="2026-01-01T00:00:00")
    >>> m.status, m.stages
    ('running', {})
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from safe_synthesizer.errors import UserInputError

RunStatus = Literal["running", "completed", "failed", "interrupted"]
StageStatus = Literal["running", "completed", "failed", "interrupted"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="allow")


class StageRecord(_Record):
    """One stage's outcome; the stage's own facts (rows, metrics) are extra keys."""

    status: StageStatus
    seconds: float | None = None
    error: str | None = None


class InputRecord(_Record):
    """What was synthesised: a file or DataFrame name and fingerprints, never values."""

    source: str
    sha256: str
    ledger_key: str = ""
    rows: int
    columns: int


class GenerationRecord(_Record):
    """One ``generate`` call: its numbered folder under ``generate/`` and what it produced."""

    number: int
    folder: str
    created: str
    status: StageStatus = "running"
    records: int | None = None
    seed_data: bool = False
    sqs: float | None = None
    dps: float | None = None


class RunManifest(_Record):
    """The whole manifest; ``privacy`` is the plan until training records what DP-SGD spent."""

    status: RunStatus
    created: str
    pid: int | None = None
    host: str | None = None
    package_versions: dict[str, str] = Field(default_factory=dict)
    stages: dict[str, StageRecord] = Field(default_factory=dict)
    privacy: dict[str, Any] = Field(default_factory=lambda: {"dp_enabled": False})
    input: InputRecord | None = None
    seed: int | None = None
    config: dict[str, Any] = Field(default_factory=dict)
    scores: dict[str, float | None] | None = None
    failed_stage: str | None = None
    interrupted: str | None = None
    resumed: int = 0
    generations: list[GenerationRecord] = Field(default_factory=list)
    # Written by training: whether the same seed reruns to the same table (utils.reproducibility).
    reproducibility: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        # Unset optional facts are left out, but None inside the config or privacy record is a
        # value (e.g. training.max_training_time: null removes the cap) and is kept.
        payload = self.model_dump(mode="json")
        for record in payload["stages"].values():
            for key in [k for k in ("seconds", "error") if record.get(k) is None]:
                del record[key]
        return {k: v for k, v in payload.items() if v is not None}

    @classmethod
    def from_dict(cls, payload: dict[str, Any], *, where: Path | str = "manifest.json") -> RunManifest:
        try:
            return cls.model_validate(payload)
        except ValidationError as exc:
            first = exc.errors()[0]
            key = ".".join(str(p) for p in first["loc"]) or "(top level)"
            raise UserInputError(
                f"{where}: broken manifest ({key}: {first['msg']}); restore it from a backup or delete the "
                "run folder and run again"
            ) from None

    @classmethod
    def load(cls, path: Path) -> RunManifest:
        """Read and check ``path``; a truncated or hand-edited file is a one-line error."""
        try:
            payload = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise UserInputError(f"{path}: the run's manifest is missing; pass a folder printed by "
                                 "'safe-synthesizer run'") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise UserInputError(
                f"{path}: broken manifest (not valid JSON: {exc}); restore it from a backup or delete the run "
                "folder and run again"
            ) from None
        if not isinstance(payload, dict):
            raise UserInputError(f"{path}: broken manifest (not a JSON object); delete the run folder and run again")
        return cls.from_dict(payload, where=path)
