"""Checks before work: will the outputs be writable, will the disk hold them, how long will it take?

A run that cannot finish should fail in the first second, not after hours of training:
``--output-file`` in a read-only folder, ``--generation__num_records 1000000000`` on a disk with
room for a tenth of it, a holdout too small to measure membership inference. Estimates use the
rate measured by this run's earlier generations when there is one, else the built-in model's
known rates on this class of machine (``benchmarks/results/builtin.md``: adult, 15 columns,
about 10,900 records/s generated and 224 s trained). ``force`` skips the time and disk limits.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from safe_synthesizer.config.limits import RunLimits
from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.holdout import MIN_ROWS_FOR_HOLDOUT, holdout_size
from safe_synthesizer.errors import ConfigError, UserInputError
from safe_synthesizer.evaluation.membership import MIN_NON_MEMBERS
from safe_synthesizer.run_directory import TRANSFORMED_CSV, RunDirectory

logger = logging.getLogger(__name__)

# Known rates of the built-in model on a 2-core CPU, per cell so that wide tables are slower.
KNOWN_GENERATED_CELLS_PER_SECOND = 150_000.0
KNOWN_TRAINED_CELL_EPOCHS_PER_SECOND = 20_000.0
# Disk per generated record relative to a training CSV row (sampled values are about as long).
RECORD_SIZE_MARGIN = 1.2
# Fewer holdout rows than the evaluation's attack needs and the privacy score says "not measured".
MIN_MEMBERSHIP_HOLDOUT = MIN_NON_MEMBERS


@dataclass(frozen=True)
class Estimate:
    """Planned seconds and bytes of one step, and where the rate came from."""

    seconds: float
    bytes: int
    rate: float
    measured: bool

    def describe(self, unit: str) -> str:
        origin = "measured in this run" if self.measured else "the built-in model's known rate"
        return f"about {_duration(self.seconds)} and {_size(self.bytes)} at {self.rate:,.0f} {unit}/s ({origin})"


def _duration(seconds: float) -> str:
    if seconds >= 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 60:.1f} min" if seconds >= 60 else f"{seconds:.0f} s"


def _size(n_bytes: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n_bytes >= scale:
            return f"{n_bytes / scale:.1f} {unit}"
    return f"{n_bytes:.0f} B"


def _existing_ancestor(path: Path) -> Path:
    path = Path(path).absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def free_bytes(path: Path) -> int:
    """Free space on the file system that holds (or will hold) ``path``."""
    return shutil.disk_usage(_existing_ancestor(path)).free


def check_writable(target: Path, flag: str) -> None:
    """Fail now, naming ``flag``, if ``target`` (a file to be written later) cannot be written."""
    target = Path(target)
    if target.is_dir():
        raise UserInputError(f"{flag} {target}: is a folder; give a file name, e.g. {target / 'synthetic.csv'}")
    folder = _existing_ancestor(target.parent)
    if not folder.is_dir():
        raise UserInputError(f"{flag} {target}: {folder} is a file, not a folder; choose another path")
    try:
        _probe(folder)
    except OSError as exc:
        raise UserInputError(
            f"{flag} {target}: cannot write in {folder} ({exc.strerror or exc}); choose a writable location"
        ) from None


def check_writable_folder(folder: Path, flag: str) -> None:
    """Fail now, naming ``flag``, if ``folder`` (to be created if missing) cannot hold new files."""
    existing = _existing_ancestor(Path(folder))
    if not existing.is_dir():
        raise UserInputError(f"{flag} {folder}: {existing} is a file, not a folder; choose another path")
    try:
        _probe(existing)
    except OSError as exc:
        raise UserInputError(f"{flag} {folder}: cannot write in {existing} ({exc.strerror or exc}); choose a "
                             "writable location") from None


def _probe(folder: Path) -> None:
    """Create and delete a temporary file: the only test that also catches read-only file systems."""
    fd, probe = tempfile.mkstemp(prefix=".write-probe.", suffix=".tmp", dir=folder)
    os.close(fd)
    os.unlink(probe)


def _refuse(what: str, estimate: Estimate, unit: str, free: int, limits: RunLimits,
            max_hours: float | None, fix: str) -> None:
    need = estimate.bytes + limits.min_free_disk_mb * 1e6
    if need > free:
        raise UserInputError(
            f"{what}: {estimate.describe(unit)}, more than the {_size(free)} free on disk (keeping "
            f"{limits.min_free_disk_mb:g} MB spare); {fix}, free disk space, or pass --force"
        )
    if max_hours is not None and estimate.seconds > max_hours * 3600:
        raise UserInputError(
            f"{what}: {estimate.describe(unit)}, over the {max_hours:g} h limit; {fix}, or pass --force"
        )


def estimate_generation(run: RunDirectory, num_records: int, *, n_columns: int) -> Estimate:
    """Time and disk of ``num_records`` from this run's training CSV and its earlier generations."""
    train_csv = run.dataset_file(TRANSFORMED_CSV)
    rows = max(1, run.manifest().input.rows if run.manifest().input else 1)
    size = train_csv.stat().st_size if train_csv.exists() else 100 * rows
    per_record = RECORD_SIZE_MARGIN * size / rows
    measured = run.manifest().stages.get("generate")
    rate = None
    if measured is not None and measured.status == "completed":
        facts = measured.model_extra or {}
        # Short generations are dominated by start-up and would make large ones look slow.
        if (facts.get("num_valid_records") or 0) >= 1000:
            rate = facts.get("records_per_second")
    known = rate is None
    rate = float(rate) if rate else KNOWN_GENERATED_CELLS_PER_SECOND / max(1, n_columns)
    return Estimate(num_records / rate, int(num_records * per_record), rate, not known)


def check_generation(
    run: RunDirectory,
    num_records: int,
    *,
    n_columns: int,
    output_file: Path | None = None,
    limits: RunLimits | None = None,
    force: bool = False,
) -> Estimate:
    """Refuse a generation that would not fit the disk or the time limit (unless ``force``)."""
    limits = limits or RunLimits()
    estimate = estimate_generation(run, num_records, n_columns=n_columns)
    if output_file is not None:  # the copy written next to the run's own file
        estimate = Estimate(estimate.seconds, estimate.bytes * 2, estimate.rate, estimate.measured)
    # Worth a line on the console only when the wait is noticeable.
    level = logging.INFO if estimate.seconds > 60 else logging.DEBUG
    logger.log(level, "generation plan: %d records, %s", num_records, estimate.describe("records"))
    if not force:
        _refuse(f"generation.num_records {num_records:,}", estimate, "records", free_bytes(run.generate_dir),
                limits, limits.max_generation_hours, "lower --generation__num_records")
    return estimate


def check_training(
    params: SafeSynthesizerParameters,
    *,
    n_rows: int,
    n_columns: int,
    source_bytes: int,
    artifact_path: Path,
    limits: RunLimits | None = None,
    force: bool = False,
) -> Estimate:
    """Refuse a training run that would not fit the disk (dataset splits) or the time limit."""
    limits = limits or RunLimits()
    t = params.training
    epochs = 20 if t.epochs == "auto" else float(t.epochs)  # auto: at most 20 with early stopping
    seconds = n_rows * n_columns * epochs / KNOWN_TRAINED_CELL_EPOCHS_PER_SECOND
    if isinstance(t.max_training_time, int | float):  # minutes; None or "auto" leave the estimate
        seconds = min(seconds, float(t.max_training_time) * 60)
    # training/test and their PII-replaced copies: about twice the input, with margin.
    estimate = Estimate(seconds, int(2.5 * source_bytes), KNOWN_TRAINED_CELL_EPOCHS_PER_SECOND, False)
    if not force:
        _refuse(f"training on {n_rows:,} rows x {n_columns} columns", estimate, "cell-epochs",
                free_bytes(artifact_path), limits, limits.max_training_hours,
                "set --training__max_training_time (minutes) or sample fewer rows")
    return estimate


def check_holdout(params: SafeSynthesizerParameters, n_rows: int) -> None:
    """``data.holdout`` >= 1 is a row count: whole, and enough rows for membership inference."""
    holdout = params.data.holdout
    if holdout >= 1 and holdout != int(holdout):
        raise ConfigError(
            f"data.holdout {holdout:g}: a value of 1 or more is a number of rows and must be whole; give e.g. "
            f"{max(MIN_MEMBERSHIP_HOLDOUT, round(holdout))} (rows) or a fraction below 1 such as 0.05"
        )
    if holdout >= 1 and int(holdout) < MIN_MEMBERSHIP_HOLDOUT and params.evaluation.enabled:
        raise ConfigError(
            f"data.holdout {int(holdout)}: {int(holdout)} holdout rows are too few for the membership-inference "
            f"test (it needs at least {MIN_MEMBERSHIP_HOLDOUT}); give {MIN_MEMBERSHIP_HOLDOUT} or more rows, "
            "or 0 for no holdout (the privacy score then omits membership inference)"
        )
    if n_rows < MIN_ROWS_FOR_HOLDOUT or holdout <= 0 or not params.evaluation.enabled:
        return
    try:
        size = holdout_size(n_rows, holdout, params.data.max_holdout)
    except ConfigError:
        return  # the split itself reports a holdout as large as the table
    if 0 < size < MIN_MEMBERSHIP_HOLDOUT:
        logger.warning(
            "data.holdout %g gives %d holdout rows, too few for the membership-inference test (needs %d); "
            "the privacy score will not include it. Raise data.holdout to measure it.",
            holdout, size, MIN_MEMBERSHIP_HOLDOUT,
        )
