"""Plain-words guidance on a DP run: preflight warnings and what epsilon/delta mean.

Example:
    >>> preflight_warnings(n_units=2_000, epsilon=8.0, unit="record")[0][:38]
    'differential privacy with 2000 records'
"""

from __future__ import annotations

import math
from typing import Any

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.quantiles import bounds_min_units

RECOMMENDED_MIN_UNITS = 10_000
# Warn when the units are fewer than this many times what one magnitude bin needs (a column's
# units spread over several bins; below ~10x only the densest bins are found, the tails are lost).
FEW_UNITS_FOR_RANGES = 10.0


def _unit_words(unit: str, n: int | None = None) -> str:
    entity = unit.startswith("entity:")
    word = f"entities (distinct values of {unit.split(':', 1)[1]!r})" if entity else "records"
    return word if n is None else f"{n:,} {word}"


def preflight_warnings(
    *, n_units: int, epsilon: float, unit: str, epsilon_per_statistic: float | None = None
) -> list[str]:
    """Warnings to show before a DP run (small data, very small or very large epsilon).

    With ``epsilon_per_statistic`` (``codec_statistics.plan_statistics``) it also warns when the
    units are too few for the DP statistics to find the numeric ranges: those columns are then
    generated empty.
    """
    out = []
    if epsilon_per_statistic is not None:
        needed = bounds_min_units(epsilon_per_statistic)
        if n_units < FEW_UNITS_FOR_RANGES * needed:
            out.append(
                f"Differential privacy with {_unit_words(unit, n_units)} at epsilon {epsilon:g} is too little for "
                f"the DP statistics (epsilon {epsilon_per_statistic:.2g} each): a numeric range is found only where "
                f"about {needed:,.0f} units share a power-of-two magnitude, so ranges come out coarse and columns "
                "without one are generated empty. Give known ranges in privacy.public_bounds (and categories "
                "in privacy.public_categories), raise privacy.epsilon, or add units."
            )
    if n_units < RECOMMENDED_MIN_UNITS:
        entity = unit.split(":", 1)[1] if unit.startswith("entity:") else None
        units = f"entities ('{entity}')" if entity else "records"
        out.insert(
            0,
            f"differential privacy with {n_units} {units}: under {RECOMMENDED_MIN_UNITS} the noise usually "
            "costs much quality",
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


def check_privacy_filter(*, dp: bool, privacy_filter: bool) -> None:
    """Refuse ``generation.privacy_filter`` on a DP model: the one place this rule lives.

    Example:
        >>> check_privacy_filter(dp=False, privacy_filter=True)
        >>> check_privacy_filter(dp=True, privacy_filter=True)
        Traceback (most recent call last):
        ...
        safe_synthesizer.errors.ConfigError: generation.privacy_filter: the filter compares the output with the \
training records outside the DP accounting, so epsilon would no longer cover the released data; turn it off \
for a DP run (DP already limits copying)
    """
    if dp and privacy_filter:
        raise ConfigError(
            "generation.privacy_filter: the filter compares the output with the training records outside "
            "the DP accounting, so epsilon would no longer cover the released data; turn it off for a "
            "DP run (DP already limits copying)"
        )
