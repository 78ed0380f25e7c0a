"""The root config object: one typed section per pipeline concern."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from safe_synthesizer.config.base import Section
from safe_synthesizer.config.data import DataParameters
from safe_synthesizer.config.evaluation import EvaluationParameters
from safe_synthesizer.config.generation import GenerationParameters
from safe_synthesizer.config.privacy import PrivacyParameters
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.config.time_series import TimeSeriesParameters
from safe_synthesizer.config.training import TrainingParameters


class SafeSynthesizerParameters(Section):
    """Every setting of a run. Defaults here are the single source of truth.

    Example:
        >>> params = SafeSynthesizerParameters()
        >>> params.generation.num_records
        1000
    """

    data: DataParameters = Field(default_factory=DataParameters)
    training: TrainingParameters = Field(default_factory=TrainingParameters)
    generation: GenerationParameters = Field(default_factory=GenerationParameters)
    privacy: PrivacyParameters = Field(default_factory=PrivacyParameters)
    replace_pii: ReplacePiiParameters = Field(default_factory=ReplacePiiParameters)
    evaluation: EvaluationParameters = Field(default_factory=EvaluationParameters)
    time_series: TimeSeriesParameters = Field(default_factory=TimeSeriesParameters)

    @classmethod
    def from_yaml(cls, path: str | Path) -> SafeSynthesizerParameters:
        """Load and validate a YAML config file."""
        from safe_synthesizer.config.io import load_yaml

        return load_yaml(path)

    def to_yaml(self, path: str | Path) -> None:
        """Write this config as YAML (atomically)."""
        from safe_synthesizer.config.io import save_yaml

        save_yaml(self, path)
