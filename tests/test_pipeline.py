"""Pipeline stage functions: rules checked before a stage touches the run directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from safe_synthesizer import pipeline
from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.run_directory import RunDirectory


def test_privacy_filter_is_refused_for_a_dp_run(tmp_path: Path) -> None:
    run = RunDirectory.create(tmp_path, "default", "table")
    params = SafeSynthesizerParameters()
    params.privacy.dp_enabled = True
    params.generation.privacy_filter = True
    with pytest.raises(ConfigError, match=r"^generation.privacy_filter: .*outside the DP accounting"):
        pipeline.generate(run, params)
    assert "generate" not in run.read_manifest().get("stages", {})
    assert not (run.generate_dir / pipeline.SYNTHETIC_CSV).exists()
