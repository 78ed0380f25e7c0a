"""Quality stage: the five SQS sub-scores from prepared tables."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np

from safe_synthesizer.config.evaluation import EvaluationParameters
from safe_synthesizer.evaluation.columns import ColumnRoles, Table, sample_rows
from safe_synthesizer.evaluation.correlation import CorrelationResult, correlation_stability
from safe_synthesizer.evaluation.deep_structure import DeepStructureResult, deep_structure
from safe_synthesizer.evaluation.distribution import (
    ColumnDistribution,
    column_distributions,
    distribution_stability,
)
from safe_synthesizer.evaluation.rare_categories import pool_rare_categories
from safe_synthesizer.evaluation.sample_sizes import EqualSizes, equal_sizes
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
    # Like with like: association and histogram distances depend on the sample size (see sample_sizes).
    training, synthetic, parts.sizes = equal_sizes(training, synthetic)
    # Names, titles, cities: one-off values are compared as one tail cell (see rare_categories).
    training, synthetic = pool_rare_categories(training, synthetic)
    parts.distributions = column_distributions(training, synthetic, columns)
    parts.sub_scores["column_distribution_stability"] = distribution_stability(parts.distributions)
    parts.correlation = correlation_stability(training, synthetic, columns)
    parts.sub_scores["column_correlation_stability"] = parts.correlation.score
    if parts.correlation.score is None:
        parts.unavailable["column_correlation_stability"] = "fewer than two tabular columns"
    parts.deep_structure = deep_structure(training, synthetic, columns, rng)
    parts.sub_scores["deep_structure_stability"] = parts.deep_structure.score
    if parts.deep_structure.score is None:
        parts.unavailable["deep_structure_stability"] = "too few rows"
    return parts


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
