"""``SafeSynthesizerJobBuilder``: the SDK's ``with_*`` builder, submitted to the service as a job.

Every ``with_*`` call goes to a local :class:`safe_synthesizer.SafeSynthesizer`, so the settings
map to config keys exactly as in the SDK, and a wrong key or value fails here, before upload.
The job carries only the settings that differ from the defaults; the server resolves the rest.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from safe_synthesizer.config.io import to_plain_dict
from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.sdk import SafeSynthesizer

if TYPE_CHECKING:
    from safe_synthesizer.client.http import SafeSynthesizerClient
    from safe_synthesizer.client.job import SafeSynthesizerJob

# Names of the reference product's tutorial that our config spells differently.
TRAIN_ALIASES = {"num_epochs": "epochs"}


def _changed(values: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    """The nested entries of ``values`` that differ from ``defaults``."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        default = defaults.get(key)
        if isinstance(value, dict) and isinstance(default, dict):
            nested = _changed(value, default)
            if nested:
                out[key] = nested
        elif value != default or key not in defaults:
            out[key] = value
    return out


class SafeSynthesizerJobBuilder:
    """Collect a job's data and settings, then ``create_job(name=..., project=...)``."""

    def __init__(self, client: SafeSynthesizerClient,
                 config: SafeSynthesizerParameters | dict | str | Path | None = None) -> None:
        self._client = client
        self._sdk = SafeSynthesizer(config)  # only its settings are used; it never runs here
        self._source: pd.DataFrame | Path | None = None
        self._action = "synthesize"

    def with_data_source(self, source: str | Path | pd.DataFrame) -> SafeSynthesizerJobBuilder:
        """A DataFrame (sent as Parquet, so types survive) or a CSV/TSV/Parquet/JSON(L) file."""
        if not isinstance(source, pd.DataFrame):
            source = Path(source)
            if not source.is_file():
                raise UserInputError(f"data source {source}: no such file")
        self._source = source
        return self

    def with_data(self, **settings: Any) -> SafeSynthesizerJobBuilder:
        self._sdk.with_data(**settings)
        return self

    def with_replace_pii(self, enable: bool = True, **settings: Any) -> SafeSynthesizerJobBuilder:
        self._sdk.with_replace_pii(enable, **settings)
        return self

    def with_train(self, **settings: Any) -> SafeSynthesizerJobBuilder:
        """``training`` settings; the reference's ``num_epochs`` is accepted for ``epochs``."""
        self._sdk.with_train(**{TRAIN_ALIASES.get(k, k): v for k, v in settings.items()})
        return self

    def with_generate(self, num_records: int | None = None, **settings: Any) -> SafeSynthesizerJobBuilder:
        if "seed_data" in settings:
            raise UserInputError("with_generate(seed_data=...) is not supported by the job service; "
                                 "use the local SDK (safe_synthesizer.SafeSynthesizer) for conditional generation")
        self._sdk.with_generate(num_records, **settings)
        return self

    def with_evaluate(self, enabled: bool = True, **settings: Any) -> SafeSynthesizerJobBuilder:
        self._sdk.with_evaluate(enabled, **settings)
        return self

    def with_differential_privacy(self, epsilon: float = 8.0, delta: float | str = "auto",
                                  per_sample_max_grad_norm: float = 1.0, **settings: Any) -> SafeSynthesizerJobBuilder:
        self._sdk.with_differential_privacy(epsilon, delta, per_sample_max_grad_norm, **settings)
        return self

    def synthesize(self) -> SafeSynthesizerJobBuilder:
        """The job trains, generates and evaluates (the default)."""
        self._action = "synthesize"
        return self

    def validate(self) -> SafeSynthesizerJobBuilder:
        """The job only reads, types and checks the table (``run train --validate``)."""
        self._action = "validate"
        return self

    @property
    def config(self) -> dict[str, Any]:
        """The settings the job will carry: those that differ from the defaults."""
        return _changed(to_plain_dict(self._sdk.params), to_plain_dict(SafeSynthesizerParameters()))

    def _payload(self) -> tuple[str, bytes, str]:
        if self._source is None:
            raise UserInputError("no data source; call .with_data_source(dataframe_or_path) first")
        if isinstance(self._source, pd.DataFrame):
            buffer = io.BytesIO()
            self._source.to_parquet(buffer, index=False)
            return "dataframe.parquet", buffer.getvalue(), "application/vnd.apache.parquet"
        return self._source.name, self._source.read_bytes(), "application/octet-stream"

    def create_job(self, *, name: str, project: str) -> SafeSynthesizerJob:
        """Upload the data and settings; the job waits in the service's queue for a worker."""
        from safe_synthesizer.client.job import SafeSynthesizerJob

        filename, content, media_type = self._payload()
        spec = {"name": name, "project": project, "action": self._action, "config": self.config}
        record = self._client.request("POST", self._client.jobs_path(), data={"spec": json.dumps(spec)},
                                      files={"data": (filename, content, media_type)}).json()
        return SafeSynthesizerJob(self._client, record)
