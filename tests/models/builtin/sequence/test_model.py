"""Entity histories end to end on small slices of pbcseq (patients) and cdnow (customers).

One training per dataset (few epochs, small model) is shared by the tests of that dataset.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.evaluation.sequences import sequence_metrics
from safe_synthesizer.models.builtin.backend import BuiltinBackend

from ...conftest import DATA

ENTITY_COLUMNS = ["futime", "status", "trt", "age", "sex"]


def _params(group: str, order: str, **privacy) -> SafeSynthesizerParameters:
    params = SafeSynthesizerParameters()
    params.data.group_training_examples_by = group
    params.data.order_training_examples_by = order
    params.data.random_state = 5
    params.training.model_size = "small"
    params.training.epochs = 4
    params.training.num_threads = 1
    for key, value in privacy.items():
        setattr(params.privacy, key, value)
    return params


def _read(name: str, n: int) -> tuple[pd.DataFrame, object]:
    raw = pd.read_csv(DATA / name, dtype=str, keep_default_na=False, nrows=n)
    schema = infer_schema(raw)
    return apply_schema(raw, schema), schema


@pytest.fixture(scope="module")
def pbc(tmp_path_factory):
    df, schema = _read("pbcseq_visits.csv", 400)
    params = _params("id", "day")
    model_dir = tmp_path_factory.mktemp("pbc_model")
    result = BuiltinBackend().train(df, schema, params, model_dir)
    out = BuiltinBackend().generate(model_dir, params, num_records=150).data
    return df, schema, params, model_dir, result, out


@pytest.fixture(scope="module")
def cdnow(tmp_path_factory):
    df, schema = _read("cdnow_transactions.csv", 1500)
    params = _params("customer_id", "date")
    params.training.epochs = 12  # 436 customers: 4 epochs do not learn the purchase counts
    model_dir = tmp_path_factory.mktemp("cdnow_model")
    BuiltinBackend().train(df, schema, params, model_dir)
    out = BuiltinBackend().generate(model_dir, params, num_records=400).data
    return df, schema, out


def test_num_records_counts_entities_with_ordered_events(pbc) -> None:
    df, _, _, _, result, out = pbc
    assert out["id"].nunique() == 150 and len(out) > 150
    assert list(out.columns) == list(df.columns)
    assert result.metrics["train_entities"] == df["id"].nunique()
    assert result.metrics["entity_level_columns"] == ENTITY_COLUMNS
    for _, events in out.groupby("id", sort=False):
        assert events["day"].is_monotonic_increasing
    assert out["day"].between(df["day"].min(), df["day"].max()).all()


def test_entity_level_columns_are_constant_and_rows_are_contiguous(pbc) -> None:
    *_, out = pbc
    assert (out.groupby("id")[ENTITY_COLUMNS].nunique(dropna=False) <= 1).all().all()
    # every entity's rows are one block
    starts = out["id"].ne(out["id"].shift())
    assert starts.sum() == out["id"].nunique()


def test_ids_are_fresh_and_keep_the_format(pbc, cdnow) -> None:
    *_, out = pbc
    assert out["id"].astype(str).str.fullmatch(r"[1-9]\d*").all()
    df, _, synth = cdnow
    ids = synth["customer_id"].drop_duplicates()
    assert ids.str.fullmatch(r"\d{5}").all() and len(ids) == 400
    assert synth["date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert synth["date"].between(df["date"].min(), df["date"].max()).all()


def test_sequence_length_distribution_is_learnt(pbc, cdnow) -> None:
    df, schema, _, _, _, out = pbc
    real, synth = df.groupby("id").size(), out.groupby("id").size()
    assert synth.min() >= 1 and synth.max() <= real.max()  # 51 patients, 4 epochs: bounds only
    df, schema, out = cdnow
    m = sequence_metrics(df, out, schema, "customer_id", "date")
    assert m.ordered_share == 1.0
    assert m.distance("events_per_entity") < 0.2
    # the one-purchase customers (about half) are kept
    one = (out.groupby("customer_id").size() == 1).mean()
    assert abs(one - (df.groupby("customer_id").size() == 1).mean()) < 0.15


def test_seed_data_fixes_entity_level_columns(pbc) -> None:
    _, _, params, model_dir, _, _ = pbc
    seeds = pd.DataFrame({"sex": ["m", "f", "m"], "trt": [2, 1, 2]})
    out = BuiltinBackend().generate(model_dir, params, seed_data=seeds, num_records=3).data
    firsts = out.drop_duplicates("id").reset_index(drop=True)
    assert firsts["sex"].tolist() == ["m", "f", "m"] and firsts["trt"].tolist() == [2, 1, 2]
    with pytest.raises(UserInputError, match="not entity-level columns"):
        BuiltinBackend().generate(model_dir, params, seed_data=pd.DataFrame({"bili": [1.0]}), num_records=1)


def test_layout_is_saved_beside_the_two_parts(pbc) -> None:
    *_, model_dir, _, _ = pbc
    layout = json.loads((model_dir / "sequence.json").read_text())
    assert layout["entity_columns"] == ENTITY_COLUMNS and layout["time_column"] == "day"
    assert (model_dir / "entities" / "model.safetensors").is_file()
    assert (model_dir / "events" / "model.safetensors").is_file()


def test_event_part_learns_only_its_targets(pbc) -> None:
    """The event part's context (entity, position, elapsed time, previous event) is always given
    when sampling: no head, no loss for it, and it leads every training order."""
    import torch

    from safe_synthesizer.models.builtin.model import ModelConfig
    from safe_synthesizer.models.builtin.sequence.events import EventModel
    from safe_synthesizer.models.builtin.sequence.frames import context_columns
    from safe_synthesizer.models.builtin.sequence.layout import SequenceLayout

    *_, model_dir, _, _ = pbc
    layout = SequenceLayout.load(model_dir)
    part = EventModel.load(model_dir / "events")
    model, config = part.model, part.model.config
    columns = list(dict.fromkeys(s.column for s in part.codec.slots))
    given = [c for c in context_columns(layout) if c in columns]
    assert [columns[i] for i in config.given_columns] == given and len(given) > len(ENTITY_COLUMNS)
    heads = {config.slot_columns[model.flat[j]]: type(h).__name__ for j, h in enumerate(model.heads)}
    assert {c for c, kind in heads.items() if kind == "Identity"} == set(config.given_columns)
    # Whatever order the trainer draws, the given columns come first (as when sampling).
    rank = torch.stack([torch.randperm(config.n_columns) for _ in range(8)])
    first = model.given_first(rank)
    free = [c for c in range(config.n_columns) if c not in config.given_columns]
    assert (first[:, config.given_columns].max(dim=1).values < first[:, free].min(dim=1).values).all()
    # Every head left is trained (no dead parameters for DP clipping to count).
    tokens = torch.zeros((4, len(config.slot_sizes)), dtype=torch.long)
    model.record_loss(tokens, rank[:4]).sum().backward()
    assert all(p.grad is not None for p in model.heads.parameters())
    # Given columns must lead the table order (the validation loss uses the table order).
    with pytest.raises(ValueError, match="must come first"):
        ModelConfig.for_slots(part.codec.slots, "small", given=[columns[-1]])


def test_one_time_budget_is_split_between_the_parts(pbc) -> None:
    from safe_synthesizer.models.builtin.defaults import auto_time_budget
    from safe_synthesizer.models.builtin.sequence.model import ENTITY_TIME_SHARE, time_budget, with_time_cap

    df, _, params, model_dir, _, _ = pbc
    budget = auto_time_budget(len(df)) * 60
    assert time_budget(params, len(df)) == pytest.approx(budget)
    settings = {p: json.loads((model_dir / p / "builtin.json").read_text())["settings"] for p in ("entities", "events")}
    assert settings["entities"]["max_seconds"] == pytest.approx(ENTITY_TIME_SHARE * budget)
    # the event part gets the rest, including what the entity part left unused
    assert ENTITY_TIME_SHARE * budget < settings["events"]["max_seconds"] <= budget
    capped = with_time_cap(params, 90.0)
    assert capped.training.max_training_time == pytest.approx(1.5) and params.training.max_training_time == "auto"
    assert time_budget(capped, 10) == pytest.approx(90.0)


@pytest.mark.slow
def test_entity_level_dp_run(tmp_path) -> None:
    df, schema = _read("cdnow_transactions.csv", 3000)
    # the observation window (years) is public knowledge; other ranges are DP releases
    params = _params("customer_id", "date", dp_enabled=True, epsilon=8.0, public_bounds={"date": (1997, 1998)})
    params.training.epochs = 2
    result = BuiltinBackend().train(df, schema, params, tmp_path)
    privacy = result.privacy
    assert privacy is not None and privacy["dp_enabled"] is True
    assert privacy["epsilon_total"] <= 8.0 + 1e-6
    assert privacy["parts"]["events"]["unit"].startswith("entity")
    # A joint composition's own keys describe one part: kept under parts, not shown as the total's.
    assert "preprocessing_mu" in privacy["parts"]["events"] and "preprocessing_mu" not in privacy
    n_customers = df["customer_id"].nunique()
    assert privacy["parts"]["entities"]["n_units"] == privacy["parts"]["events"]["n_units"] == n_customers
    layout = json.loads((tmp_path / "sequence.json").read_text())
    assert layout["max_events"] == params.time_series.max_events_per_entity
    out = BuiltinBackend().generate(tmp_path, params, num_records=300).data
    counts = out.groupby("customer_id").size()
    assert out["customer_id"].nunique() == 300 and counts.max() <= params.time_series.max_events_per_entity
    for _, events in out.groupby("customer_id", sort=False):
        assert events["date"].is_monotonic_increasing
    # every value in range: DP bounds are noisy, so compare with a margin around the real range
    dollars = pd.to_numeric(out["dollar_value"]).dropna()
    assert dollars.between(0, 2 * df["dollar_value"].max()).all()
    assert pd.to_numeric(out["number_of_cds"]).dropna().between(0, 2 * df["number_of_cds"].max()).all()
    dates = pd.to_datetime(out["date"])
    assert dates.notna().all() and dates.dt.year.between(1997, 1998).all()
    m = sequence_metrics(df, out, schema, "customer_id", "date")
    assert m.distance("events_per_entity") < 0.5  # 885 customers, 2 DP epochs (the benchmark measures all)


@pytest.mark.slow
def test_run_through_the_sdk_reports_entities_and_sequence_metrics(tmp_path) -> None:
    from safe_synthesizer.sdk import SafeSynthesizer

    source = tmp_path / "pbc.csv"
    pd.read_csv(DATA / "pbcseq_visits.csv", dtype=str, keep_default_na=False, nrows=300).to_csv(source, index=False)
    results = (
        SafeSynthesizer(artifact_path=tmp_path / "arts")
        .with_data_source(source)
        .with_data(group_training_examples_by="id", order_training_examples_by="day", random_state=2, holdout=0.15)
        .with_train(model_size="small", epochs=2, num_threads=1)
        .with_generate(num_records=40)
        .run()
    )
    out = results.synthetic_data
    assert out["id"].nunique() == 40
    assert results.summary["metrics"]["num_entities"] == 40 and results.summary["metrics"]["num_rows"] == len(out)
    # the summary gives each JS distance with its noise reference (a small table's floor)
    events = results.summary["metrics"]["sequences"]["events_per_entity"]
    assert events["noise_reference"] > 0 and isinstance(events["within_noise"], bool)
    run = results.summary["run_path"]
    metrics = json.loads(next((tmp_path / "arts").rglob("evaluation_metrics.json")).read_text())
    assert metrics["dataset"]["sequences"]["ordered_share"] == 1.0
    assert metrics["dataset"]["sequences"]["synthetic_entities"] == 40
    report = next((tmp_path / "arts").rglob("evaluation_report.html")).read_text()
    assert 'id="sequences"' in report and run


def test_entity_histories_refused_under_torchrun(tmp_path, monkeypatch) -> None:
    df, schema = _read("pbcseq_visits.csv", 200)
    monkeypatch.setenv("WORLD_SIZE", "2")
    with pytest.raises(UserInputError, match="order_training_examples_by"):
        BuiltinBackend().train(df, schema, _params("id", "day"), tmp_path)
