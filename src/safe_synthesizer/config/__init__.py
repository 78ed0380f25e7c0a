"""Configuration: typed sections, YAML I/O and ``auto`` resolution."""

from safe_synthesizer.config.io import apply_overrides, load_yaml, parse_config, save_yaml
from safe_synthesizer.config.parameters import SafeSynthesizerParameters

__all__ = ["SafeSynthesizerParameters", "apply_overrides", "load_yaml", "parse_config", "save_yaml"]
