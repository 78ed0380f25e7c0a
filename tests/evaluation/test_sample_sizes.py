"""Equal-size quality samples: the score compares like with like (issue 9's evaluator bias)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.evaluation.conftest import adult_schema, read_adult

from safe_synthesizer.config.evaluation import EvaluationParameters
from safe_synthesizer.evaluation import evaluate
from safe_synthesizer.evaluation.columns import Table
from safe_synthesizer.evaluation.sample_sizes import QUALITY_SAMPLE_SEED, equal_sizes, reference_draws

QUALITY_ONLY = EvaluationParameters(mia_enabled=False, aia_enabled=False, pii_replay_enabled=False)


def _table(n: int) -> Table:
    return Table(n, {"x": np.arange(n, dtype=float)}, {"c": np.array(["a", "b"] * (n // 2), dtype=object)}, {})


def test_larger_side_is_subsampled_with_the_fixed_seed():
    big, small = _table(100), _table(40)
    a, b, note = equal_sizes(big, small)
    assert (a.n_rows, b.n_rows) == (40, 40)
    assert len(set(a.numeric["x"].tolist())) == 40 and np.all(np.diff(a.numeric["x"]) > 0)  # distinct, in order
    assert b.numeric["x"].tolist() == list(range(40))  # the smaller side is untouched
    assert note.subsampled == "training" and note.seed == QUALITY_SAMPLE_SEED
    assert "training table subsampled from 100 to 40 rows" in note.describe()
    again, _, _ = equal_sizes(big, small)
    assert again.numeric["x"].tolist() == a.numeric["x"].tolist()  # same tables, same sample
    c, d, note = equal_sizes(small, big)
    assert (c.n_rows, d.n_rows, note.subsampled) == (40, 40, "synthetic")
    assert equal_sizes(small, _table(40))[2].describe() is None


def _people(n: int, seed: int) -> pd.DataFrame:
    """Many-valued name column, a date-like number and a weakly related category."""
    rng = np.random.default_rng(seed)
    names = np.array([f"name{i}" for i in rng.zipf(1.3, size=n) % 400], dtype=object)
    born = rng.normal(1970, 15, size=n).round()
    group = np.where(born + rng.normal(0, 10, size=n) > 1970, "young", "old")
    return pd.DataFrame({"name": names, "born": born, "group": group})


def test_same_population_scores_alike_whatever_the_sizes():
    """The bias the fix removes: 1,000 rows against 1,900 used to score lower than 1,000 against
    1,000 of the same population (name ~ born eta grows as the sample shrinks)."""
    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema

    schema = TableSchema(
        [
            ColumnSchema("name", ColumnType.CATEGORICAL),
            ColumnSchema("born", ColumnType.INTEGER),
            ColumnSchema("group", ColumnType.CATEGORICAL),
        ]
    )
    real, fresh = _people(1900, 1), _people(1000, 2)
    unequal = evaluate(real, fresh, schema=schema, params=QUALITY_ONLY)
    equal = evaluate(real.iloc[:1000], fresh, schema=schema, params=QUALITY_ONLY)
    assert unequal.dataset["quality_sample"]["rows_compared"] == 1000
    assert any("subsampled from 1,900 to 1,000 rows" in n for n in unequal.notes)
    for name in ("column_correlation_stability", "column_distribution_stability", "sqs"):
        a = unequal.sqs if name == "sqs" else unequal.sub_scores[name]
        b = equal.sqs if name == "sqs" else equal.sub_scores[name]
        assert a == pytest.approx(b, abs=0.3), name
    assert unequal.sqs >= 9.5


@pytest.fixture(scope="module")
def adult_halves() -> tuple[pd.DataFrame, pd.DataFrame]:
    df = read_adult("adult_train.csv", 3000)
    order = np.random.default_rng(5).permutation(len(df))
    return df.iloc[np.sort(order[:1900])].reset_index(drop=True), df.iloc[np.sort(order[1900:])].reset_index(drop=True)


def test_real_held_out_rows_score_near_ten(adult_halves):
    train, held_out = adult_halves
    result = evaluate(train, held_out, schema=adult_schema(), params=QUALITY_ONLY)
    assert result.sqs >= 9.5
    assert result.sub_scores["column_correlation_stability"] >= 9.3


def test_shuffled_columns_still_score_far_lower(adult_halves):
    """Discrimination kept: every column shuffled on its own (marginals kept, associations lost)."""
    train, held_out = adult_halves
    rng = np.random.default_rng(3)
    broken = held_out.apply(lambda c: c.to_numpy()[rng.permutation(len(c))])
    result = evaluate(train, broken, schema=adult_schema(), params=QUALITY_ONLY)
    real = evaluate(train, held_out, schema=adult_schema(), params=QUALITY_ONLY)
    assert result.sub_scores["column_correlation_stability"] < 5.0
    assert result.sqs < real.sqs - 2.5


def test_reference_draws_are_disjoint_and_start_with_the_single_draw():
    big, small = _table(230), _table(40)
    draws, synthetic, note = reference_draws(big, small)
    assert [d.n_rows for d in draws] == [40] * 5 and synthetic.n_rows == 40  # min(5, 230 // 40)
    assert draws[0].numeric["x"].tolist() == equal_sizes(big, small)[0].numeric["x"].tolist()
    rows = [x for d in draws for x in d.numeric["x"].tolist()]
    assert len(set(rows)) == len(rows) == 200  # no training row in two draws
    assert note.draws == 5 and note.to_dict()["reference_draws"] == 5
    assert "mean over 5 disjoint training draws" in note.describe()
    assert len(reference_draws(_table(100), small)[0]) == 2  # room for two draws only
    assert len(reference_draws(_table(70), small)[0]) == 1
    assert len(reference_draws(small, big)[0]) == 1  # the synthetic side is larger: one draw
    again = reference_draws(big, small)[0]
    assert [d.numeric["x"].tolist() for d in again] == [d.numeric["x"].tolist() for d in draws]


def test_averaged_draws_make_the_score_independent_of_which_training_rows_were_read():
    """The same synthetic table against different uniform samples of one large training table (a
    split read whole or as a streamed sample): one draw of the synthetic size moved SQS by 0.3 at
    1,000 rows; the mean over disjoint draws is far steadier."""
    from safe_synthesizer.evaluation import sample_sizes

    pool = read_adult("adult_train.csv")
    order = np.random.default_rng(0).permutation(len(pool))
    synthetic = pool.iloc[np.sort(order[:400])].reset_index(drop=True)  # real rows: a perfect generator
    rest = order[400:]
    samples = [pool.iloc[np.sort(np.random.default_rng(s).choice(rest, 6000, replace=False))].reset_index(drop=True)
               for s in range(10)]
    spread = {}
    for draws in (1, sample_sizes.REFERENCE_DRAWS):
        scores = []
        for training in samples:
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(sample_sizes.reference_draws, "__defaults__", (QUALITY_SAMPLE_SEED, draws))
                result = evaluate(training, synthetic, schema=adult_schema(), params=QUALITY_ONLY)
            assert result.dataset["quality_sample"]["reference_draws"] == draws
            scores.append(result.sqs)
        spread[draws] = float(np.std(scores))
    assert spread[sample_sizes.REFERENCE_DRAWS] < 0.7 * spread[1], spread
