"""The outcome of an evaluation: scores, grades, per-metric details and what the report plots."""

from __future__ import annotations

from dataclasses import dataclass, field

from safe_synthesizer.evaluation.attribute import AttributeResult
from safe_synthesizer.evaluation.ceiling import QualityCeiling
from safe_synthesizer.evaluation.copying import CopyResult
from safe_synthesizer.evaluation.correlation import CorrelationResult
from safe_synthesizer.evaluation.deep_structure import DeepStructureResult
from safe_synthesizer.evaluation.distribution import ColumnDistribution
from safe_synthesizer.evaluation.grades import grade
from safe_synthesizer.evaluation.membership import MembershipResult
from safe_synthesizer.evaluation.pii_replay import PiiReplay
from safe_synthesizer.evaluation.text_semantic import TextSemantic
from safe_synthesizer.evaluation.text_structure import TextStructure
from safe_synthesizer.evaluation.utility import UtilityResult

SUB_SCORES = (
    "column_distribution_stability",
    "column_correlation_stability",
    "deep_structure_stability",
    "text_semantic_similarity",
    "text_structure_similarity",
)


@dataclass
class EvaluationResult:
    """Scores are floats on 0-10, or ``None`` when not measured (never test them for truth:
    0.0 is a real, graded score). ``unavailable`` maps a metric to the reason it is missing.
    ``to_dict()`` is the content of ``evaluation_metrics.json``."""

    sqs: float | None
    dps: float | None
    sub_scores: dict[str, float | None]
    distributions: list[ColumnDistribution] = field(default_factory=list)
    correlation: CorrelationResult | None = None
    deep_structure: DeepStructureResult | None = None
    text_semantic: list[TextSemantic] = field(default_factory=list)
    text_structure: list[TextStructure] = field(default_factory=list)
    membership: MembershipResult | None = None
    attribute: AttributeResult | None = None
    copying: CopyResult | None = None
    pii_replay: list[PiiReplay] = field(default_factory=list)
    utility: UtilityResult | None = None
    dataset: dict = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    unavailable: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # Columns compared, and those one table lacks or adds (only with ``common_columns``).
    column_sets: dict = field(default_factory=dict)
    column_failures: list[dict] = field(default_factory=list)
    # Set when SQS sits at the ceiling its sample size allows (``ceiling``): say so next to it.
    ceiling: QualityCeiling | None = None

    @property
    def sqs_grade(self) -> str | None:
        return grade(self.sqs)

    @property
    def dps_grade(self) -> str | None:
        return grade(self.dps)

    @property
    def mia(self) -> float | None:
        return None if self.membership is None else self.membership.score

    @property
    def aia(self) -> float | None:
        return None if self.attribute is None else self.attribute.score

    @property
    def copy_protection(self) -> float | None:
        return None if self.copying is None else self.copying.score

    def to_dict(self) -> dict:
        """Every score and detail as plain JSON types."""
        quality = {"score": self.sqs, "grade": self.sqs_grade}
        for name in SUB_SCORES:
            quality[name] = self.sub_scores.get(name)
            quality[f"{name}_grade"] = grade(self.sub_scores.get(name))
        quality["ceiling"] = None if self.ceiling is None else self.ceiling.to_dict()
        privacy = {
            "score": self.dps,
            "grade": self.dps_grade,
            "membership_inference_protection": self.mia,
            "membership_inference_protection_grade": grade(self.mia),
            "membership_inference_protection_interval": None
            if self.membership is None or self.membership.score_interval is None
            else list(self.membership.score_interval),
            "attribute_inference_protection_interval": None
            if self.attribute is None or self.attribute.score_interval is None
            else list(self.attribute.score_interval),
            "attribute_inference_protection": self.aia,
            "attribute_inference_protection_grade": grade(self.aia),
            "copy_protection": self.copy_protection,
            "copy_protection_grade": grade(self.copy_protection),
        }
        c = self.copying
        return {
            "synthetic_data_quality_score": quality,
            "data_privacy_score": privacy,
            "exact_match": None
            if c is None
            else {
                "synthetic_rate": c.exact_match_synthetic,
                "baseline_rate": c.exact_match_baseline,
                "baseline": c.baseline,
            },
            "distance_to_closest_record": None
            if c is None
            else {
                "share_closer_to_training": c.dcr_share,
                "share_closer_to_training_full_copy": c.dcr_share_full_copy,
                "median_synthetic": c.dcr_median_synthetic,
                "median_baseline": c.dcr_median_baseline,
                "close_threshold": c.close_threshold,
                "close_share_synthetic": c.close_share_synthetic,
                "close_share_baseline": c.close_share_baseline,
            },
            "nearest_neighbour_distance_ratio": None
            if c is None
            else {"median_synthetic": c.nndr_median_synthetic, "median_baseline": c.nndr_median_baseline},
            "membership_inference": None if self.membership is None else self.membership.to_dict(),
            "attribute_inference": None if self.attribute is None else self.attribute.to_dict(),
            "copy_detection": None if c is None else c.to_dict(),
            "pii_replay": [p.to_dict() for p in self.pii_replay],
            "utility": None if self.utility is None else self.utility.to_dict(),
            "columns": {
                "distribution": [d.to_dict() for d in self.distributions],
                "correlation": None if self.correlation is None else self.correlation.to_dict(),
                "deep_structure": None if self.deep_structure is None else self.deep_structure.to_dict(),
                "text_semantic": [t.to_dict() for t in self.text_semantic],
                "text_structure": [t.to_dict() for t in self.text_structure],
            },
            "dataset": self.dataset,
            "timings": self.timings,
            "unavailable": self.unavailable,
            "notes": self.notes,
            "column_sets": self.column_sets,
            "column_failures": self.column_failures,
        }
