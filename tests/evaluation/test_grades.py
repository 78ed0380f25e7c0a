import math

import pytest

from safe_synthesizer.evaluation.grades import clip_score, grade


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (0.0, "Poor"),
        (1.999, "Poor"),
        (2.0, "Moderate"),
        (4.0, "Good"),
        (6.0, "Very Good"),
        (8.0, "Excellent"),
        (10.0, "Excellent"),
    ],
)
def test_grade_bands(score, expected):
    assert grade(score) == expected


def test_missing_is_not_graded_but_zero_is():
    assert grade(None) is None
    assert grade(math.nan) is None
    assert grade(0.0) == "Poor"


def test_clip_score():
    assert clip_score(10.0000001) == 10.0
    assert clip_score(-1e-9) == 0.0
