"""``auto`` resolution of the built-in model's settings."""

from __future__ import annotations

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.models.builtin.defaults import resolve_training_defaults


def test_auto_values_scale_with_the_data():
    params = SafeSynthesizerParameters()
    small, large = resolve_training_defaults(params, 900), resolve_training_defaults(params, 26_049)
    assert (small.model_size, large.model_size) == ("small", "medium")
    assert small.batch_size < large.batch_size
    assert small.epochs > large.epochs  # small data needs more passes for the same number of steps
    assert large.validation_ratio == 0.1 and large.temperature == 1.0
    assert small.max_seconds < large.max_seconds == 15.78 * 60  # auto budget: 15 min + 30 min per 1M rows


def test_explicit_values_win_and_overrides_use_config_keys():
    params = SafeSynthesizerParameters()
    params.training.batch_size = 100
    params.training.epochs = 2.5
    params.training.max_training_time = 1.5
    params.training.validation_ratio = 0.0
    params.generation.temperature = 0.7
    d = resolve_training_defaults(params, 5_000)
    assert (d.batch_size, d.epochs, d.max_seconds, d.validation_ratio, d.temperature) == (100, 3, 90.0, 0.0, 0.7)
    overrides = d.as_overrides()
    for section, values in overrides.items():
        for key, value in values.items():
            setattr(getattr(params, section), key, value)  # every resolved key is a valid config field


def test_tiny_tables_skip_validation():
    assert resolve_training_defaults(SafeSynthesizerParameters(), 40).validation_ratio == 0.0


def test_small_tables_train_on_every_row_for_fixed_epochs():
    params = SafeSynthesizerParameters()
    for n_rows, epochs in ((1_000, 12), (2_400, 12), (9_000, 12)):
        d = resolve_training_defaults(params, n_rows)
        assert (d.validation_ratio, d.epochs) == (0.0, epochs)  # no split, no early stopping
    below = resolve_training_defaults(params, 900)
    assert below.validation_ratio == 0.1 and below.epochs >= 20  # below 1,000 rows: split + early stop
    params.training.validation_ratio = 0.1  # an explicit split keeps early stopping
    assert resolve_training_defaults(params, 2_400).validation_ratio == 0.1
