import numpy as np

from safe_synthesizer.evaluation.columns import ColumnRoles, prepare
from safe_synthesizer.evaluation.deep_structure import deep_structure, distance_to_score

from .conftest import uniform_columns


def test_mapping():
    assert distance_to_score(0.0) == 10.0
    assert distance_to_score(1.0) == 10 * np.exp(-1.6)


def test_copy_ten_uniform_low(adult_train, schema):
    roles = ColumnRoles.from_schema(schema, list(adult_train.columns), 250)
    train = prepare(adult_train, roles)
    same = deep_structure(train, train, roles.tabular, np.random.default_rng(0))
    noise = deep_structure(train, prepare(uniform_columns(adult_train), roles), roles.tabular, np.random.default_rng(0))
    assert same.score == 10.0
    assert noise.score < 6.0
    assert same.training_points.shape[1] == 2
