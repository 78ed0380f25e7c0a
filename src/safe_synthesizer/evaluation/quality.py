"""Quality stage: the five SQS sub-scores from prepared tables."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np

from safe_synthesizer.config.evaluation import EvaluationParameters
from safe_synthesizer.evaluation.ceiling import real_sample_reference
from safe_synthesizer.evaluation.columns import ColumnRoles, Table, sample_rows
from safe_synthesizer.evaluation.correlation import CorrelationResult, correlation_stability
from safe_synthesizer.evaluation.deep_structure import DeepStructureResult, deep_structure
from safe_synthesizer.evaluation.distribution import (
    ColumnDistribution,
    column_distributions,
    distance_to_score,
    distribution_stability,
)
from safe_synthesizer.evaluation.rare_categories import pool_rare_categories
from safe_synthesizer.evaluation.sample_sizes import EqualSizes, reference_draws
from safe_synthesizer.evaluation.text_semantic import EmbeddingUnavailable, TextSemantic, load_model, text_semantic
from safe_synthesizer.evaluation.text_structure import TextStructure, text_structure

logger = logging.getLogger(__name__)


@dataclass
class QualityParts:
    sub_scores: dict[str, float | None] = field(default_factory=dict)
    distributions: list[ColumnDistribution] = field(default_factory=list)
    correlation: CorrelationResult | None = None
    deep_structure: DeepStructureResult | None = None
    text_semantic: list[TextSemantic] = field(default_factory=list)
    text_structure: list[TextStructure] = field(default_factory=list)
    unavailable: dict[str, str] = field(default_factory=dict)
    sizes: EqualSizes | None = None
    # What two real training samples of the compared size score against each other, and their
    # size (``ceiling.real_sample_reference``): the ceiling the sample size allows.
    reference: tuple[float | None, int] | None = None


def tabular_quality(training: Table, synthetic: Table, roles: ColumnRoles, rng: np.random.Generator) -> QualityParts:
    """Distribution, correlation and deep-structure stability over the tabular columns, on
    equal-size samples of both tables (``parts.sizes`` says what was subsampled)."""
    parts = QualityParts()
    columns = roles.tabular
    if not columns:
        for name in ("column_distribution_stability", "column_correlation_stability", "deep_structure_stability"):
            parts.sub_scores[name] = None
            parts.unavailable[name] = "no numeric or categorical columns"
        return parts
    # Like with like: association and histogram distances depend on the sample size (see sample_sizes);
    # a large training table gives several disjoint draws of that size, and the sub-scores are their mean.
    training_full = training
    references, synthetic, parts.sizes = reference_draws(training, synthetic)
    # Names, titles, cities: one-off values are compared as one tail cell (see rare_categories).
    training, pooled = pool_rare_categories(references[0], synthetic)
    parts.distributions = column_distributions(training, pooled, columns)
    parts.correlation = correlation_stability(training, pooled, columns)
    parts.deep_structure = deep_structure(training, pooled, columns, rng)
    if len(references) > 1:
        _average_over_draws(parts, references[1:], synthetic, columns)
    parts.reference = real_sample_reference(training_full, parts.sizes.rows, columns)
    parts.sub_scores["column_distribution_stability"] = distribution_stability(parts.distributions)
    parts.sub_scores["column_correlation_stability"] = parts.correlation.score
    if parts.correlation.score is None:
        parts.unavailable["column_correlation_stability"] = "fewer than two tabular columns"
    parts.sub_scores["deep_structure_stability"] = parts.deep_structure.score
    if parts.deep_structure.score is None:
        parts.unavailable["deep_structure_stability"] = "too few rows"
    return parts


def _average_over_draws(parts: QualityParts, others: list[Table], synthetic: Table, columns: list[str]) -> None:
    """Per-column distances and the correlation and deep-structure scores of ``parts`` (the first
    draw) replaced by their means over every draw; histograms, matrices and projected points stay
    the first draw's (what the report plots)."""
    distances = [[d.distance for d in parts.distributions]]
    correlation = [parts.correlation.score] if parts.correlation else []
    structure = [parts.deep_structure.score] if parts.deep_structure else []
    for reference in others:
        reference, pooled = pool_rare_categories(reference, synthetic)
        distances.append([d.distance for d in column_distributions(reference, pooled, columns)])
        correlation.append(correlation_stability(reference, pooled, columns).score)
        # Its own generator: the scatter points it draws are never shown, and the caller's stream
        # (which the privacy metrics use next) must not depend on the number of draws.
        structure.append(deep_structure(reference, pooled, columns, np.random.default_rng(0)).score)
    for column, mean in zip(parts.distributions, np.mean(distances, axis=0), strict=True):
        column.distance, column.score = float(mean), distance_to_score(float(mean))
    if parts.correlation is not None and None not in correlation:
        parts.correlation.score = float(np.mean(correlation))
    if parts.deep_structure is not None and None not in structure:
        parts.deep_structure.score = float(np.mean(structure))


def text_quality(
    parts: QualityParts,
    training: Table,
    synthetic: Table,
    holdout: Table | None,
    roles: ColumnRoles,
    params: EvaluationParameters,
    rng: np.random.Generator,
) -> None:
    """Text structure and semantic similarity per text column (into ``parts``)."""
    if not roles.text:
        return
    for column in roles.text:
        result = text_structure(column, training.text[column], synthetic.text[column])
        if result is not None:
            parts.text_structure.append(result)
    parts.sub_scores["text_structure_similarity"] = (
        float(np.mean([t.score for t in parts.text_structure])) if parts.text_structure else None
    )
    if not parts.text_structure:
        parts.unavailable["text_structure_similarity"] = "no non-empty text cells"
    try:
        model = load_model(params.embedding_model_path)
    except EmbeddingUnavailable as exc:
        parts.sub_scores["text_semantic_similarity"] = None
        parts.unavailable["text_semantic_similarity"] = f"unavailable: {exc}"
        logger.warning("text semantic similarity unavailable: %s", exc)
        return
    cap = params.text_sample_rows
    for column in roles.text:
        train = _non_empty(training.text[column], cap, rng)
        synth = _non_empty(synthetic.text[column], cap, rng)
        test = _non_empty(holdout.text[column], cap, rng) if holdout is not None else None
        result = text_semantic(column, model, train, synth, test)
        if result is not None:
            parts.text_semantic.append(result)
    parts.sub_scores["text_semantic_similarity"] = (
        float(np.mean([t.score for t in parts.text_semantic])) if parts.text_semantic else None
    )
    if not parts.text_semantic:
        parts.unavailable["text_semantic_similarity"] = "unavailable: not enough non-empty text cells"


def _non_empty(cells: list[str | None], cap: int, rng: np.random.Generator) -> list[str]:
    texts = [t for t in cells if t is not None]
    return [texts[i] for i in sample_rows(len(texts), cap, rng)]
