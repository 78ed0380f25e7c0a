"""The evaluation entry point: score a synthetic table against its training (and holdout) table."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable

import numpy as np
import pandas as pd

from safe_synthesizer.config.evaluation import EvaluationParameters
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.evaluation.ceiling import quality_ceiling
from safe_synthesizer.evaluation.column_sets import check_columns, compare_columns
from safe_synthesizer.evaluation.columns import ColumnRoles, Table, prepare, sample_rows
from safe_synthesizer.evaluation.distribution import distance_to_score
from safe_synthesizer.evaluation.pii_replay import pii_replay
from safe_synthesizer.evaluation.privacy import measure_privacy
from safe_synthesizer.evaluation.quality import QualityParts, tabular_quality, text_quality
from safe_synthesizer.evaluation.result import SUB_SCORES, EvaluationResult
from safe_synthesizer.evaluation.scores import (
    TABULAR_WEIGHTS,
    combine_dps,
    combine_dps_without_membership,
    combine_sqs,
    weighted_mean,
)
from safe_synthesizer.evaluation.utility import utility

logger = logging.getLogger(__name__)


def evaluate(
    training: pd.DataFrame,
    synthetic: pd.DataFrame,
    holdout: pd.DataFrame | None = None,
    *,
    schema: TableSchema | None = None,
    params: EvaluationParameters | None = None,
    pii_columns: dict[str, str] | None = None,
    seed: int = 0,
    pii_source: pd.DataFrame | Iterable[pd.DataFrame] | None = None,
    common_columns: bool = False,
    histories: tuple[str, str] | None = None,
    synthetic_rows: int | None = None,
) -> EvaluationResult:
    """Score ``synthetic`` for quality (SQS), privacy (DPS) and utility.

    ``holdout`` holds real records the generator never saw: it is the baseline of the privacy
    metrics and the test set of the utility models (without it, membership inference, DCR share
    and utility are reported as unavailable). ``pii_columns`` maps column -> detected entity for
    the PII replay table; ``pii_source`` is the table whose values are looked for (default:
    ``training``; pass the original table when ``training`` already had its PII replaced, so
    the replay table measures whether real personal values leak; a stream of chunks of a large
    table gives the same table). Same inputs and ``seed`` give
    the same result, whatever PYTHONHASHSEED.

    Tables with different columns are refused with the differences listed (``UserInputError``);
    with ``common_columns=True`` the shared columns are scored and each training column the
    synthetic table lacks counts as a failed column (the largest distribution distance).

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"x": range(300), "c": ["a", "b", "c"] * 100})
        >>> result = evaluate(df.iloc[:200], df.iloc[:200], df.iloc[200:])
        >>> result.sqs_grade, result.dps_grade
        ('Excellent', 'Poor')
    """
    params = params or EvaluationParameters()
    started = time.perf_counter()
    timings: dict[str, float] = {}
    if training.empty or synthetic.empty:
        which = "training" if training.empty else "synthetic"
        raise UserInputError(f"the {which} table is empty: evaluation needs rows in both tables")
    if schema is None:
        from safe_synthesizer.data.inference import infer_schema

        schema = infer_schema(training)
    column_sets = compare_columns(training, synthetic, holdout)
    check_columns(column_sets, common_columns=common_columns)
    available = column_sets.common
    notes = [f"not evaluated, counted as failures: {column_sets.describe()}"] if column_sets.differs else []
    if synthetic_rows is not None and synthetic_rows > len(synthetic):
        # ``synthetic`` is a uniform sample of a larger output (``data.chunked.read_sample``).
        notes.append(
            f"synthetic table: a uniform random sample of {len(synthetic):,} of its "
            f"{synthetic_rows:,} records was evaluated"
        )
    if holdout is not None and holdout.empty:
        holdout = None
        notes.append("the holdout table is empty: holdout-based metrics are unavailable")
    roles = ColumnRoles.from_schema(schema, available, params.sqs_report_columns)
    rng = np.random.default_rng(seed)

    t0 = time.perf_counter()
    train_full, synth_full = prepare(training, roles), prepare(synthetic, roles)
    hold_full = prepare(holdout, roles) if holdout is not None else None
    timings["prepare"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    cap = params.sqs_report_rows
    train_q = train_full.take(sample_rows(train_full.n_rows, cap, rng))
    synth_q = synth_full.take(sample_rows(synth_full.n_rows, cap, rng))
    quality = tabular_quality(train_q, synth_q, roles, rng)
    timings["quality_tabular"] = time.perf_counter() - t0
    if quality.sizes is not None and quality.sizes.describe():
        notes.append(quality.sizes.describe())
    t0 = time.perf_counter()
    text_quality(quality, train_q, synth_q, hold_full, roles, params, rng)
    if roles.text:
        timings["quality_text"] = time.perf_counter() - t0
    _mark_missing_text(quality, roles)
    _count_missing_columns(quality, column_sets.missing.get("synthetic", []))

    t0 = time.perf_counter()
    privacy = measure_privacy(train_full, synth_full, hold_full, roles, params, rng)
    timings["privacy"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    util = utility(
        train_full,
        synth_full,
        hold_full,
        roles.tabular,
        params.target_column,
        max_rows=params.utility_max_rows,
        rng=rng,
        seed=seed,
    )
    timings["utility"] = time.perf_counter() - t0

    replay = []
    if params.pii_replay_enabled and pii_columns:
        replay = pii_replay(training if pii_source is None else pii_source, synthetic, pii_columns)

    sub_scores = {name: quality.sub_scores.get(name) for name in SUB_SCORES}
    n_text = (
        len(roles.text)
        if (sub_scores["text_semantic_similarity"] is not None or sub_scores["text_structure_similarity"] is not None)
        else 0
    )
    sqs = combine_sqs(sub_scores, len(roles.tabular), n_text)
    # A missing synthetic column already lowered the score; no ceiling is claimed then.
    ceiling = None if column_sets.missing.get("synthetic") else quality_ceiling(
        sqs, weighted_mean(sub_scores, TABULAR_WEIGHTS), quality.reference, quality.sizes, has_text=n_text > 0
    )
    copy_score = None if privacy.copying is None else privacy.copying.score
    aia_score = None if privacy.attribute is None else privacy.attribute.score
    if privacy.membership is None and params.mia_enabled:
        # Never graded on the attribute attack alone (1 holdout row once gave "Excellent").
        dps = combine_dps_without_membership(aia_score, copy_score)
        if dps is None:
            privacy.unavailable["data_privacy_score"] = privacy.unavailable.get(
                "membership_inference", "membership inference not measured"
            )
    else:
        dps = combine_dps(None if privacy.membership is None else privacy.membership.score, aia_score, copy_score)
    timings["total"] = time.perf_counter() - started
    logger.info(
        "evaluation done in %.1fs (sqs=%s, dps=%s)",
        timings["total"],
        None if sqs is None else round(sqs, 2),
        None if dps is None else round(dps, 2),
    )
    return EvaluationResult(
        sqs=sqs,
        dps=dps,
        sub_scores=sub_scores,
        distributions=quality.distributions,
        correlation=quality.correlation,
        deep_structure=quality.deep_structure,
        text_semantic=quality.text_semantic,
        text_structure=quality.text_structure,
        membership=privacy.membership,
        attribute=privacy.attribute,
        copying=privacy.copying,
        pii_replay=replay,
        utility=util,
        dataset=_with_histories(
            {
                **_dataset_stats(training, synthetic, holdout, schema, roles, train_full),
                **({"quality_sample": quality.sizes.to_dict()} if quality.sizes is not None else {}),
            },
            training,
            synthetic,
            schema,
            histories,
            seed,
        ),
        timings=timings,
        unavailable={
            **quality.unavailable,
            **privacy.unavailable,
            **({"utility": util.unavailable} if util.unavailable else {}),
        },
        notes=notes,
        column_sets=column_sets.to_dict(),
        column_failures=column_sets.failures(),
        ceiling=ceiling,
    )


def _count_missing_columns(quality: QualityParts, missing: list[str]) -> None:
    """A training column the synthetic table lacks is as far from its distribution as can be
    (JS distance 1): with ``common_columns`` it lowers the score instead of vanishing from it."""
    if not missing:
        return
    distances = [d.distance for d in quality.distributions] + [1.0] * len(missing)
    quality.sub_scores["column_distribution_stability"] = distance_to_score(float(np.mean(distances)))


def _with_histories(dataset: dict, training, synthetic, schema, histories, seed: int) -> dict:
    """``histories`` (entity column, time column): add the sequence metrics as ``dataset["sequences"]``."""
    if not histories or not all(c in training.columns and c in synthetic.columns for c in histories):
        return dataset
    from safe_synthesizer.evaluation.sequences import sequence_metrics

    metrics = sequence_metrics(training, synthetic, schema, histories[0], histories[1], seed=seed)
    return {**dataset, "sequences": metrics.to_dict()}


def _mark_missing_text(quality: QualityParts, roles: ColumnRoles) -> None:
    if not roles.text:
        for name in ("text_semantic_similarity", "text_structure_similarity"):
            quality.sub_scores[name] = None
            quality.unavailable.setdefault(name, "no text columns")


def _dataset_stats(
    training: pd.DataFrame,
    synthetic: pd.DataFrame,
    holdout: pd.DataFrame | None,
    schema: TableSchema,
    roles: ColumnRoles,
    train_table: Table,
) -> dict:
    columns = []
    for column in schema.columns:
        if column.name not in training.columns:
            continue
        columns.append(
            {
                "name": column.name,
                "type": column.type.value,
                "evaluated_as": (
                    "numeric"
                    if column.name in roles.numeric
                    else "categorical"
                    if column.name in roles.categorical
                    else "text"
                    if column.name in roles.text
                    else "skipped"
                ),
                "unique_training": int(training[column.name].nunique(dropna=True)),
                "missing_training": float(training[column.name].isna().mean()),
                "missing_synthetic": float(synthetic[column.name].isna().mean()) if column.name in synthetic else None,
            }
        )
    return {
        "training_rows": len(training),
        "synthetic_rows": len(synthetic),
        "holdout_rows": None if holdout is None else len(holdout),
        "columns": len(training.columns),
        "tabular_columns": len(roles.tabular),
        "text_columns": len(roles.text),
        "column_details": columns,
    }
