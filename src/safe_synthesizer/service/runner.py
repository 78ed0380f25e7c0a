"""What one worker process does: run one job through the public SDK, stage by stage.

Started by the pool as ``python -m safe_synthesizer.service.runner JOB_DIR``, with stdout and
stderr appended to ``JOB_DIR/job.log``. It reads ``request.json``, writes ``progress.json`` before
each stage and ``result.json`` (or ``error.json``) at the end, all atomically; the pool reads them.
The process dies with its API instance (Linux parent-death signal), so a restart never leaves an
orphan training beside the re-queued attempt.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import logging
import os
import shutil
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from safe_synthesizer.errors import ConfigError, UserInputError
from safe_synthesizer.utils.atomic import atomic_write_json

REQUEST, PROGRESS, RESULT, ERROR, LOG = "request.json", "progress.json", "result.json", "error.json", "job.log"
PARENT_PID_ENV = "NSS_SERVICE_PARENT_PID"
# Rough share of a small job's wall time spent before each stage starts, for a progress bar.
STAGES = {"starting": 0.0, "process_data": 0.05, "train": 0.15, "generate": 0.7, "evaluate": 0.8, "saving": 0.95}
_PR_SET_PDEATHSIG = 1
logger = logging.getLogger("safe_synthesizer.service.runner")


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        # Without glibc the heartbeat check still re-queues; the orphan just runs to its end.
        with contextlib.suppress(OSError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    expected = os.environ.get(PARENT_PID_ENV)
    if expected and os.getppid() != int(expected):  # the parent died before prctl took effect
        sys.exit(3)


def _progress(job_dir: Path, stage: str) -> None:
    atomic_write_json(job_dir / PROGRESS, {"stage": stage, "fraction": STAGES[stage], "updated_at": time.time()})
    logger.info("job stage: %s", stage)


def scores(metrics: dict[str, Any]) -> dict[str, Any]:
    """The four headline scores of ``evaluation_metrics.json`` (None where not computed)."""
    sqs = metrics.get("synthetic_data_quality_score") or {}
    dps = metrics.get("data_privacy_score") or {}
    return {
        "synthetic_data_quality_score": sqs.get("score"),
        "data_privacy_score": dps.get("score"),
        "membership_inference_protection_score": dps.get("membership_inference_protection"),
        "attribute_inference_protection_score": dps.get("attribute_inference_protection"),
    }


def remove_raw_data(job_dir: Path) -> list[str]:
    """Delete the raw data a job leaves on disk: its upload and its runs' split copies (real records).

    Called by the runner when a job ends and by the pool for jobs whose process was stopped
    (cancelled, killed), unless the server retains uploads. Returns the names of removed files.
    """
    from safe_synthesizer import pipeline

    names = (pipeline.TRAINING_CSV, pipeline.TEST_CSV, pipeline.TRANSFORMED_CSV, pipeline.TRANSFORMED_TEST_CSV)
    removed = sorted(p.name for p in (job_dir / "upload").glob("*")) if (job_dir / "upload").is_dir() else []
    shutil.rmtree(job_dir / "upload", ignore_errors=True)
    # Run directories are <runs>/<config>---<dataset>/<timestamp>/, with the splits in dataset/.
    for run in sorted((job_dir / "runs").glob("*/*/")):
        for name in names:
            path = run / "dataset" / name
            if path.exists():
                path.unlink()
                removed.append(name)
    return removed


def _synthesize(job_dir: Path, request: dict[str, Any]) -> dict[str, Any]:
    from safe_synthesizer.sdk import SafeSynthesizer

    upload = job_dir / request["dataset_file"]
    synth = SafeSynthesizer(request["config"], artifact_path=job_dir / "runs", config_name=request["config_name"])
    synth.with_data_source(upload)
    _progress(job_dir, "process_data")
    synth.process_data()
    _progress(job_dir, "train")
    synth.train()
    _progress(job_dir, "generate")
    synth.generate()
    if synth.params.evaluation.enabled:
        _progress(job_dir, "evaluate")
        synth.evaluate()
    _progress(job_dir, "saving")
    results = synth.save_results()
    removed = [] if request["retain_uploads"] else remove_raw_data(job_dir)
    metrics_path = Path(results.summary["outputs"].get("evaluation_metrics", results.run_path / "none"))
    metrics = json.loads(metrics_path.read_text(encoding="utf-8")) if metrics_path.is_file() else {}
    summary = {
        **scores(metrics),
        "epsilon": results.summary["metrics"].get("epsilon"),
        "num_valid_records": results.summary["metrics"].get("num_valid_records"),
        "timings": results.summary.get("timings", {}),
        # Messages name the upload by its server path; clients know it by its file name.
        "warnings": [str(w.get("message")).replace(f"{upload.parent}{os.sep}", "")
                     for w in results.summary.get("warnings", [])],
        "raw_data_removed": removed,
    }
    return {"run_path": str(results.run_path), "summary": summary, "epsilon": summary["epsilon"]}


def _validate(job_dir: Path, request: dict[str, Any]) -> dict[str, Any]:
    """Preflight only (``run train --validate``): read, type and check the table; train nothing."""
    from safe_synthesizer.sdk import SafeSynthesizer

    upload = job_dir / request["dataset_file"]
    _progress(job_dir, "process_data")
    check = SafeSynthesizer(request["config"]).with_data_source(upload).validate()
    if check.errors:
        raise UserInputError(check.errors[0].message)
    summary = {"columns": {c.name: str(getattr(c.type, "value", c.type)) for c in check.schema.columns},
               "rows": check.n_rows, "findings": [f.to_dict() for f in check.findings]}
    return {"run_path": None, "summary": summary, "epsilon": None}


def run_job(job_dir: Path) -> int:
    """Run the job in ``job_dir``; exit code 0 done, 2 the user's input was refused, 1 failure."""
    request = json.loads((job_dir / REQUEST).read_text(encoding="utf-8"))
    os.environ.setdefault("SAFE_SYNTHESIZER_LEDGER", request["ledger_path"])
    (job_dir / ERROR).unlink(missing_ok=True)
    _progress(job_dir, "starting")
    try:
        result = (_validate if request["action"] == "validate" else _synthesize)(job_dir, request)
    except (UserInputError, ConfigError) as exc:
        logger.error("job refused: %s", exc)
        atomic_write_json(job_dir / ERROR, {"error": str(exc), "kind": "input"})
        return 2
    except Exception as exc:
        traceback.print_exc()
        atomic_write_json(job_dir / ERROR, {"error": f"{type(exc).__name__}: {exc}", "kind": "failure"})
        return 1
    finally:
        # Raw data goes when the job ends (not right after training), so that an attempt interrupted
        # by a restart can be re-queued from its upload; for stopped processes the pool removes it.
        if not request["retain_uploads"]:
            remove_raw_data(job_dir)
    atomic_write_json(job_dir / RESULT, result)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _die_with_parent()
    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return run_job(Path(argv[0]))


if __name__ == "__main__":
    sys.exit(main())
