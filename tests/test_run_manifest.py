"""The typed manifest: round trip, unknown keys kept, one-line errors for broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.run_manifest import RunManifest


def test_round_trip_keeps_unknown_keys_and_none_values_of_the_config(tmp_path: Path) -> None:
    payload = {"status": "running", "created": "2026-01-01T00:00:00", "future_field": [1, 2],
               "config": {"training": {"max_training_time": None}},
               "stages": {"train": {"status": "completed", "seconds": 1.5, "epochs": 3}}}
    manifest = RunManifest.from_dict(payload)
    assert manifest.stages["train"].model_extra == {"epochs": 3}
    out = manifest.to_dict()
    assert out["future_field"] == [1, 2] and out["config"]["training"]["max_training_time"] is None
    assert out["stages"]["train"] == {"status": "completed", "seconds": 1.5, "epochs": 3}
    assert "input" not in out and "scores" not in out  # unset facts are left out


def test_broken_manifests_are_one_line_errors(tmp_path: Path) -> None:
    path = tmp_path / "manifest.json"
    path.write_text('{"status": "runn', encoding="utf-8")
    with pytest.raises(UserInputError, match=r"broken manifest \(not valid JSON"):
        RunManifest.load(path)
    path.write_text('{"status": "exploded", "created": "x"}', encoding="utf-8")
    with pytest.raises(UserInputError, match=r"^.*manifest.json: broken manifest \(status: Input should be"):
        RunManifest.load(path)
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(UserInputError, match=r"not a JSON object"):
        RunManifest.load(path)
    with pytest.raises(UserInputError, match=r"the run's manifest is missing"):
        RunManifest.load(tmp_path / "none.json")
