"""The run directory: the contract between stages, and ``manifest.json`` for governance.

Layout (the reference product's, plus the manifest)::

    <artifact-path>/<config-stem>---<dataset-stem>/<YYYY-MM-DDTHH:MM:SS>/
        manifest.json               status, input fingerprint, resolved config, timings, privacy
        config.yaml                 the resolved config
        dataset/  training.csv test.csv transformed_training.csv schema.json preflight.json
        train/model/                everything needed to generate
        generate/ synthetic_data.csv evaluation_metrics.json evaluation_report.html
        logs/run.jsonl
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib.metadata
import json
import platform
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.utils.atomic import atomic_write_json

MANIFEST = "manifest.json"
_PACKAGES = ("safe-synthesizer", "torch", "numpy", "pandas", "scikit-learn", "opacus", "transformers")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_") or "data"


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in _PACKAGES:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions[name] = importlib.metadata.version(name)
    return versions


def planned_privacy(config: dict[str, Any]) -> dict[str, Any]:
    """The manifest's privacy record from a resolved config (as a plain dict), before training.

    Training replaces it with what DP-SGD actually spent (``epsilon_total``, ``delta``, ``unit``...).
    """
    privacy = config.get("privacy", {})
    if not privacy.get("dp_enabled"):
        return {"dp_enabled": False}
    return {"dp_enabled": True, "epsilon": privacy.get("epsilon"), "delta": privacy.get("delta")}


class RunDirectory:
    """A run's folder and its manifest. Every stage reads and writes through one of these."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    # Layout --------------------------------------------------------------------------------
    @property
    def dataset_dir(self) -> Path:
        return self.path / "dataset"

    @property
    def train_dir(self) -> Path:
        return self.path / "train"

    @property
    def model_dir(self) -> Path:
        return self.train_dir / "model"

    @property
    def generate_dir(self) -> Path:
        return self.path / "generate"

    @property
    def logs_dir(self) -> Path:
        return self.path / "logs"

    @property
    def manifest_path(self) -> Path:
        return self.path / MANIFEST

    # Creation ------------------------------------------------------------------------------
    @classmethod
    def create(cls, artifact_path: Path, config_name: str, dataset_name: str) -> RunDirectory:
        """A new, empty run folder named after config, dataset and the current time."""
        parent = Path(artifact_path) / f"{_slug(config_name)}---{_slug(dataset_name)}"
        stamp = dt.datetime.now().strftime("%Y-%m-%dT%H:%M:%S")
        path = parent / stamp
        suffix = 1
        while path.exists():  # two runs in the same second
            suffix += 1
            path = parent / f"{stamp}-{suffix}"
        run = cls(path)
        for folder in (run.dataset_dir, run.train_dir, run.generate_dir, run.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)
        run.write_manifest({
            "status": "running",
            "created": dt.datetime.now().isoformat(timespec="seconds"),
            "package_versions": package_versions(),
            "stages": {},
            "privacy": {"dp_enabled": False},
        })
        return run

    @classmethod
    def open(cls, path: Path) -> RunDirectory:
        """An existing run; fails with a one-line error when ``path`` is not a run folder."""
        run = cls(Path(path))
        if not run.manifest_path.is_file():
            raise UserInputError(f"{path}: not a run directory (no {MANIFEST}); pass the folder printed "
                                 "by 'safe-synthesizer run'")
        return run

    # Manifest ------------------------------------------------------------------------------
    def read_manifest(self) -> dict[str, Any]:
        return json.loads(self.manifest_path.read_text(encoding="utf-8"))

    def write_manifest(self, manifest: dict[str, Any]) -> None:
        atomic_write_json(self.manifest_path, manifest)

    def update_manifest(self, **fields: Any) -> dict[str, Any]:
        manifest = self.read_manifest() if self.manifest_path.exists() else {}
        manifest.update(fields)
        self.write_manifest(manifest)
        return manifest

    def has_trained_model(self) -> bool:
        """Whether the train stage completed, so ``train/model/`` is ready to generate from."""
        stage = self.read_manifest().get("stages", {}).get("train", {})
        return stage.get("status") == "completed" and self.model_dir.is_dir()

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[dict[str, Any]]:
        """Time a stage and record its outcome; on error the run is marked failed.

        The yielded dict collects the stage's own facts (row counts, metrics) for the manifest.
        """
        facts: dict[str, Any] = {}
        self._set_stage(name, {"status": "running"})
        start = time.perf_counter()
        try:
            yield facts
        except BaseException as exc:
            seconds = round(time.perf_counter() - start, 3)
            self._set_stage(name, {"status": "failed", "seconds": seconds, "error": str(exc)[:500], **facts})
            self.update_manifest(status="failed", failed_stage=name)
            raise
        seconds = round(time.perf_counter() - start, 3)
        self._set_stage(name, {"status": "completed", "seconds": seconds, **facts})

    def _set_stage(self, name: str, record: dict[str, Any]) -> None:
        manifest = self.read_manifest()
        manifest.setdefault("stages", {})[name] = record
        self.write_manifest(manifest)

    def timings(self) -> dict[str, float]:
        stages = self.read_manifest().get("stages", {})
        return {name: s["seconds"] for name, s in stages.items() if "seconds" in s}
