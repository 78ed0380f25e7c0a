"""DP codec statistics: the built-in codec fits through them and every release is charged."""

from __future__ import annotations

import numpy as np
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.models.builtin.codec.codec import TabularCodec
from safe_synthesizer.privacy.budget import PrivacyBudget, plan_budget
from safe_synthesizer.privacy.codec_statistics import DPCodecStatistics
from safe_synthesizer.privacy.sampling import privacy_units, truncate_units
from safe_synthesizer.privacy.zcdp import epsilon_for


def _budget(n_units: int, unit: str = "record", share: float = 0.2) -> PrivacyBudget:
    plan = plan_budget(
        epsilon=8.0,
        delta="auto",
        n_units=n_units,
        unit=unit,
        expected_units_per_step=min(n_units, 128),
        epochs=1,
        preprocessing_epsilon_share=share,
        accountant="rdp",
    )
    return PrivacyBudget(plan)


def test_builtin_codec_fits_on_dp_statistics(adult):
    df = adult.head(4000)
    schema = infer_schema(df)
    budget = _budget(len(df))
    kinds = [c.type for c in schema.columns]
    stats = DPCodecStatistics(budget, n_releases=DPCodecStatistics.releases_for(kinds), seed=0)
    codec = TabularCodec.fit(df, schema, stats=stats, seed=0)
    tokens = codec.encode(df)
    assert tokens.shape[0] == len(df)
    # Every statistic was charged, within the preprocessing share.
    spent = budget.preprocessing_epsilon_spent()
    assert 0 < spent <= budget.plan.preprocessing_epsilon * (1 + 1e-9)
    assert len(budget.releases) == stats._calls
    # zCDP block: the items sum to the conversion of the rho spent so far (never an even share
    # that would under-charge a block stopping early), and the delta stays within the plan.
    rho_spent = stats._calls * stats.rho_each
    assert spent == pytest.approx(epsilon_for(rho_spent, stats.conversion_delta))
    assert budget.delta_spent() <= budget.plan.preprocessing_delta * (1 + 1e-9)
    assert all(r.epsilon > 0 and "rho" in r.mechanism for r in budget.releases)
    summary_names = {r.name.split("#")[0] for r in budget.releases}
    assert {"frequent_values", "bounds", "quantiles"} <= summary_names
    # No category of a single record made it into the codec.
    enc = {e.column: e for e in codec.encoders}
    counts = df["native-country"].value_counts()
    assert not set(enc["native-country"].categories) & set(counts[counts == 1].index)
    assert set(enc["native-country"].categories) <= set(counts.index)


def test_entity_level_codec_on_truncated_table(pbcseq):
    units = privacy_units(pbcseq, "id")
    cut = 4
    keep = truncate_units(units.ids, cut, seed=0)
    assert np.bincount(units.ids[keep]).max() <= cut
    df = pbcseq.iloc[keep].reset_index(drop=True)
    schema = infer_schema(df)
    budget = _budget(units.n_units, unit=units.label, share=0.5)
    stats = DPCodecStatistics(
        budget, n_releases=DPCodecStatistics.releases_for(c.type for c in schema.columns), seed=1, max_rows_per_unit=cut
    )
    TabularCodec.fit(df, schema, stats=stats, seed=0)
    assert budget.preprocessing_epsilon_spent() <= budget.plan.preprocessing_epsilon * (1 + 1e-9)
    assert budget.summary()["unit"] == "entity:id"


def test_more_calls_than_announced_are_refused(adult):
    budget = _budget(len(adult))
    stats = DPCodecStatistics(budget, n_releases=1, seed=0)
    stats.frequent_values(adult["sex"].tolist(), 5)
    with pytest.raises(RuntimeError, match="preprocessing"):
        stats.frequent_values(adult["race"].tolist(), 5)


def test_quantile_levels_zero_and_one_are_the_dp_bounds(adult):
    stats = DPCodecStatistics(_budget(len(adult)), n_releases=2, seed=0)
    age = adult["age"].to_numpy(float)
    lo, hi = stats.bounds(age, 0.0)
    q = stats.quantiles(age, np.linspace(0, 1, 5))
    assert q[0] == lo and q[-1] == hi
    assert np.all(np.diff(q) >= 0)
    assert q[2] == pytest.approx(np.median(age), abs=3)


def test_no_preprocessing_budget_is_a_config_error():
    with pytest.raises(ConfigError, match="preprocessing_epsilon_share"):
        DPCodecStatistics(_budget(1000, share=0.0), n_releases=3, seed=0)


def test_public_metadata_replaces_dp_statistics_and_frees_their_epsilon(adult):
    df = adult.head(2000)
    schema = infer_schema(df)
    columns = [(c.name, c.type) for c in schema.columns]
    bounds, categories = {"age": (17.0, 90.0)}, {"sex": ["Female", "Male"]}
    n_all = DPCodecStatistics.releases_for_columns(columns)
    n_public = DPCodecStatistics.releases_for_columns(columns, bounds, categories)
    assert n_public == n_all - 2
    budget = _budget(len(df))
    stats = DPCodecStatistics(budget, n_releases=n_public, seed=0, public_bounds=bounds, public_categories=categories)
    codec = TabularCodec.fit(df, schema, stats=stats, seed=0)
    enc = {e.column: e for e in codec.encoders}
    assert (enc["age"].lo, enc["age"].hi) == (17.0, 90.0)
    assert enc["sex"].categories == ["Female", "Male"]
    # The public answers cost nothing; the others share the whole preprocessing epsilon.
    assert len(budget.releases) == stats._calls <= n_public
    assert stats.epsilon_each == pytest.approx(budget.plan.preprocessing_epsilon / n_public)


def test_public_metadata_must_name_existing_columns(adult):
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.models.builtin.dp import plan_dp_training

    df = adult.head(500)
    params = SafeSynthesizerParameters()
    params.privacy.dp_enabled = True
    params.privacy.public_bounds = {"agee": (0.0, 120.0)}
    with pytest.raises(ConfigError, match=r"privacy.public_bounds: column\(s\) \['agee'\] are not in the data"):
        plan_dp_training(df, infer_schema(df), params, seed=0)


def test_dp_numeric_encoder_shape_does_not_depend_on_the_values():
    """A binary column and a wide one make the same three releases (no data-dependent branch)."""
    import pandas as pd

    df = pd.DataFrame({"flag": [0, 1] * 500, "amount": np.arange(1000) * 7})
    schema = infer_schema(df)
    columns = [(c.name, c.type) for c in schema.columns]
    budget = _budget(len(df))
    n = DPCodecStatistics.releases_for_columns(columns)
    stats = DPCodecStatistics(budget, n_releases=n, seed=0)
    TabularCodec.fit(df, schema, stats=stats, seed=0)
    kinds = [r.name.split("#")[0] for r in budget.releases]
    assert kinds == ["bounds", "frequent_values", "quantiles"] * 2
    assert budget.preprocessing_epsilon_spent() == pytest.approx(budget.plan.preprocessing_epsilon)


def test_run_budget_records_the_schema_releases_and_plans_the_codec_share() -> None:
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
    from safe_synthesizer.privacy.codec_statistics import plan_run_budget, plan_run_statistics

    params = SafeSynthesizerParameters.model_validate({"privacy": {"dp_enabled": True, "epsilon": 4.0, "delta": 1e-6}})
    release = {"name": "schema_value_kinds:x", "epsilon": 0.1, "delta": 0.0, "mechanism": "Laplace"}
    schema = TableSchema([ColumnSchema("x", ColumnType.INTEGER), ColumnSchema("c", ColumnType.CATEGORICAL)],
                         privacy_releases=[release])
    budget, statistics = plan_run_budget(
        schema, params.privacy, n_units=20_000, unit="record", expected_units_per_step=400, epochs=5
    )
    assert statistics == plan_run_statistics(schema, params.privacy, 20_000)
    assert budget.plan.preprocessing_epsilon == pytest.approx(4.0 * statistics.share)
    assert budget.plan.epsilon_target == 4.0 and budget.plan.n_units == 20_000
    assert [item["name"] for item in budget.summary()["items"]] == ["schema_value_kinds:x"]


def test_run_budget_composes_jointly_with_the_same_statistics(adult, monkeypatch):
    import safe_synthesizer.privacy.codec_statistics as planning
    from safe_synthesizer.config.privacy import PrivacyParameters
    from safe_synthesizer.privacy.codec_statistics import plan_run_budget

    df = adult.head(4000)
    schema = infer_schema(df)
    privacy = PrivacyParameters(dp_enabled=True, epsilon=1.0, preprocessing_epsilon_share=0.3)
    kwargs = {"n_units": len(df), "unit": "record", "expected_units_per_step": 160, "epochs": 5}
    joint, stats_plan = plan_run_budget(schema, privacy, **kwargs)
    monkeypatch.setattr(planning, "JOINT_COMPOSITION", False)
    basic, _ = plan_run_budget(schema, privacy, **kwargs)
    assert joint.plan.joint and not basic.plan.joint
    assert joint.plan.noise_multiplier < 0.9 * basic.plan.noise_multiplier

    def fit(budget):
        kinds = {c.name: c.type.value for c in schema.columns}
        stats = DPCodecStatistics(
            budget, n_releases=stats_plan.n_releases, seed=0, column_kinds=kinds, lean=stats_plan.lean
        )
        TabularCodec.fit(df, schema, stats=stats, seed=0)
        return stats

    stats_joint, stats_basic = fit(joint), fit(basic)
    # The statistics are as noisy as under basic composition: only DP-SGD gains.
    assert stats_joint.rho_each == stats_basic.rho_each and stats_joint.delta_each == stats_basic.delta_each
    assert all(r.mu is not None and r.mu > 0 for r in joint.releases)
    assert all(r.mu is None for r in basic.releases)
    assert joint.preprocessing_mu_spent() <= joint.plan.preprocessing_mu
    for _ in range(joint.plan.steps):
        joint.record_step()
    # Gaussian counts spend their exact mu, below the plan's pure-DP bound: a little is left over.
    assert 0.9 < joint.epsilon_spent() <= 1.0 and joint.delta_spent() <= joint.plan.delta_target


@pytest.mark.parametrize("gaussian_quantiles", [True, False])
def test_pure_releases_are_counted_per_kind_and_public_bounds_answer_theirs(monkeypatch, gaussian_quantiles):
    import safe_synthesizer.privacy.codec_statistics as planning

    monkeypatch.setattr(planning, "GAUSSIAN_QUANTILES", gaussian_quantiles)
    columns = [("n", "integer"), ("x", "float"), ("d", "datetime"), ("c", "categorical"), ("i", "identifier")]
    quantiles = 0 if gaussian_quantiles else 2  # the numeric columns' bin quantiles
    assert DPCodecStatistics.pure_releases_for_columns(columns) == 3 + quantiles
    assert DPCodecStatistics.pure_releases_for_columns(columns, lean=True) == 3
    assert DPCodecStatistics.pure_releases_for_columns(columns, {"x": (0, 1), "d": (1990, 2020)}) == 1 + quantiles
    # Never more pure releases than releases.
    for lean in (False, True):
        assert DPCodecStatistics.pure_releases_for_columns(columns, lean=lean) <= (
            DPCodecStatistics.releases_for_columns(columns, lean=lean)
        )


def _mixed_table(n: int, adult) -> object:
    df = adult.head(n)[["age", "hours-per-week", "sex", "education", "income"]].copy()
    rng = np.random.default_rng(0)
    df["visit"] = (np.datetime64("2015-01-01") + rng.integers(0, 3000, len(df)).astype("timedelta64[D]")).astype(str)
    df["record_id"] = [f"R{i:06d}" for i in range(len(df))]  # string ids release their shapes
    return df


@pytest.mark.parametrize("gaussian_quantiles", [True, False])
@pytest.mark.parametrize(
    ("n_rows", "public_bounds"),
    [(4000, {}), (4000, {"age": (17.0, 90.0)}), (300, {}), (300, {"hours-per-week": (1.0, 99.0)})],
)
def test_exact_release_mu_plans_what_the_codec_spends(adult, monkeypatch, n_rows, public_bounds, gaussian_quantiles):
    """The joint plan counts pure-DP and Gaussian releases at their own mu: the codec's releases
    then spend exactly the planned mu (never more, so the budget refuses nothing), and DP-SGD
    gets less noise than when every release is planned at the pure-DP mu."""
    import safe_synthesizer.privacy.codec_statistics as planning
    from safe_synthesizer.config.privacy import PrivacyParameters
    from safe_synthesizer.privacy.codec_statistics import plan_run_budget

    monkeypatch.setattr(planning, "GAUSSIAN_QUANTILES", gaussian_quantiles)

    df = _mixed_table(n_rows, adult)
    schema = infer_schema(df)
    kinds = {c.name: c.type.value for c in schema.columns}
    assert "datetime" in kinds.values() and "identifier" in kinds.values()
    privacy = PrivacyParameters(dp_enabled=True, epsilon=1.0, preprocessing_epsilon_share=0.3,
                                public_bounds=public_bounds)
    kwargs = {"n_units": len(df), "unit": "record", "expected_units_per_step": max(16, len(df) // 25), "epochs": 5}
    budget, stats_plan = plan_run_budget(schema, privacy, **kwargs)
    assert stats_plan.lean == (n_rows == 300)
    stats = DPCodecStatistics(
        budget, n_releases=stats_plan.n_releases, seed=0, column_kinds=kinds, lean=stats_plan.lean,
        public_bounds=public_bounds,
    )
    TabularCodec.fit(df, schema, stats=stats, seed=0)
    pure_mu = planning.CodecBlock.of(
        budget.plan.preprocessing_epsilon, budget.plan.preprocessing_delta, stats_plan.n_releases
    ).pure_release_mu()
    n_pure = sum(1 for r in budget.releases if r.mu == pytest.approx(pure_mu, rel=1e-12))
    assert len(budget.releases) == stats_plan.n_releases  # every planned release was made ...
    assert n_pure == stats_plan.n_pure  # ... and as many pure-DP ones as planned,
    assert budget.preprocessing_mu_spent() == pytest.approx(budget.plan.preprocessing_mu, rel=1e-9)  # so all of mu

    monkeypatch.setattr(planning, "EXACT_RELEASE_MU", False)
    bound, _ = plan_run_budget(schema, privacy, **kwargs)
    assert bound.plan.preprocessing_mu > budget.plan.preprocessing_mu
    assert bound.plan.noise_multiplier > budget.plan.noise_multiplier
