"""Gather the "check these" diagnostics of a run from its directory.

Reads what the stages left behind, so it works on a finished run and on a partial one (after
``run train`` only preflight and schema notes exist): ``dataset/preflight.json`` (warnings),
``dataset/schema.json`` (type-decision notes), the PII stage's checks in the manifest (columns named as personal
data whose values were left as written), ``generate/synthetic_data.csv`` against the
training split (placeholders, out-of-range values, invented words in text, empty output) and
``generate/evaluation_metrics.json`` (poorly learned columns, scores resting on too few rows).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from safe_synthesizer.data.readers import NA_VALUES
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.diagnostics.diagnostic import Diagnostic, Source, ordered
from safe_synthesizer.diagnostics.output_checks import date_order, invented_words, out_of_range, placeholder_cells
from safe_synthesizer.run_directory import RunDirectory
from safe_synthesizer.utils.atomic import atomic_write_json

logger = logging.getLogger(__name__)

DIAGNOSTICS_JSON = "diagnostics.json"
# Below 100 synthetic rows sampling noise alone costs a column ~2 points (one grade band): two
# samples of 100 rows from the same distribution score ~8.0 instead of 10 (~6.4 at 30 rows).
MIN_SCORE_ROWS = 100
# The membership attack uses holdout rows as non-members: with 50 + 50 rows the AUC's standard
# error is ~0.06, with 15 + 15 ~0.11 (a protection score can swing by several points).
MIN_HOLDOUT_ROWS = 50
# A column is "not learned well" when its own score falls in the evaluator's Moderate or Poor
# band (score < 4, JS distance > 0.48): far beyond the sampling noise above.
POOR_GRADES = ("Moderate", "Poor")

# "column `x`: ..." (our messages), "column 'x' is ..." (preflight) or "'x': ..." (schema notes)
_COLUMN = re.compile(r"^column [`'\"]([^`'\"]+)[`'\"]|^[`'\"]([^`'\"]+)[`'\"]:")
_SPLITS = ("transformed_training.csv", "training.csv")


def collect(run_path: Path) -> list[Diagnostic]:
    """Every diagnostic of the run at ``run_path``, output problems first (see ``ordered``).

    A check whose artifact cannot be read becomes a diagnostic itself instead of an exception.

    Example:
        >>> for d in collect(Path("runs/default---adult/2026-01-01T00:00:00")):  # doctest: +SKIP
        ...     print(d.level, d.message)
        warning column `native-country`: 20 of 100 synthetic cells (20 %) are placeholders (`_RARE_`), not values
    """
    run = RunDirectory(Path(run_path))
    checks: list[tuple[Source, Callable[[RunDirectory], list[Diagnostic]]]] = [
        ("preflight", _preflight), ("schema", _schema_notes), ("output", _output), ("pii", _pii),
        ("evaluation", _evaluation),
    ]
    found: list[Diagnostic] = []
    for source, check in checks:
        try:
            found.extend(check(run))
        except Exception as exc:  # one unreadable artifact must not hide the other findings
            logger.debug("diagnostics: %s checks failed", source, exc_info=True)
            found.append(Diagnostic(source, f"the {source} checks could not run ({type(exc).__name__}); "
                                             "see logs/run.jsonl"))
    return ordered(found)


def diagnose(run: RunDirectory) -> list[Diagnostic]:
    """``collect`` the run's diagnostics, write them to ``<run>/diagnostics.json`` (atomically) and
    log each at WARNING (with ``extra`` field ``diagnostic_source``).

    Example:
        >>> found = diagnose(RunDirectory.open(Path("runs/default---adult/2026-01-01T00:00:00")))  # doctest: +SKIP
        >>> [d.to_dict() for d in found] == json.loads(Path(".../diagnostics.json").read_text())  # doctest: +SKIP
        True
    """
    found = collect(run.path)
    atomic_write_json(run.path / DIAGNOSTICS_JSON, [d.to_dict() for d in found])
    for d in found:
        logger.warning("check: %s", d.message, extra={"diagnostic_source": d.source, "column": d.column})
    return found


def _column_of(message: str) -> str | None:
    match = _COLUMN.search(message)
    return (match.group(1) or match.group(2)) if match else None


def _preflight(run: RunDirectory) -> list[Diagnostic]:
    path = run.dataset_dir / "preflight.json"
    if not path.exists():
        return []
    findings = json.loads(path.read_text(encoding="utf-8"))
    return [Diagnostic("preflight", f["message"], _column_of(f["message"]))
            for f in findings if f.get("level") == "warning"]


def _schema_notes(run: RunDirectory) -> list[Diagnostic]:
    path = run.dataset_dir / "schema.json"
    if not path.exists():
        return []
    return [Diagnostic("schema", note, _column_of(note), level="note") for note in TableSchema.load(path).notes]


def _pii(run: RunDirectory) -> list[Diagnostic]:
    """Columns the PII stage names as personal data by their header but left as written (its ``checks``)."""
    if not run.manifest_path.exists() or (stage := run.manifest().stages.get("replace_pii")) is None:
        return []
    return [Diagnostic("pii", message, _column_of(message)) for message in (stage.model_extra or {}).get("checks", [])]


def _read_raw(path: Path) -> pd.DataFrame:
    """A CSV the pipeline wrote, every cell a string (as ``read_table`` reads it); header-only is fine."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=NA_VALUES, index_col=False)


def _output(run: RunDirectory) -> list[Diagnostic]:
    synthetic_path = run.generate_dir / "synthetic_data.csv"
    if not synthetic_path.exists():
        return []
    synthetic = _read_raw(synthetic_path)
    if synthetic.empty:
        return [Diagnostic("output", "the synthetic table is empty (0 rows): nothing was generated")]
    split = next((run.dataset_dir / name for name in _SPLITS if (run.dataset_dir / name).exists()), None)
    if split is None:
        return []
    training = _read_raw(split)
    found = placeholder_cells(synthetic, training)
    schema = TableSchema.load(run.dataset_dir / "schema.json")
    present = TableSchema([c for c in schema.columns if c.name in synthetic.columns and c.name in training.columns])
    found += out_of_range(apply_schema(synthetic, present), apply_schema(training, present), present)
    found += invented_words(synthetic, training, present)
    found += date_order(synthetic, training, present)
    return found


def _evaluation(run: RunDirectory) -> list[Diagnostic]:
    from safe_synthesizer.evaluation.grades import grade  # the evaluation package is heavy to import

    path = run.generate_dir / "evaluation_metrics.json"
    synthetic_path = run.generate_dir / "synthetic_data.csv"
    if not path.exists():
        return []
    if synthetic_path.exists() and path.stat().st_mtime < synthetic_path.stat().st_mtime:
        return [Diagnostic("evaluation", "evaluation_metrics.json is older than the synthetic data: its scores "
                                         "describe an earlier generation, not this one")]
    metrics = json.loads(path.read_text(encoding="utf-8"))
    found: list[Diagnostic] = []
    dataset = metrics.get("dataset", {})
    quality = metrics.get("synthetic_data_quality_score", {})
    privacy = metrics.get("data_privacy_score", {})
    n_synthetic = dataset.get("synthetic_rows")
    if quality.get("score") is not None and n_synthetic is not None and n_synthetic < MIN_SCORE_ROWS:
        found.append(Diagnostic("evaluation", f"quality score (SQS) rests on only {n_synthetic} synthetic rows "
                                              f"(under {MIN_SCORE_ROWS}): sampling noise alone moves it by about "
                                              "2 points; treat it as doubtful"))
    n_holdout = dataset.get("holdout_rows")
    if privacy.get("score") is not None and n_holdout and n_holdout < MIN_HOLDOUT_ROWS:
        found.append(Diagnostic("evaluation", f"privacy score (DPS) rests on only {n_holdout} holdout rows "
                                              f"(under {MIN_HOLDOUT_ROWS}): the membership attack is too small "
                                              "to trust; treat it as doubtful"))
    not_measured = metrics.get("unavailable", {}).get("data_privacy_score")
    if privacy.get("score") is None and not_measured:  # e.g. too few holdout rows for membership inference
        found.append(Diagnostic("evaluation", f"privacy score (DPS) {not_measured}"))
    if quality.get("score") is None:
        reasons = sorted({r for r in metrics.get("unavailable", {}).values() if r != "no text columns"})
        found.append(Diagnostic("evaluation", "no quality score (SQS) could be computed"
                                + (f": {'; '.join(reasons)}" if reasons else "")))
    columns = metrics.get("columns", {})
    for kind, entries in (("distribution", columns.get("distribution", [])),
                          ("text structure", columns.get("text_structure", []))):
        for entry in entries:
            score = entry.get("score")
            if grade(score) in POOR_GRADES:
                found.append(Diagnostic("evaluation", f"column `{entry['column']}`: {kind} not learned well "
                                                      f"(score {score:.1f} of 10, {grade(score)})", entry["column"]))
    from safe_synthesizer.evaluation.sample_sizes import EQUAL_SIZES_NOTE

    # How the tables were sampled is information for the report, not a finding about the run.
    found += [
        Diagnostic("evaluation", note, _column_of(note))
        for note in metrics.get("notes", [])
        if not note.startswith(EQUAL_SIZES_NOTE)
    ]
    return found
