import numpy as np
import pytest

from safe_synthesizer.evaluation.columns import ColumnRoles, prepare
from safe_synthesizer.evaluation.utility import choose_target, macro_auc, utility

from .conftest import shuffled_columns


def test_macro_auc_binary_matches_hand_case():
    y = np.array(["a", "a", "b", "b"])
    proba = np.array([[0.9, 0.1], [0.6, 0.4], [0.35, 0.65], [0.2, 0.8]])
    assert macro_auc(y, proba, ["a", "b"]) == 1.0
    assert macro_auc(y, proba, ["a", "c"]) == pytest.approx((1.0 + 0.5) / 2)


def test_auto_target_is_last_low_cardinality_column(adult_train, schema):
    roles = ColumnRoles.from_schema(schema, list(adult_train.columns), 250)
    table = prepare(adult_train, roles)
    assert choose_target(table, roles.tabular, None) == ("income", "classification")
    assert choose_target(table, roles.tabular, "age") == ("age", "regression")
    assert choose_target(table, roles.tabular, "missing") == (None, None)


def test_tstr_real_sample_close_to_real_shuffled_far(adult_train, adult_holdout, schema):
    roles = ColumnRoles.from_schema(schema, list(adult_train.columns), 250)
    train = prepare(adult_train, roles)
    test = prepare(adult_holdout.iloc[:1000], roles)
    real_like = prepare(adult_holdout.iloc[1000:2000], roles)
    noise = prepare(shuffled_columns(adult_train), roles)
    rng = np.random.default_rng(0)
    good = utility(train, real_like, test, roles.tabular, None, max_rows=1000, rng=rng, seed=0)
    bad = utility(train, noise, test, roles.tabular, None, max_rows=1000, rng=rng, seed=0)
    assert good.task == "classification" and good.n_train_rows == 1000
    assert abs(good.real["auc"] - good.synthetic["auc"]) < 0.05
    assert bad.synthetic["auc"] < 0.65 < bad.real["auc"]
    none = utility(train, real_like, None, roles.tabular, None, max_rows=1000, rng=rng, seed=0)
    assert "holdout" in none.unavailable


def test_auto_target_prefers_few_classes_then_falls_back_to_regression():
    from safe_synthesizer.evaluation.columns import Table

    n = 40
    table = Table(
        n,
        {"x": np.arange(n, dtype=float), "y": np.linspace(0, 1, n)},
        {
            "many": np.array([str(i % 5) for i in range(n)], dtype=object),
            "two": np.array(["a", "b"] * 20, dtype=object),
        },
        {},
    )
    assert choose_target(table, ["x", "two", "many", "y"], None) == ("two", "classification")
    assert choose_target(table, ["x", "y"], None) == ("y", "regression")



def test_synthetic_class_seen_once_does_not_break_the_utility_model():
    """A generator may emit a rare class once (a DP model did); that row is left out of the fit.

    Over 10,000 rows the model holds out a stratified early-stopping split, which refuses singletons.
    """
    from safe_synthesizer.evaluation.columns import Table
    from safe_synthesizer.evaluation.utility import _fit_and_score

    n = 10_500
    x = np.arange(n, dtype=float)
    labels = np.where(x % 2 == 0, "a", "b").astype(object)
    labels[0] = "c"
    synthetic = Table(n, {"x": x}, {"t": labels}, {})
    test = Table(100, {"x": np.arange(100, dtype=float)}, {"t": np.array(["a", "b"] * 50, dtype=object)}, {})
    scores = _fit_and_score(synthetic, test, "t", "classification", ["x"], seed=0)
    assert 0 <= scores["accuracy"] <= 1


def test_a_feature_empty_on_the_training_side_does_not_crash_the_utility_model():
    import numpy as np
    import pandas as pd

    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
    from safe_synthesizer.evaluation import evaluate

    rng = np.random.default_rng(0)
    n = 300
    training = pd.DataFrame({"a": rng.normal(size=n), "b": np.full(n, np.nan), "c": rng.choice(["x", "y"], n)})
    synthetic = training.assign(a=rng.normal(size=n), b=rng.normal(size=n))
    schema = TableSchema([ColumnSchema("a", ColumnType.FLOAT), ColumnSchema("b", ColumnType.FLOAT),
                          ColumnSchema("c", ColumnType.CATEGORICAL)])
    result = evaluate(training, synthetic, training.sample(50, random_state=1), schema=schema)
    assert result.sqs is not None


@pytest.mark.parametrize("target", ["c", "a"])
def test_a_synthetic_target_that_is_all_missing_does_not_crash(target):
    import numpy as np
    import pandas as pd

    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
    from safe_synthesizer.evaluation import evaluate

    rng = np.random.default_rng(1)
    n = 300
    training = pd.DataFrame({"a": rng.normal(size=n), "c": rng.choice(["x", "y"], n)})
    synthetic = training.assign(**{target: None})
    schema = TableSchema([ColumnSchema("a", ColumnType.FLOAT), ColumnSchema("c", ColumnType.CATEGORICAL)])
    result = evaluate(training, synthetic, training.sample(60, random_state=2), schema=schema)
    assert result.sqs is not None
