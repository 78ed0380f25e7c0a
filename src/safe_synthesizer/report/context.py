"""Run information shown beside the scores in the report (all optional)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ReportContext:
    """What the pipeline knows about the run that produced the synthetic table.

    ``privacy`` holds the DP accounting when DP-SGD ran (epsilon, delta, unit, itemisation);
    ``pii`` the PII stage's per-column report (column, entity, confidence, n_replaced, strategy).
    ``released_codec`` is a DP run's ``train/model/codec.json`` (its DP-released vocabularies,
    bounds and bins, shown by the releasable report); leave it ``None`` for a non-DP run, whose
    codec holds exact training statistics.
    """

    title: str = "Synthetic data evaluation"
    config: dict = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    dataset_stats: dict = field(default_factory=dict)
    generation: dict = field(default_factory=dict)
    privacy: dict | None = None
    pii: list[dict] | None = None
    released_codec: dict | None = None
