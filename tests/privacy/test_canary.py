"""Canary test: the built-in model memorises a repeated entity, and entity-level DP stops it.

A canary is one entity (one id) with 20 identical records: a unique combination of common adult
values, so value protection cannot hide it and only the model's learning can. Two canaries A and
B are built the same way; each is trained into its own copy of the table (the other stays a
non-member). A record's *membership gain* is how much lower its negative log-likelihood (NLL)
is in the model trained with it than in the model trained with the other canary:

    gain(A) = NLL_modelB(A) - NLL_modelA(A)

Comparing a record with itself cancels how plausible the combination is anyway. Both models share
the seed (batches, DP noise, initialisation; the backend's ``audit_seed``, since a DP run otherwise
draws a fresh secret seed), so the gain is the canary's own influence.

Measured (20 copies in 3,000 rows, small model; the seed is ``data.random_state``):

- without DP (20 epochs, seeds 1-3, 7, 11, 12): gains 4.0-8.1 nats; inside one model the member
  is 3.4-8.7 nats more likely than the non-member;
- entity-level DP, epsilon 1 (10 epochs, seeds 1-3, 7, 11): gains 0.02-0.10 nats;
- record-level DP, same settings (the canary is then 20 privacy units): gains 0.8-1.9 nats.

Inside one DP model the member is anywhere from 7 nats less to 7 nats more likely than the
non-member: that is how plausible each combination is, which is why the test compares each record
with itself. Before the fix that kept the rows in the privacy units' order under DP, entity-level
DP clipped random rows together and gained 0.6-1.9 nats like record level; this test caught it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import torch
from safetensors.torch import load_file

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.models.builtin.backend import WEIGHTS_FILE, BuiltinBackend
from safe_synthesizer.models.builtin.codec.codec import TabularCodec
from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
from safe_synthesizer.models.builtin.trainer import canonical_ranks

from .conftest import read_data

pytestmark = pytest.mark.slow

COLUMNS = ["workclass", "education", "marital-status", "occupation", "relationship", "race", "sex", "income"]
# Every value is held by more than 10% of the slice (so the DP vocabulary keeps it), no slice row
# has either combination, and the two share their occupation (close counts there would let one
# canary row reorder the DP vocabulary and decouple the two runs).
CANARY_A = ["Private", "Bachelors", "Divorced", "Sales", "Unmarried", "Black", "Male", ">50K"]
CANARY_B = ["Private", "Some-college", "Never-married", "Sales", "Own-child", "White", "Female", ">50K"]
N_ROWS, COPIES, SEED = 3000, 20, 7
EPSILON = 1.0

# Thresholds (nats), from the measurements in the module docstring.
MIN_GAIN_WITHOUT_DP = 3.0  # each canary, measured >= 4.0
MIN_MEMBER_ADVANTAGE_WITHOUT_DP = 2.0  # member vs non-member in one model, measured >= 3.4
MAX_GAIN_WITH_ENTITY_DP = 0.4  # each canary, measured <= 0.10
MIN_MEAN_GAIN_WITH_RECORD_DP = 0.4  # mean of the two canaries, measured >= 0.9


@pytest.fixture(scope="module")
def population() -> pd.DataFrame:
    df = read_data("adult_train.csv", nrows=N_ROWS)[COLUMNS]
    canaries = pd.DataFrame([CANARY_A, CANARY_B], columns=COLUMNS)
    assert df.merge(canaries).empty, "canaries must be unique: no slice row may equal one"
    return df


def _table(population: pd.DataFrame, canary: list[str]) -> tuple[pd.DataFrame, TableSchema]:
    """The population (one entity per row) plus ``COPIES`` records of one canary entity."""
    table = pd.concat([population, pd.DataFrame([canary] * COPIES, columns=COLUMNS)], ignore_index=True)
    ids = np.arange(len(table))
    ids[len(population) :] = len(population)
    table.insert(0, "id", ids)
    schema = infer_schema(table, group_by="id")
    assert schema["id"].type == ColumnType.IDENTIFIER  # not modelled: regenerated at decode
    return apply_schema(table, schema), schema


def _nll(model_dir: Path, records: pd.DataFrame) -> np.ndarray:
    """Negative log-likelihood (nats) of each record under the saved model, columns in table order."""
    codec = TabularCodec.load(model_dir)
    model = SlotModel(ModelConfig.load(model_dir))
    model.load_state_dict(load_file(str(model_dir / WEIGHTS_FILE)))
    model.eval()
    tokens = torch.from_numpy(codec.encode(records))
    with torch.no_grad():
        return model.record_loss(tokens, canonical_ranks(model, len(tokens))).numpy()


def _params(dp: bool, unit: str = "entity") -> SafeSynthesizerParameters:
    params = SafeSynthesizerParameters()
    params.data.random_state = SEED
    params.data.group_training_examples_by = "id" if unit == "entity" else None
    params.training.model_size = "small"
    params.training.num_threads = 1
    params.training.epochs = 10 if dp else 20
    if dp:
        params.privacy.dp_enabled = True
        params.privacy.epsilon = EPSILON
        # Half the budget for the vocabularies keeps the canaries' values in the codec, so what
        # protects them is DP-SGD; the canary entity then feeds one row to those statistics.
        params.privacy.preprocessing_epsilon_share = 0.5
        params.privacy.entity_row_cap = 1
    return params


def _train_both(population: pd.DataFrame, params: SafeSynthesizerParameters, root: Path) -> dict:
    """Train with canary A, then with canary B; NLLs of (A, B) under each model."""
    probes = pd.DataFrame([CANARY_A, CANARY_B], columns=COLUMNS)
    out: dict = {"nll": {}, "privacy": {}, "codec": {}}
    for name, canary in (("A", CANARY_A), ("B", CANARY_B)):
        table, schema = _table(population, canary)
        model_dir = root / name
        result = BuiltinBackend(audit_seed=SEED).train(table, schema, params, model_dir)
        out["nll"][name] = _nll(model_dir, probes)
        out["privacy"][name] = result.privacy
        out["codec"][name] = TabularCodec.load(model_dir)
    nll_a, nll_b = out["nll"]["A"], out["nll"]["B"]
    out["gain"] = np.array([nll_b[0] - nll_a[0], nll_a[1] - nll_b[1]])  # gain(A), gain(B)
    out["member_advantage"] = np.array([nll_a[1] - nll_a[0], nll_b[0] - nll_b[1]])
    return out


def _report(label: str, run: dict) -> str:
    a, b = run["nll"]["A"], run["nll"]["B"]
    return (
        f"{label}: NLL(A, B) in model A {np.round(a, 2)}, in model B {np.round(b, 2)}; "
        f"gains {np.round(run['gain'], 2)}; member advantage {np.round(run['member_advantage'], 2)}"
    )


@pytest.fixture(scope="module")
def without_dp(population, tmp_path_factory) -> dict:
    return _train_both(population, _params(dp=False), tmp_path_factory.mktemp("canary_plain"))


@pytest.fixture(scope="module")
def with_entity_dp(population, tmp_path_factory) -> dict:
    return _train_both(population, _params(dp=True), tmp_path_factory.mktemp("canary_dp"))


@pytest.fixture(scope="module")
def with_record_dp(population, tmp_path_factory) -> dict:
    return _train_both(population, _params(dp=True, unit="record"), tmp_path_factory.mktemp("canary_record_dp"))


def test_without_dp_the_canary_is_memorised(without_dp):
    print(_report("without DP", without_dp))
    assert (without_dp["gain"] > MIN_GAIN_WITHOUT_DP).all(), _report("without DP", without_dp)
    assert (without_dp["member_advantage"] > MIN_MEMBER_ADVANTAGE_WITHOUT_DP).all(), _report("without DP", without_dp)


def test_entity_level_dp_hides_the_canary(with_entity_dp):
    run = with_entity_dp
    print(_report("entity-level DP", run))
    for name in ("A", "B"):
        privacy = run["privacy"][name]
        assert privacy["unit"] == "entity:id" and privacy["n_units"] == N_ROWS + 1
        assert privacy["epsilon_total"] <= EPSILON + 1e-6
        # The canary's values are in the DP vocabulary, so A and B are told apart by the codec:
        # the protection below comes from DP-SGD, not from values mapped to _RARE_.
        tokens = run["codec"][name].encode(pd.DataFrame([CANARY_A, CANARY_B], columns=COLUMNS))
        assert not np.array_equal(tokens[0], tokens[1])
        for encoder in run["codec"][name].encoders:
            if encoder.column in COLUMNS:
                assert {CANARY_A[COLUMNS.index(encoder.column)], CANARY_B[COLUMNS.index(encoder.column)]} <= set(
                    encoder.categories
                )
    assert (run["gain"] < MAX_GAIN_WITH_ENTITY_DP).all(), _report("entity-level DP", run)


def test_record_level_dp_protects_records_not_a_20_record_entity(with_record_dp, with_entity_dp):
    """The same budget per record: the canary is 20 units and its 20 clipped gradients show.

    This is the test's power check: its DP assertion holds for the right unit, not because any
    DP run at this epsilon is too noisy to learn anything.
    """
    run = with_record_dp
    print(_report("record-level DP", run))
    assert all(run["privacy"][n]["unit"] == "record" for n in ("A", "B"))
    assert run["privacy"]["A"]["n_units"] == N_ROWS + COPIES
    assert run["gain"].mean() > MIN_MEAN_GAIN_WITH_RECORD_DP, _report("record-level DP", run)
    assert run["gain"].mean() > 3 * with_entity_dp["gain"].mean()
