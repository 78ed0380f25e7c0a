"""The DP training defaults that depend on the privacy settings (public inputs only)."""

from __future__ import annotations

import pytest

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.models.builtin.defaults import (
    DP_LEARNING_RATE,
    DP_SMALL_EPSILON_LEARNING_RATE,
    resolve_training_defaults,
)


def _dp(epsilon: float, **training: object) -> SafeSynthesizerParameters:
    return SafeSynthesizerParameters.model_validate(
        {"privacy": {"dp_enabled": True, "epsilon": epsilon}, "training": training}
    )


@pytest.mark.parametrize(
    ("epsilon", "expected"),
    [(0.5, DP_SMALL_EPSILON_LEARNING_RATE), (1.0, DP_SMALL_EPSILON_LEARNING_RATE), (1.5, DP_LEARNING_RATE),
     (8.0, DP_LEARNING_RATE)],
)
def test_small_epsilon_trains_at_the_higher_dp_learning_rate(epsilon, expected):
    assert DP_SMALL_EPSILON_LEARNING_RATE > DP_LEARNING_RATE
    assert resolve_training_defaults(_dp(epsilon), 26_049).learning_rate == expected


def test_an_explicit_learning_rate_wins_under_dp():
    assert resolve_training_defaults(_dp(1.0, learning_rate=0.003), 26_049).learning_rate == 0.003
