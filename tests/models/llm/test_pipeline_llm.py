"""A reference user's YAML with training.pretrained_model runs through the SDK end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safe_synthesizer import SafeSynthesizer

from .conftest import small_adult

pytestmark = pytest.mark.slow

YAML = """\
data:
  holdout: 0
  random_state: 1
training:
  pretrained_model: {model}
  lora_r: 4
  lora_alpha_over_r: 1.0
  lora_target_modules: [q_proj, v_proj]
  learning_rate: 0.005
  batch_size: 2
  gradient_accumulation_steps: 1
  num_input_records_to_sample: 80
generation:
  num_records: 15
  temperature: 0.9
  repetition_penalty: 1.0
  patience: 3
  structured_generation:
    enabled: true
replace_pii:
  enabled: false
"""


def test_reference_yaml_with_pretrained_model_runs(tmp_path: Path, tiny_model_dir: Path) -> None:
    table = small_adult(200)  # the data stage needs 200 rows
    config = tmp_path / "llm.yaml"
    config.write_text(YAML.format(model=tiny_model_dir), encoding="utf-8")
    results = SafeSynthesizer(config, artifact_path=tmp_path / "runs").with_data_source(table).run()
    data = results.synthetic_data
    assert len(data) == 15 and list(data.columns) == list(table.columns)
    run = next((tmp_path / "runs").rglob("manifest.json")).parent
    model_dir = run / "train" / "model"
    assert (model_dir / "adapter" / "adapter_model.safetensors").is_file()
    llm = json.loads((model_dir / "llm.json").read_text())
    assert llm["lora"]["target_modules"] == ["q_proj", "v_proj"]
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["stages"]["train"]["backend"] == "llm"
    assert results.report_path is not None and results.report_path.is_file()
