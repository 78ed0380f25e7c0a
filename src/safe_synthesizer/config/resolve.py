"""Resolve every ``"auto"`` in one place, from facts about the data; the result is what the run
records in ``config.yaml`` and ``manifest.json``."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.privacy.accounting import resolve_delta
from safe_synthesizer.privacy.budget import MIN_PREPROCESSING_SHARE, auto_preprocessing_share
from safe_synthesizer.privacy.codec_statistics import DPCodecStatistics

if TYPE_CHECKING:  # an annotation only: config imports nothing from data at run time
    from safe_synthesizer.data.schema import TableSchema


def resolve_auto(
    params: SafeSynthesizerParameters, *, n_rows: int, n_units: int, schema: TableSchema | None = None
) -> SafeSynthesizerParameters:
    """A copy of ``params`` with seeds and data-dependent ``auto`` values filled in.

    ``n_rows`` counts training records, ``n_units`` privacy units (entities when grouped);
    ``schema`` decides how many DP statistics share the preprocessing budget. Under DP an ``auto``
    share also covers what the schema's own DP releases spent (``TableSchema.privacy_releases``),
    so the codec's statistics keep the share they would have without them.

    Example:
        >>> from safe_synthesizer.config import SafeSynthesizerParameters
        >>> from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
        >>> p = SafeSynthesizerParameters.model_validate({"privacy": {"dp_enabled": True, "epsilon": 8.0}})
        >>> s = TableSchema([ColumnSchema("x", ColumnType.INTEGER)], privacy_releases=[
        ...     {"name": "schema_value_kinds:x", "epsilon": 0.4, "delta": 0.0, "mechanism": "Laplace"}])
        >>> resolve_auto(p, n_rows=30_000, n_units=30_000, schema=s).privacy.preprocessing_epsilon_share
        0.15
    """
    resolved = params.model_copy(deep=True)
    data = resolved.data
    if data.random_state is None:
        data.random_state = secrets.randbelow(2**31 - 1)
    # LLM-only: resolving it on the built-in path would make an unset field look set (and warned about).
    if data.max_sequences_per_example == "auto" and resolved.training.pretrained_model is not None:
        data.max_sequences_per_example = 1 if resolved.privacy.dp_enabled else 10
    if resolved.privacy.delta == "auto":
        resolved.privacy.delta = resolve_delta(n_units)
    privacy = resolved.privacy
    if privacy.preprocessing_epsilon_share == "auto":
        privacy.preprocessing_epsilon_share = MIN_PREPROCESSING_SHARE
        if privacy.dp_enabled and schema is not None:
            n_releases = DPCodecStatistics.releases_for_columns(
                ((c.name, c.type) for c in schema.columns), privacy.public_bounds, privacy.public_categories
            )
            codec_share = auto_preprocessing_share(n_releases, n_units, privacy.epsilon)
            privacy.preprocessing_epsilon_share = round(codec_share + schema.privacy_epsilon / privacy.epsilon, 12)
    if resolved.training.pretrained_model is None:
        from safe_synthesizer.models.builtin.defaults import resolve_training_defaults

        for section, values in resolve_training_defaults(resolved, n_rows, n_units).as_overrides().items():
            for key, value in values.items():
                setattr(getattr(resolved, section), key, value)
        if resolved.training.num_input_records_to_sample == "auto":
            # The built-in model trains on every training record; record that instead of 'auto'.
            resolved.training.num_input_records_to_sample = max(1, n_rows)
    else:
        _resolve_llm_defaults(resolved)
    return resolved


def _resolve_llm_defaults(params: SafeSynthesizerParameters) -> None:
    training, generation = params.training, params.generation
    if training.learning_rate == "auto":
        training.learning_rate = 5e-4
    if training.batch_size == "auto":
        training.batch_size = 1
    if training.num_input_records_to_sample == "auto":
        training.num_input_records_to_sample = 25_000
    if training.max_training_time == "auto":
        training.max_training_time = None
    if training.validation_ratio == "auto":
        training.validation_ratio = 0.0
    if generation.temperature == "auto":
        generation.temperature = 0.9
