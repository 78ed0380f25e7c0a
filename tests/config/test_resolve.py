"""resolve_auto: every 'auto' resolved from data facts, seeds drawn once and recorded."""

from __future__ import annotations

import pytest

from safe_synthesizer.config import SafeSynthesizerParameters, apply_overrides
from safe_synthesizer.config.resolve import resolve_auto
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.accounting import resolve_delta


@pytest.mark.parametrize(
    ("n_units", "delta"),
    [(1, 0.1), (50, 0.1 / 50), (99, 0.1 / 99), (100, 100**-1.2), (1000, 1000**-1.2), (312, 312**-1.2)],
)
def test_default_delta_formula(n_units: int, delta: float) -> None:
    assert resolve_delta(n_units) == pytest.approx(delta, rel=1e-12)


def test_delta_needs_a_unit() -> None:
    with pytest.raises(ConfigError, match=r"^privacy\.delta: cannot derive delta for 0 privacy units"):
        resolve_delta(0)


def test_delta_resolved_from_units_not_rows() -> None:
    params = apply_overrides(SafeSynthesizerParameters(), {"privacy__dp_enabled": "true"})
    resolved = resolve_auto(params, n_rows=1945, n_units=312)
    assert resolved.privacy.delta == pytest.approx(312**-1.2)


def test_explicit_delta_is_kept() -> None:
    params = apply_overrides(SafeSynthesizerParameters(), {"privacy__delta": "1e-7"})
    assert resolve_auto(params, n_rows=1000, n_units=1000).privacy.delta == 1e-7


def test_random_state_drawn_and_input_untouched() -> None:
    params = SafeSynthesizerParameters()
    resolved = resolve_auto(params, n_rows=1000, n_units=1000)
    assert isinstance(resolved.data.random_state, int)
    assert 0 <= resolved.data.random_state < 2**31 - 1
    assert params.data.random_state is None
    assert params.privacy.delta == "auto"
    # Resolving the resolved config again keeps the recorded seed.
    assert resolve_auto(resolved, n_rows=1000, n_units=1000).data.random_state == resolved.data.random_state


def test_explicit_random_state_is_kept() -> None:
    params = apply_overrides(SafeSynthesizerParameters(), {"data__random_state": "17"})
    assert resolve_auto(params, n_rows=1000, n_units=1000).data.random_state == 17


@pytest.mark.parametrize(("dp", "expected"), [("false", 10), ("true", 1)])
def test_max_sequences_per_example(dp: str, expected: int) -> None:
    params = apply_overrides(
        SafeSynthesizerParameters(), {"privacy__dp_enabled": dp, "training__pretrained_model": "some/model"}
    )
    assert resolve_auto(params, n_rows=1000, n_units=1000).data.max_sequences_per_example == expected


def test_llm_only_auto_stays_unset_on_the_builtin_path() -> None:
    from safe_synthesizer.config.applicability import inapplicable_fields

    resolved = resolve_auto(SafeSynthesizerParameters(), n_rows=1000, n_units=1000)
    assert resolved.data.max_sequences_per_example == "auto"
    assert inapplicable_fields(resolved, "builtin") == []  # the default run warns about nothing


def test_llm_path_defaults() -> None:
    params = apply_overrides(SafeSynthesizerParameters(), {"training__pretrained_model": "some/model"})
    resolved = resolve_auto(params, n_rows=1000, n_units=1000)
    t, g = resolved.training, resolved.generation
    assert (t.learning_rate, t.batch_size, t.num_input_records_to_sample, t.validation_ratio) == (5e-4, 1, 25_000, 0.0)
    assert g.temperature == 0.9


def test_llm_path_keeps_explicit_values() -> None:
    params = apply_overrides(
        SafeSynthesizerParameters(),
        {
            "training__pretrained_model": "some/model",
            "training__learning_rate": "1e-4",
            "generation__temperature": "0.7",
        },
    )
    resolved = resolve_auto(params, n_rows=1000, n_units=1000)
    assert (resolved.training.learning_rate, resolved.generation.temperature) == (1e-4, 0.7)


def test_builtin_path_records_the_training_rows_it_sees() -> None:
    resolved = resolve_auto(SafeSynthesizerParameters(), n_rows=1234, n_units=1234)
    assert resolved.training.num_input_records_to_sample == 1234


def test_auto_preprocessing_share_adds_the_schema_releases() -> None:
    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema

    params = apply_overrides(SafeSynthesizerParameters(), {"privacy__dp_enabled": "true", "privacy__epsilon": "8"})
    columns = [ColumnSchema("x", ColumnType.INTEGER)]
    release = {"name": "schema_value_kinds:x", "epsilon": 0.16, "delta": 0.0, "mechanism": "Laplace"}
    without = resolve_auto(params, n_rows=30_000, n_units=30_000, schema=TableSchema(columns))
    charged = TableSchema(columns, privacy_releases=[release])
    with_schema = resolve_auto(params, n_rows=30_000, n_units=30_000, schema=charged)
    assert with_schema.privacy.preprocessing_epsilon_share == pytest.approx(
        without.privacy.preprocessing_epsilon_share + 0.02)
    explicit = apply_overrides(params, {"privacy__preprocessing_epsilon_share": "0.2"})
    kept = resolve_auto(explicit, n_rows=30_000, n_units=30_000, schema=charged)
    assert kept.privacy.preprocessing_epsilon_share == 0.2
