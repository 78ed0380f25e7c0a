"""The seam between the pipeline and a model: a backend trains into a directory and samples from it.

The model directory (``<run>/train/model/``) is the contract: ``train`` writes everything needed
there, ``generate`` needs nothing else, so ``run generate --run-path`` works in a new process.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.schema import TableSchema


@dataclass
class TrainResult:
    """What training reports: plain numbers for the manifest and the summary table.

    ``privacy`` is filled when DP-SGD ran: epsilon/delta spent and their itemisation.
    """

    metrics: dict[str, Any] = field(default_factory=dict)
    privacy: dict[str, Any] | None = None


@dataclass
class GenerateResult:
    """Synthetic records plus generation counters (valid/invalid, filtered, rows/s)."""

    data: pd.DataFrame
    metrics: dict[str, Any] = field(default_factory=dict)


def generation_metrics(n_records: int, seconds: float, n_filtered: int) -> dict[str, Any]:
    """The generation counters every backend reports (records are valid by construction)."""
    return {
        "num_valid_records": n_records,
        "num_invalid_records": 0,
        "num_filtered_records": n_filtered,
        "generate_seconds": round(seconds, 3),
        # Three decimals: an LLM on a CPU writes well under one record a second.
        "records_per_second": round(n_records / seconds, 3) if seconds > 0 else None,
    }


def collect_generated(
    backend: ModelBackend,
    model_dir: Path,
    params: SafeSynthesizerParameters,
    *,
    num_records: int,
    seed_data: pd.DataFrame | None = None,
    training: pd.DataFrame | None = None,
) -> GenerateResult:
    """``generate`` for any backend: gather ``iter_generate`` chunks into one table with its counters.

    A backend that times its own sampling (``counters["generate_seconds"]``, e.g. without model
    loading) is trusted; otherwise the wall time of the whole loop is reported. Counters beyond the
    common ones (an LLM's invalid records, say) are passed through.
    """
    started = time.monotonic()
    counters: dict[str, Any] = {"num_filtered_records": 0}
    chunks = list(
        backend.iter_generate(
            model_dir, params, num_records=num_records, seed_data=seed_data, training=training, counters=counters
        )
    )
    data = pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame()
    seconds = float(counters.pop("generate_seconds", None) or (time.monotonic() - started))
    metrics = {**generation_metrics(len(data), seconds, counters["num_filtered_records"]), **counters}
    metrics["num_valid_records"] = len(data)
    return GenerateResult(data=data, metrics=metrics)


class ModelBackend(Protocol):
    """A trainable generator of records."""

    name: str

    def train(
        self,
        training: pd.DataFrame,
        schema: TableSchema,
        params: SafeSynthesizerParameters,
        model_dir: Path,
    ) -> TrainResult:
        """Fit on ``training`` (already PII-replaced) and save the model into ``model_dir``."""
        ...

    def generate(
        self,
        model_dir: Path,
        params: SafeSynthesizerParameters,
        *,
        num_records: int,
        seed_data: pd.DataFrame | None = None,
        training: pd.DataFrame | None = None,
    ) -> GenerateResult:
        """Sample ``num_records`` valid records; ``seed_data`` fixes some columns per row;
        ``training`` is given for the optional privacy filter."""
        ...

    def iter_generate(
        self,
        model_dir: Path,
        params: SafeSynthesizerParameters,
        *,
        num_records: int,
        seed_data: pd.DataFrame | None = None,
        training: pd.DataFrame | None = None,
        counters: dict[str, int] | None = None,
    ) -> Iterator[pd.DataFrame]:
        """``generate`` in chunks, for streaming to disk; adds to ``counters["num_filtered_records"]``."""
        ...


def get_backend(params: SafeSynthesizerParameters) -> ModelBackend:
    """The built-in tabular model unless ``training.pretrained_model`` names an LLM."""
    from safe_synthesizer.config.applicability import warn_inapplicable

    if params.training.pretrained_model is None:
        from safe_synthesizer.models.builtin.backend import BuiltinBackend

        warn_inapplicable(params, "builtin")
        return BuiltinBackend()
    warn_inapplicable(params, "llm")
    try:
        from safe_synthesizer.models.llm import LLMBackend
    except ImportError as exc:  # transformers/peft are the optional ``llm`` extra
        from safe_synthesizer.errors import StageNotBuiltError

        raise StageNotBuiltError(
            f"training.pretrained_model: the LLM path needs the 'llm' extra ({exc.name} is missing); "
            "pip install 'safe-synthesizer[llm]' or remove training.pretrained_model to use the built-in model"
        ) from None
    return LLMBackend()
