"""Score any generator's output from files: ``safe-synthesizer evaluate --training T --synthetic S``.

It lives in ``report`` because it writes the report: ``evaluation`` computes scores and never
imports ``report`` (the two packages import one way only).
"""

from __future__ import annotations

import logging
from pathlib import Path

from safe_synthesizer.config.evaluation import EvaluationParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.evaluation.evaluate import evaluate
from safe_synthesizer.evaluation.result import EvaluationResult
from safe_synthesizer.report.context import ReportContext
from safe_synthesizer.report.writer import write_report
from safe_synthesizer.utils.atomic import atomic_write_json

logger = logging.getLogger(__name__)

METRICS_FILE = "evaluation_metrics.json"
REPORT_FILE = "evaluation_report.html"


def evaluate_files(
    training: Path,
    synthetic: Path,
    test: Path | None,
    output_dir: Path,
    params: EvaluationParameters | None = None,
    *,
    common_columns: bool = False,
    seed: int = 0,
) -> EvaluationResult:
    """Read the tables, evaluate, and write ``evaluation_metrics.json`` and
    ``evaluation_report.html`` into ``output_dir`` (created if needed).

    ``test`` is real data the generator never saw (the holdout); without it the holdout-based
    metrics (membership inference, DCR share, utility) are reported as unavailable. Tables with
    different columns are refused unless ``common_columns`` (see ``evaluation.column_sets``).

    Example:
        >>> result = evaluate_files(Path("train.csv"), Path("synthetic.csv"), Path("test.csv"),
        ...                         Path("out"))  # doctest: +SKIP
        >>> result.sqs_grade  # doctest: +SKIP
        'Very Good'
    """
    tables = {}
    for flag, path in (("--training", training), ("--synthetic", synthetic), ("--test", test)):
        if path is not None and not Path(path).exists():
            raise UserInputError(f"{path}: file not found; check the path given as {flag}")
        tables[flag] = read_table(path) if path is not None else None
    train_df, synth_df, test_df = tables["--training"], tables["--synthetic"], tables["--test"]
    schema = infer_schema(train_df)
    result = evaluate(
        train_df, synth_df, test_df, schema=schema, params=params, seed=seed, common_columns=common_columns
    )
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True, mode=0o700)  # the report holds training statistics
    atomic_write_json(output_dir / METRICS_FILE, result.to_dict())
    context = ReportContext(
        title=f"Evaluation of {Path(synthetic).name}",
        config={"evaluation": (params or EvaluationParameters()).model_dump(mode="json")},
        timings=dict(result.timings),
        dataset_stats={
            "training file": str(training),
            "synthetic file": str(synthetic),
            "test file": None if test is None else str(test),
        },
    )
    max_plotted = (params or EvaluationParameters()).report_max_plotted_columns
    write_report(result, output_dir / REPORT_FILE, context=context, max_plotted_columns=max_plotted)
    logger.info("wrote %s and %s to %s", METRICS_FILE, REPORT_FILE, output_dir)
    return result
