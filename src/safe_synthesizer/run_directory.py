"""The run directory: the contract between stages, and ``manifest.json`` for governance.

Layout (the reference product's, plus the manifest, the lock and numbered generations)::

    <artifact-path>/<config-stem>---<dataset-stem>/<YYYY-MM-DDTHH:MM:SS>/
        manifest.json               status, input fingerprint, resolved config, timings, privacy
        config.yaml                 the resolved config
        .lock                       held (flock) by the process writing the run; holds its pid
        dataset/  training.csv test.csv transformed_training.csv schema.json preflight.json
        train/model/                everything needed to generate (train/model/checkpoint/ while training)
        generate/ synthetic_data.csv evaluation_metrics.json evaluation_report.html   (the latest)
        generate/generation-001/ ... one folder per 'generate', never overwritten
        logs/run.jsonl

This module owns every file name of the layout; stages ask the run for paths.
A run is written only inside :meth:`RunDirectory.session`, which holds the run's lock: a second
writer waits briefly and then gets a one-line error naming the holder's pid.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import importlib.metadata
import os
import platform
import re
import shutil
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.run_manifest import GenerationRecord, RunManifest, StageRecord
from safe_synthesizer.utils.atomic import atomic_path, atomic_write_json
from safe_synthesizer.utils.interrupts import interruption_reason
from safe_synthesizer.utils.locking import FileLock, LockHeld, lock_holder

MANIFEST = "manifest.json"
LOCK_FILE = ".lock"
CONFIG_YAML = "config.yaml"
TRAINING_CSV = "training.csv"
TEST_CSV = "test.csv"
TRANSFORMED_CSV = "transformed_training.csv"
TRANSFORMED_TEST_CSV = "transformed_test.csv"
SCHEMA_JSON = "schema.json"
PREFLIGHT_JSON = "preflight.json"
PII_REPORT_JSON = "pii_report.json"
SYNTHETIC_CSV = "synthetic_data.csv"
METRICS_JSON = "evaluation_metrics.json"
REPORT_HTML = "evaluation_report.html"
RELEASABLE_REPORT_HTML = "evaluation_report_releasable.html"
RUN_LOG = "run.jsonl"
GENERATION_PREFIX = "generation-"
# Files of one generation, also published at the reference path generate/<name> for the latest.
GENERATION_FILES = (SYNTHETIC_CSV, METRICS_JSON, REPORT_HTML, RELEASABLE_REPORT_HTML)
# A second writer waits this long for the run's lock before it is refused.
LOCK_WAIT_SECONDS = 10.0
_PACKAGES = ("safe-synthesizer", "torch", "numpy", "pandas", "scikit-learn", "opacus", "transformers")
_TEMP = re.compile(r"^\..+\.tmp$")  # utils.atomic's temporary files


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


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Generation:
    """One numbered generation folder, ``generate/generation-NNN/``."""

    number: int
    path: Path

    @property
    def synthetic_csv(self) -> Path:
        return self.path / SYNTHETIC_CSV

    @property
    def metrics_json(self) -> Path:
        return self.path / METRICS_JSON

    @property
    def report_html(self) -> Path:
        return self.path / REPORT_HTML

    @property
    def releasable_report_html(self) -> Path:
        return self.path / RELEASABLE_REPORT_HTML


def _link_or_copy(source: Path, target: Path) -> None:
    """``target`` becomes ``source``'s content atomically: a hard link where possible, else a copy."""
    with atomic_path(target) as tmp:
        tmp.unlink()
        try:
            os.link(source, tmp)
        except OSError:  # another file system, or links not supported
            shutil.copyfile(source, tmp)


class RunDirectory:
    """A run's folder, its manifest and its lock. Every stage reads and writes through one of these."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = FileLock(self.path / LOCK_FILE)
        self._depth = 0

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

    @property
    def lock_path(self) -> Path:
        return self.path / LOCK_FILE

    @property
    def config_yaml(self) -> Path:
        return self.path / CONFIG_YAML

    @property
    def log_file(self) -> Path:
        return self.logs_dir / RUN_LOG

    def dataset_file(self, name: str) -> Path:
        """``dataset/<name>``, e.g. ``run.dataset_file(TRAINING_CSV)``."""
        return self.dataset_dir / name

    @property
    def schema_json(self) -> Path:
        return self.dataset_dir / SCHEMA_JSON

    @property
    def synthetic_csv(self) -> Path:
        """The latest generation's records at the reference path ``generate/synthetic_data.csv``."""
        return self.generate_dir / SYNTHETIC_CSV

    @property
    def metrics_json(self) -> Path:
        return self.generate_dir / METRICS_JSON

    @property
    def report_html(self) -> Path:
        return self.generate_dir / REPORT_HTML

    @property
    def releasable_report_html(self) -> Path:
        return self.generate_dir / RELEASABLE_REPORT_HTML

    # Creation ------------------------------------------------------------------------------
    @classmethod
    def create(cls, artifact_path: Path, config_name: str, dataset_name: str) -> RunDirectory:
        """A new run folder named after config, dataset and the current time, locked by this process.

        The folder is claimed with an exclusive ``mkdir``, so runs started in the same second (in
        parallel processes or threads) get distinct names.
        """
        parent = Path(artifact_path) / f"{_slug(config_name)}---{_slug(dataset_name)}"
        stamp = dt.datetime.now().strftime("%Y-%m-%dT%H:%M:%S")
        try:
            parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            path, suffix = parent / stamp, 1
            while True:
                try:
                    path.mkdir(mode=0o700)
                    break
                except FileExistsError:  # two runs in the same second
                    suffix += 1
                    path = parent / f"{stamp}-{suffix}"
        except OSError as exc:
            raise UserInputError(
                f"cannot create a run folder under {artifact_path} ({exc.strerror or exc}); choose a writable "
                "--artifact-path (or NSS_ARTIFACTS_PATH)"
            ) from None
        return cls._claim(path)

    @classmethod
    def create_at(cls, path: Path) -> RunDirectory:
        """A new run in exactly ``path`` (``--run-path``), which must be new or an empty folder."""
        path = Path(path)
        cls.check_new(path)
        try:
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise UserInputError(f"--run-path {path}: cannot create it ({exc.strerror or exc}); choose a "
                                 "writable location") from None
        return cls._claim(path)

    @staticmethod
    def check_new(path: Path) -> None:
        """Fail unless ``path`` can hold a new run (``--run-path``): absent or an empty folder."""
        path = Path(path)
        if (path / MANIFEST).exists():
            raise UserInputError(
                f"--run-path {path} already holds a run; continue it with 'safe-synthesizer run --resume {path}', "
                f"generate more with 'run generate --run-path {path}', or choose a new folder"
            )
        if path.exists() and (not path.is_dir() or any(p.name != LOCK_FILE for p in path.iterdir())):
            raise UserInputError(f"--run-path {path}: not an empty folder; choose a new or empty folder")

    @classmethod
    def _claim(cls, path: Path) -> RunDirectory:
        run = cls(path)
        try:
            run._lock.acquire()  # a fresh folder: only a racing 'create_at' of the same path can hold it
        except LockHeld as exc:
            raise UserInputError(f"{path} is being created by process {exc.holder}; choose another folder") from None
        if run.manifest_path.exists():
            run._lock.release()
            raise UserInputError(f"{path} already holds a run; choose a new folder")
        # User-only permissions: the run holds copies of the data (files are 0o600 via atomic writes).
        for folder in (run.dataset_dir, run.train_dir, run.model_dir, run.generate_dir, run.logs_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for private in (run.path / LOCK_FILE, run.log_file):
            os.close(os.open(private, os.O_CREAT | os.O_WRONLY, 0o600))
            os.chmod(private, 0o600)
        run.write_manifest(RunManifest(status="running", created=_now(), pid=os.getpid(),
                                       host=socket.gethostname(), package_versions=package_versions()))
        return run

    @classmethod
    def open(cls, path: Path) -> RunDirectory:
        """An existing run; fails with a one-line error when ``path`` is not a (readable) run folder."""
        run = cls(Path(path))
        if not run.manifest_path.is_file():
            raise UserInputError(f"{path}: not a run directory (no {MANIFEST}); pass the folder printed "
                                 "by 'safe-synthesizer run'")
        run.manifest()  # a broken manifest is reported here, before any work
        return run

    # Lock and session ----------------------------------------------------------------------
    def holder(self) -> int | None:
        """The pid of the process writing this run (0 if unknown), or ``None`` when nobody is."""
        if self._lock.is_held:
            return os.getpid()
        return lock_holder(self.lock_path)

    def is_live(self) -> bool:
        """Whether some process is writing this run right now."""
        return self.holder() is not None

    def _acquire(self, wait: float) -> None:
        if self._lock.is_held:
            return
        try:
            self._lock.acquire(wait)
        except LockHeld as exc:
            who = f"process {exc.holder}" if exc.holder else "another process"
            raise UserInputError(
                f"{self.path} is in use by {who} (waited {wait:g} s); wait for it to finish, or stop it and "
                f"continue with 'safe-synthesizer run --resume {self.path}'"
            ) from None
        except OSError as exc:
            raise UserInputError(f"{self.path}: cannot lock the run ({exc.strerror or exc}); check the "
                                 "folder's permissions") from None
        self._recover()

    def _recover(self) -> None:
        """Called with the lock just taken: a ``running`` manifest means its writer died."""
        self.sweep_temp_files()
        manifest = self.manifest()
        if manifest.status != "running":
            return
        reason = f"the process (pid {manifest.pid}) stopped without finishing (killed or crashed)"
        for record in manifest.stages.values():
            if record.status == "running":
                record.status, record.error = "interrupted", reason
        for record in manifest.generations:
            if record.status == "running":
                record.status = "interrupted"
        manifest.status, manifest.interrupted = "interrupted", reason
        self.write_manifest(manifest)

    def sweep_temp_files(self) -> list[Path]:
        """Delete the atomic writers' leftovers (``.name.XXXX.tmp``); only safe under the lock."""
        removed = []
        for path in self.path.rglob(".*.tmp"):
            if _TEMP.match(path.name) and path.is_file():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
        return removed

    def release(self) -> None:
        """Give up the lock (``create`` takes it; a session releases it when it ends)."""
        if self._depth == 0:
            self._lock.release()

    @contextlib.contextmanager
    def session(self, wait: float | None = None) -> Iterator[RunDirectory]:
        """Hold the lock while the block writes the run; nested sessions share it.

        The manifest says ``running`` (with this pid) inside, ``completed`` after a clean end,
        ``interrupted`` (with the signal) after Ctrl-C/SIGTERM; a stage that failed says so itself,
        and an error raised outside any stage leaves the previous status.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._acquire(LOCK_WAIT_SECONDS if wait is None else wait)
        self._depth = 1
        try:
            manifest = self.manifest()
            previous = manifest.status
            manifest.status, manifest.pid, manifest.host = "running", os.getpid(), socket.gethostname()
            self.write_manifest(manifest)
            try:
                yield self
            except BaseException as exc:
                manifest = self.manifest()
                if manifest.status == "running":
                    if isinstance(exc, KeyboardInterrupt):
                        manifest.status, manifest.interrupted = "interrupted", interruption_reason(exc)
                    else:
                        manifest.status = previous
                    self.write_manifest(manifest)
                raise
            manifest = self.manifest()
            if manifest.status == "running":
                manifest.status = "completed"
                self.write_manifest(manifest)
        finally:
            self._depth = 0
            self._lock.release()

    # Manifest ------------------------------------------------------------------------------
    def manifest(self) -> RunManifest:
        """The typed manifest (a broken file is a one-line :class:`UserInputError`)."""
        return RunManifest.load(self.manifest_path)

    def read_manifest(self) -> dict[str, Any]:
        """The manifest as plain JSON data (for readers that want dicts)."""
        return self.manifest().to_dict()

    def write_manifest(self, manifest: RunManifest | dict[str, Any]) -> None:
        if isinstance(manifest, dict):
            manifest = RunManifest.from_dict(manifest, where=self.manifest_path)
        atomic_write_json(self.manifest_path, manifest.to_dict())

    def update_manifest(self, **fields: Any) -> dict[str, Any]:
        manifest = self.read_manifest() if self.manifest_path.exists() else {}
        manifest.update(fields)
        self.write_manifest(manifest)
        return manifest

    def has_trained_model(self) -> bool:
        """Whether the train stage completed, so ``train/model/`` is ready to generate from."""
        stage = self.manifest().stages.get("train")
        return stage is not None and stage.status == "completed" and self.model_dir.is_dir()

    def stage_completed(self, name: str) -> bool:
        stage = self.manifest().stages.get(name)
        return stage is not None and stage.status == "completed"

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[dict[str, Any]]:
        """Time a stage and record its outcome; on error the run is marked failed (or interrupted).

        The yielded dict collects the stage's own facts (row counts, metrics) for the manifest.
        """
        facts: dict[str, Any] = {}
        self._set_stage(name, StageRecord(status="running"))
        start = time.perf_counter()
        try:
            yield facts
        except BaseException as exc:
            seconds = round(time.perf_counter() - start, 3)
            interrupted = isinstance(exc, KeyboardInterrupt)
            reason = interruption_reason(exc) if interrupted else str(exc)[:500]
            status = "interrupted" if interrupted else "failed"
            self._set_stage(name, StageRecord(status=status, seconds=seconds, error=reason, **facts))
            manifest = self.manifest()
            manifest.status, manifest.failed_stage = status, name
            for record in manifest.generations:  # a generation cut short by this stage
                if record.status == "running":
                    record.status = status
            if interrupted:
                manifest.interrupted = f"{reason} during {name}"
            self.write_manifest(manifest)
            raise
        seconds = round(time.perf_counter() - start, 3)
        self._set_stage(name, StageRecord(status="completed", seconds=seconds, **facts))

    def _set_stage(self, name: str, record: StageRecord) -> None:
        manifest = self.manifest()
        manifest.stages[name] = record
        self.write_manifest(manifest)

    def timings(self) -> dict[str, float]:
        return {name: s.seconds for name, s in self.manifest().stages.items() if s.seconds is not None}

    # Generations ---------------------------------------------------------------------------
    def generations(self) -> list[Generation]:
        numbers = []
        for path in self.generate_dir.glob(f"{GENERATION_PREFIX}*"):
            suffix = path.name.removeprefix(GENERATION_PREFIX)
            if path.is_dir() and suffix.isdigit():
                numbers.append(int(suffix))
        return [self._generation(n) for n in sorted(numbers)]

    def _generation(self, number: int) -> Generation:
        return Generation(number, self.generate_dir / f"{GENERATION_PREFIX}{number:03d}")

    def latest_generation(self) -> Generation | None:
        """The newest generation folder recorded in the manifest (``None`` for older runs)."""
        records = self.manifest().generations
        return self._generation(records[-1].number) if records else None

    def new_generation(self, *, seed_data: bool = False) -> Generation:
        """Claim the next numbered folder under ``generate/`` and record it in the manifest.

        A run written before numbered generations keeps its files: they become ``generation-001``.
        """
        existing = self.generations()
        manifest = self.manifest()
        if not existing and self.synthetic_csv.is_file():
            legacy = self._generation(1)
            legacy.path.mkdir(parents=True, mode=0o700)
            for name in GENERATION_FILES:
                if (self.generate_dir / name).is_file():
                    _link_or_copy(self.generate_dir / name, legacy.path / name)
            manifest.generations.append(GenerationRecord(number=1, folder=legacy.path.name, created=_now(),
                                                         status="completed"))
            existing = [legacy]
        number = existing[-1].number + 1 if existing else 1
        while True:
            generation = self._generation(number)
            try:
                generation.path.mkdir(parents=True, mode=0o700)
                break
            except FileExistsError:
                number += 1
        manifest.generations.append(GenerationRecord(number=number, folder=generation.path.name, created=_now(),
                                                     seed_data=seed_data))
        self.write_manifest(manifest)
        return generation

    def update_generation(self, generation: Generation, **facts: Any) -> None:
        manifest = self.manifest()
        for i, record in enumerate(manifest.generations):
            if record.number == generation.number:
                manifest.generations[i] = GenerationRecord(**{**record.model_dump(), **facts})
        self.write_manifest(manifest)

    def publish(self, generation: Generation) -> None:
        """Make ``generation`` the latest at the reference paths ``generate/<file>``.

        A reference file the generation lacks (e.g. its report, before evaluation) is removed:
        the one there belongs to an older generation, whose own folder still holds it.
        """
        for name in GENERATION_FILES:
            source, target = generation.path / name, self.generate_dir / name
            if source.is_file():
                _link_or_copy(source, target)
            elif target.exists():
                target.unlink()
