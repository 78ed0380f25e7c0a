"""The built-in backend with ``privacy.dp_enabled``: budget, manifest, DP codec, entity units, settings.

Real slices of the shared datasets, a small model and few epochs keep each run to seconds.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest
import torch

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.schema import ColumnType
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.models.builtin.backend import BuiltinBackend
from safe_synthesizer.models.builtin.codec.codec import TabularCodec
from safe_synthesizer.models.builtin.defaults import dp_batch_size
from safe_synthesizer.models.builtin.dp import plan_dp_training
from safe_synthesizer.privacy import resolve_delta
from safe_synthesizer.privacy.budget import MAX_PREPROCESSING_SHARE
from safe_synthesizer.privacy.training import DPStepFunction

from ..conftest import DATA


def _dp_params(fast_params: SafeSynthesizerParameters, epsilon: float) -> SafeSynthesizerParameters:
    params = fast_params.model_copy(deep=True)
    params.privacy.dp_enabled = True
    params.privacy.epsilon = epsilon
    return params


@pytest.fixture(scope="module")
def dp_run(tmp_path_factory, adult, adult_schema):
    """One DP training (epsilon 3, record level) on the 1,500-row adult slice."""
    params = SafeSynthesizerParameters()
    params.data.random_state = 7
    params.training.model_size = "small"
    params.training.epochs = 3
    params.training.num_threads = 1
    params = _dp_params(params, 3.0)
    model_dir = tmp_path_factory.mktemp("dp_model")
    result = BuiltinBackend().train(adult, adult_schema(adult), params, model_dir)
    return params, model_dir, result


def test_dp_run_spends_its_planned_budget(dp_run):
    params, _, result = dp_run
    privacy = result.privacy
    assert privacy is not None and privacy["dp_enabled"] is True
    target = params.privacy.epsilon
    assert privacy["epsilon_target"] == target
    assert 0.5 * target < privacy["epsilon_total"] <= target + 1e-6
    assert 0 < privacy["delta"] <= privacy["delta_target"]
    assert privacy["delta_target"] == pytest.approx(resolve_delta(1500))
    assert privacy["unit"] == "record" and privacy["n_units"] == 1500
    assert privacy["steps"] == privacy["steps_planned"] > 0
    assert privacy["noise_multiplier"] > 0

    items = privacy["items"]
    sgd = [i for i in items if i["name"] == "dp_sgd"]
    assert len(sgd) == 1 and sgd[0]["epsilon"] > 0
    pre = [i for i in items if i["name"] != "dp_sgd"]
    assert pre, "the codec's statistics must be DP releases charged to the budget"
    # 'auto' share: few units (1,500) at epsilon 3 get the largest share of the budget.
    assert privacy["preprocessing_epsilon_planned"] == pytest.approx(MAX_PREPROCESSING_SHARE * target)
    assert sum(i["epsilon"] for i in pre) <= privacy["preprocessing_epsilon_planned"] + 1e-9
    # Joint composition (privacy.joint): the items state their own epsilons; the run's total is
    # their composition in one accountant, never more than their sum.
    assert privacy["composition"].startswith("joint")
    assert privacy["epsilon_total"] <= sum(i["epsilon"] for i in items) + 1e-9
    assert sum(i["delta"] for i in items) == pytest.approx(privacy["delta"])
    # No validation split under DP: stopping on a private loss would escape the accounting.
    assert result.metrics["validation_rows"] == 0 and result.metrics["train_rows"] == 1500


def test_dp_manifest_holds_the_privacy_summary(dp_run):
    _, model_dir, result = dp_run
    manifest = json.loads((model_dir / "builtin.json").read_text())
    assert manifest["privacy"] == result.privacy
    assert manifest["settings"]["validation_ratio"] == 0.0
    # Exact losses of private rows are not noised: they stay out of the released manifest.
    assert result.metrics["final_train_loss"] is None and manifest["metrics"]["final_train_loss"] is None
    assert manifest["history"] and all(h["train_loss"] is None for h in manifest["history"])
    assert sorted(p.name for p in model_dir.iterdir()) == [
        "builtin.json",
        "codec.json",
        "model.safetensors",
        "model_config.json",
    ]


def test_dp_model_generates_the_requested_records(dp_run, adult):
    params, model_dir, _ = dp_run
    result = BuiltinBackend().generate(model_dir, params, num_records=600)
    assert len(result.data) == 600 and list(result.data.columns) == list(adult.columns)
    assert result.metrics["num_valid_records"] == 600 and result.metrics["num_invalid_records"] == 0


def test_dp_codec_never_learns_a_category_held_by_one_record(tmp_path, adult, adult_schema, fast_params):
    df = adult.copy()
    # Three values held by one record each, and one held by 40 records (the control).
    df.loc[:2, "workclass"] = [f"Zz-unique-{i}" for i in range(1, 4)]
    df.loc[100:139, "workclass"] = "Zz-shared"
    # A generous budget and no value protection: only the DP threshold can keep singletons out.
    params = _dp_params(fast_params, 100.0)
    params.privacy.preprocessing_epsilon_share = 0.5
    params.training.value_protection = False
    params.training.epochs = 1
    BuiltinBackend().train(df, adult_schema(df), params, tmp_path)

    codec_text = (tmp_path / "codec.json").read_text()
    assert "Zz-unique" not in codec_text
    workclass = next(e for e in json.loads(codec_text)["encoders"] if e["column"] == "workclass")
    assert {"Private", "Zz-shared"} <= set(workclass["categories"])
    out = BuiltinBackend().generate(tmp_path, params, num_records=3000).data
    assert len(out) == 3000
    assert not any(str(c).startswith("Zz-unique") for c in out.to_numpy().ravel())
    assert (out["workclass"] == "Zz-shared").any()


def test_entity_level_dp_counts_patients(tmp_path, fast_params, monkeypatch):
    raw = pd.read_csv(DATA / "pbcseq_visits.csv", nrows=600)
    schema = infer_schema(raw, group_by="id")
    df = apply_schema(raw, schema)
    assert schema["id"].type == ColumnType.IDENTIFIER  # the group-by column is not modelled
    params = _dp_params(fast_params, 4.0)
    params.data.group_training_examples_by = "id"
    seen: list[tuple[np.ndarray, torch.Tensor]] = []
    dp_step = DPStepFunction.__call__

    def spy(self, model, tokens, ranks, lr):
        seen.append((self.batches.last_rows.copy(), tokens.clone()))
        return dp_step(self, model, tokens, ranks, lr)

    monkeypatch.setattr(DPStepFunction, "__call__", spy)
    result = BuiltinBackend().train(df, schema, params, tmp_path)

    # Every DP step trains on the rows of whole patients, and on exactly those rows' tokens
    # (a row order differing from the units' would clip other rows together than the entity's).
    encoded = torch.from_numpy(TabularCodec.load(tmp_path).encode(df))
    visits = df["id"].value_counts()
    assert seen and sum(len(rows) for rows, _ in seen) > 0
    for rows, tokens in seen:
        assert torch.equal(tokens, encoded[torch.from_numpy(rows)])
        batch_visits = df["id"].iloc[rows].value_counts()
        assert (batch_visits == visits[batch_visits.index]).all()
    privacy = result.privacy
    n_patients = df["id"].nunique()
    assert 10 < n_patients < len(df)  # several visits per patient
    assert privacy["unit"] == "entity:id" and privacy["n_units"] == n_patients
    assert privacy["delta_target"] == pytest.approx(resolve_delta(n_patients))
    assert privacy["expected_units_per_step"] == pytest.approx(dp_batch_size(n_patients))
    assert privacy["epsilon_total"] <= 4.0 + 1e-6 and privacy["steps"] == privacy["steps_planned"]
    out = BuiltinBackend().generate(tmp_path, params, num_records=200)
    assert len(out.data) == 200 and out.metrics["num_invalid_records"] == 0


def test_explicit_batch_size_and_epochs_are_used_under_dp(tmp_path, adult, adult_schema, fast_params):
    params = _dp_params(fast_params, 3.0)
    params.training.batch_size = 50
    params.training.epochs = 2
    schema = adult_schema(adult)
    plan = plan_dp_training(adult, schema, params, seed=7).budget.plan
    assert plan.expected_units_per_step == pytest.approx(50)
    assert plan.sample_rate == pytest.approx(50 / 1500)
    assert plan.steps == math.ceil(2 / (50 / 1500) - 1e-9)

    result = BuiltinBackend().train(adult, schema, params, tmp_path)
    assert result.privacy["expected_units_per_step"] == pytest.approx(50)
    assert result.privacy["steps"] == result.privacy["steps_planned"] == plan.steps
    settings = json.loads((tmp_path / "builtin.json").read_text())["settings"]
    assert settings["batch_size"] == 50 and settings["epochs"] == 2


def test_auto_dp_settings_follow_the_dp_recipe(adult, adult_schema):
    params = SafeSynthesizerParameters()
    params.privacy.dp_enabled = True
    dp = plan_dp_training(adult, adult_schema(adult), params, seed=0)
    assert dp.defaults.batch_size == dp_batch_size(1500) == 60
    assert dp.defaults.validation_ratio == 0.0 and dp.defaults.epochs == 20
    assert dp.budget.plan.expected_units_per_step == pytest.approx(60)
    assert dp.max_epochs * round(1 / dp.budget.plan.sample_rate) >= dp.budget.plan.steps
    assert np.array_equal(dp.codec_rows, np.arange(1500))


@pytest.mark.parametrize("row_cap", [1, 3])
def test_entity_level_statistics_see_at_most_row_cap_rows_per_entity(row_cap):
    visits = pd.read_csv(DATA / "pbcseq_visits.csv").head(600)
    schema = infer_schema(visits, group_by="id")
    params = SafeSynthesizerParameters()
    params.privacy.dp_enabled = True
    params.data.group_training_examples_by = "id"
    params.privacy.entity_row_cap = row_cap
    dp = plan_dp_training(apply_schema(visits, schema), schema, params, seed=0)
    per_entity = np.bincount(dp.units.ids[dp.codec_rows])
    assert per_entity.max() == row_cap  # the sensitivity the DP statistics are told
    assert dp.statistics.max_rows_per_unit == row_cap
    assert len(per_entity) == dp.units.n_units  # every entity still contributes


def test_dp_noise_is_not_replayable_from_the_config_seed(tmp_path, fast_params, adult, adult_schema):
    """Leak: with the seed of config.yaml, re-training with and without a target record gave the
    released weights bit for bit. Under DP the seed must be fresh and secret."""
    from safetensors.torch import load_file

    params = _dp_params(fast_params, 8.0)
    df = adult.head(400)
    weights, outputs = [], []
    for i in range(2):
        model_dir = tmp_path / f"m{i}"
        BuiltinBackend().train(df, adult_schema(df), params, model_dir)
        assert json.loads((model_dir / "builtin.json").read_text())["seed"] is None
        weights.append(load_file(str(model_dir / "model.safetensors")))
        outputs.append(BuiltinBackend().generate(model_dir, params, num_records=50).data)
    assert any(not torch.equal(weights[0][k], weights[1][k]) for k in weights[0])
    assert not outputs[0].equals(outputs[1])


def test_non_dp_runs_stay_reproducible_from_the_seed(tmp_path, fast_params, adult, adult_schema):
    from safetensors.torch import load_file

    df = adult.head(300)
    weights = []
    for i in range(2):
        BuiltinBackend().train(df, adult_schema(df), fast_params, tmp_path / f"m{i}")
        weights.append(load_file(str(tmp_path / f"m{i}" / "model.safetensors")))
    assert all(torch.equal(weights[0][k], weights[1][k]) for k in weights[0])


def test_dp_run_with_pii_fake_columns_stays_in_budget_and_stores_no_salt(tmp_path, fast_params):
    """PII layouts under DP come from the DP vocabulary (no extra release), and no salt derived
    from the secret seed is written to codec.json."""
    from faker import Faker

    from safe_synthesizer.data.schema import ColumnSchema, TableSchema

    faker = Faker("en_US")
    faker.seed_instance(3)
    n = 600
    df = pd.DataFrame({
        "phone": [faker.phone_number() for _ in range(n)],
        "member": [f"M-{i:05d}" for i in range(n)],
        "plan": np.random.default_rng(0).choice(["basic", "plus", "max"], n),
    })
    schema = TableSchema([
        ColumnSchema("phone", ColumnType.CATEGORICAL, pii_entity="phone_number"),
        ColumnSchema("member", ColumnType.IDENTIFIER, pii_entity="national_id"),
        ColumnSchema("plan", ColumnType.CATEGORICAL),
    ], n_rows=n)
    params = _dp_params(fast_params, 8.0)
    # DP draws come from fresh entropy; the audit seed makes this check reproducible.
    BuiltinBackend(audit_seed=3).train(df, schema, params, tmp_path)
    codec = json.loads((tmp_path / "codec.json").read_text())
    assert all(not e.get("salt") and not e.get("hashes") and not e.get("rare_hashes") for e in codec["encoders"])
    out = BuiltinBackend(audit_seed=3).generate(tmp_path, params, num_records=200).data
    assert out["member"].notna().all() and out["phone"].notna().mean() > 0.85


def test_backend_refuses_the_privacy_filter_on_a_dp_model(dp_run, adult):
    # The pipeline refused it, but BuiltinBackend.iter_generate (the SDK's backend path) did not.
    params, model_dir, _ = dp_run
    plain = params.model_copy(deep=True)
    plain.privacy.dp_enabled = False  # the model is DP whatever the generation config says
    plain.generation.privacy_filter = True
    with pytest.raises(ConfigError, match=r"^generation.privacy_filter"):
        next(BuiltinBackend().iter_generate(model_dir, plain, num_records=10, training=adult))
