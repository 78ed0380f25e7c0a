"""Plain-words guidance on a DP run: preflight warnings and what epsilon/delta mean.

Example:
    >>> preflight_warnings(n_units=2_000, epsilon=8.0, unit="record")[0][:44]
    'Differential privacy with only 2,000 records'
"""

from __future__ import annotations

import math
from typing import Any

RECOMMENDED_MIN_UNITS = 10_000


def _unit_words(unit: str, n: int | None = None) -> str:
    entity = unit.startswith("entity:")
    word = f"entities (distinct values of {unit.split(':', 1)[1]!r})" if entity else "records"
    return word if n is None else f"{n:,} {word}"


def preflight_warnings(*, n_units: int, epsilon: float, unit: str) -> list[str]:
    """Warnings to show before a DP run (small data, very small or very large epsilon)."""
    out = []
    if n_units < RECOMMENDED_MIN_UNITS:
        out.append(
            f"Differential privacy with only {_unit_words(unit, n_units)}: the noise needed for the "
            f"guarantee weighs heavily below {RECOMMENDED_MIN_UNITS:,} units; expect lower quality, "
            "or add data, or raise privacy.epsilon."
        )
    if epsilon < 1:
        out.append(f"privacy.epsilon={epsilon:g} is a very strong guarantee: expect a marked loss of quality.")
    if epsilon > 20:
        out.append(
            f"privacy.epsilon={epsilon:g} is a weak guarantee: it bounds little beyond what non-DP training does."
        )
    return out


def plain_words(summary: dict[str, Any]) -> str:
    """One paragraph explaining a ``PrivacyBudget.summary()`` to a non-specialist.

    Example:
        >>> text = plain_words({"epsilon_total": 7.9, "delta": 4e-6, "unit": "entity:patient_id"})
        >>> "patient_id" in text and "7.9" in text
        True
    """
    eps = float(summary["epsilon_total"])
    delta = float(summary["delta"])
    unit = str(summary.get("unit", "record"))
    one = (
        "one entity (all records sharing a value of " + repr(unit.split(":", 1)[1]) + ")"
        if unit.startswith("entity:")
        else "one record"
    )
    factor = math.exp(eps)
    factor_text = f"{factor:,.0f}" if factor >= 10 else f"{factor:.2g}"
    return (
        f"This synthetic data is ({eps:.3g}, {delta:.2g})-differentially private at the level of {one}. "
        f"Adding or removing {one} from the input changes the probability of any result (the model, "
        f"the synthetic data) by at most a factor of e^{eps:.3g} (about {factor_text}), except with "
        f"probability {delta:.2g}. "
        "Smaller epsilon means stronger protection; the budget adds up over every release made from the "
        "same data, which the local privacy ledger tracks."
    )
