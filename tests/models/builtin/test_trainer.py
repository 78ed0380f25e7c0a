"""Training: the loss falls on real data, a killed run resumes, the same seed gives the same model."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from safe_synthesizer.models.builtin.codec import TabularCodec
from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
from safe_synthesizer.models.builtin.trainer import TrainSettings, evaluate, train_model


@pytest.fixture
def encoded(adult, adult_schema):
    codec = TabularCodec.fit(adult, adult_schema(adult))
    tokens = codec.encode(adult)
    return codec, tokens[:1300], tokens[1300:]


def _model(codec, seed=0) -> SlotModel:
    torch.manual_seed(seed)
    return SlotModel(ModelConfig.for_slots(codec.slots, "small"))


def _settings(**kw) -> TrainSettings:
    return TrainSettings(**{"learning_rate": 3e-3, "batch_size": 64, "max_epochs": 3, "warmup_steps": 10, **kw})


def test_loss_decreases(encoded, tmp_path):
    codec, train, val = encoded
    model = _model(codec)
    before = evaluate(model, torch.from_numpy(val))
    outcome = train_model(model, train, val, _settings(), tmp_path / "ck")
    after = evaluate(model, torch.from_numpy(val))
    assert after < 0.8 * before
    assert outcome.history[-1]["train_loss"] < outcome.history[0]["train_loss"]
    assert outcome.best_val_loss == pytest.approx(after, rel=1e-4)


def test_killed_training_resumes_from_its_checkpoint(encoded, tmp_path):
    codec, train, val = encoded
    straight = _model(codec)
    train_model(straight, train, val, _settings(), tmp_path / "a", fingerprint="x")

    class Killed(Exception):
        pass

    def kill_after_two(epoch: int) -> None:
        if epoch == 2:
            raise Killed

    interrupted = _model(codec)
    with pytest.raises(Killed):
        train_model(interrupted, train, val, _settings(), tmp_path / "b", fingerprint="x", on_epoch=kill_after_two)
    resumed = _model(codec, seed=123)  # a fresh process: different initial weights
    outcome = train_model(resumed, train, val, _settings(), tmp_path / "b", fingerprint="x")
    assert outcome.resumed_from_epoch == 2 and outcome.epochs == 3
    for (name, a), b in zip(straight.state_dict().items(), resumed.state_dict().values(), strict=True):
        assert torch.equal(a, b), name


def test_checkpoint_of_another_configuration_is_ignored(encoded, tmp_path):
    codec, train, val = encoded
    train_model(_model(codec), train, val, _settings(max_epochs=1), tmp_path / "c", fingerprint="one")
    outcome = train_model(_model(codec), train, val, _settings(max_epochs=1), tmp_path / "c", fingerprint="two")
    assert outcome.resumed_from_epoch == 0


def test_same_seed_same_model(encoded, tmp_path):
    codec, train, val = encoded
    a, b = _model(codec), _model(codec)
    train_model(a, train, val, _settings(max_epochs=2), tmp_path / "a")
    train_model(b, train, val, _settings(max_epochs=2), tmp_path / "b")
    assert all(torch.equal(x, y) for x, y in zip(a.state_dict().values(), b.state_dict().values(), strict=True))
    c = _model(codec)
    train_model(c, train, val, _settings(max_epochs=2, seed=5), tmp_path / "c")
    assert not all(torch.equal(x, y) for x, y in zip(a.state_dict().values(), c.state_dict().values(), strict=True))
    assert np.isfinite(evaluate(c, torch.from_numpy(val)))


def test_without_validation_the_planned_epochs_run_and_the_last_weights_are_kept(encoded, tmp_path):
    codec, train, _ = encoded
    model = _model(codec)
    outcome = train_model(model, train, None, _settings(max_epochs=2, patience=1), tmp_path / "ck")
    assert outcome.epochs == 2 and outcome.best_val_loss is None and outcome.stopped_by == "max_epochs"
    assert all(h["val_loss"] is None for h in outcome.history)


def test_time_budget_stops_within_an_epoch_at_a_calibrated_step_budget(encoded, tmp_path):
    codec, train, val = encoded
    settings = _settings(batch_size=8, max_epochs=50, max_seconds=5.0)
    outcome = train_model(_model(codec), train, val, settings, tmp_path / "ck")
    per_epoch = -(-len(train) // 8)
    assert outcome.stopped_by == "max_training_time" and outcome.steps < 50 * per_epoch
    assert outcome.best_val_loss is not None  # the partial epoch was still validated
    # The budget became a step budget after the timed warm-up steps; the run says it is not reproducible.
    assert outcome.planned_steps == 50 * per_epoch and outcome.seconds_per_step > 0
    assert outcome.step_budget is not None and outcome.steps <= outcome.step_budget < outcome.planned_steps
    assert not outcome.reproducible
    assert f"at step {outcome.steps} of the {outcome.planned_steps}" in outcome.budget_note()
    from safe_synthesizer.models.builtin.trainer import _schedule

    # The rate decays to its floor at the step budget, not at the epochs' last step.
    assert _schedule(100, settings, per_epoch, planned=110) < 0.2 < _schedule(100, settings, per_epoch)
    assert _schedule(110, settings, per_epoch, planned=110) == pytest.approx(0.1)


def test_a_budget_the_planned_steps_fit_leaves_the_run_reproducible(encoded, tmp_path):
    codec, train, val = encoded
    a, b = _model(codec), _model(codec)
    capped = train_model(a, train, val, _settings(max_epochs=2, max_seconds=3600.0), tmp_path / "a")
    free = train_model(b, train, val, _settings(max_epochs=2), tmp_path / "b")
    assert capped.seconds_per_step > 0 and capped.step_budget is None and capped.reproducible
    assert capped.budget_note() is None and free.seconds_per_step is None
    # Timing the steps changed nothing: a budget that is not reached gives the uncapped model.
    assert all(torch.equal(x, y) for x, y in zip(a.state_dict().values(), b.state_dict().values(), strict=True))


def test_the_schedule_ignores_the_clock(encoded, tmp_path, monkeypatch):
    """A load burst after the calibration (half the budget lost in one step, the run still inside
    it) trains the same model: the rate follows the steps, not the clock."""
    import itertools

    from safe_synthesizer.models.builtin import trainer

    codec, train, val = encoded
    a, b = _model(codec), _model(codec)
    settings = _settings(max_epochs=2, max_seconds=10_000.0)
    train_model(a, train, val, settings, tmp_path / "a")
    calls = itertools.count()
    # One second a call, then 5,000 s at once around step 15 of 42 (after the 10 timed warm-up steps).
    monkeypatch.setattr(trainer.time, "monotonic", lambda: (lambda c: c + (5_000.0 if c > 30 else 0.0))(next(calls)))
    slow = train_model(b, train, val, settings, tmp_path / "b")
    assert slow.stopped_by != "max_training_time" and slow.reproducible
    assert all(torch.equal(x, y) for x, y in zip(a.state_dict().values(), b.state_dict().values(), strict=True))


def test_progress_lines_without_a_terminal(encoded, tmp_path, caplog):
    codec, train, val = encoded
    caplog.set_level("INFO", logger="safe_synthesizer")
    train_model(_model(codec), train, val, _settings(max_epochs=1, progress_seconds=0.0, max_seconds=600.0),
                tmp_path / "a")
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("training:")]
    assert "time budget 10.0 min" in lines[0]
    assert any("step 1/" in line and "loss " in line and "s elapsed" in line for line in lines)
    caplog.clear()
    train_model(_model(codec), train, None, _settings(max_epochs=1, progress_seconds=0.0, report_losses=False),
                tmp_path / "b")
    lines = [r.getMessage() for r in caplog.records if "step" in r.getMessage()]
    assert lines and not any("loss 1" in line or "loss 2" in line for line in lines)  # DP: no loss values
