"""Grade bands shared by every 0-10 score (same bands as NeMo Safe Synthesizer)."""

from __future__ import annotations

import math

GRADE_BANDS: tuple[tuple[float, str], ...] = (
    (2.0, "Poor"),
    (4.0, "Moderate"),
    (6.0, "Good"),
    (8.0, "Very Good"),
    (math.inf, "Excellent"),
)

QUALITY_MEANING: dict[str, str] = {
    "Excellent": "The synthetic data keeps the training data's distributions and relationships closely; "
    "fit for analytics and model training that need them.",
    "Very Good": "Distributions and most relationships are kept; suitable for most analytics and "
    "machine-learning uses.",
    "Good": "The broad shape of the data is kept, some relationships are weakened; check the columns "
    "that matter to you.",
    "Moderate": "Several distributions or relationships differ noticeably; fit for demos and testing "
    "pipelines, not for analysis.",
    "Poor": "The synthetic data does not reproduce the training data; do not rely on it for analysis.",
}

PRIVACY_MEANING: dict[str, str] = {
    "Excellent": "No measurable leakage: an attacker learns about as much about training records as "
    "about people who were never in the training data.",
    "Very Good": "Little leakage: attacks do only slightly better on training records than on unseen ones.",
    "Good": "Some leakage: attacks have a noticeable edge on training records; review the privacy "
    "panels before releasing.",
    "Moderate": "Substantial leakage: many synthetic records sit unusually close to training records; "
    "do not release without stronger protection (e.g. differential privacy).",
    "Poor": "The synthetic data copies or nearly copies training records: do not release it.",
}


def grade(score: float | None) -> str | None:
    """The grade of a 0-10 score; ``None`` stays ``None`` (a real 0.0 is graded "Poor").

    >>> grade(0.0), grade(7.99), grade(8.0), grade(None)
    ('Poor', 'Very Good', 'Excellent', None)
    """
    if score is None or (isinstance(score, float) and math.isnan(score)):
        return None
    for upper, name in GRADE_BANDS:
        if score < upper:
            return name
    return GRADE_BANDS[-1][1]


def clip_score(value: float) -> float:
    """Clamp to the 0-10 scale (rounding errors can step just outside)."""
    return float(min(10.0, max(0.0, value)))
