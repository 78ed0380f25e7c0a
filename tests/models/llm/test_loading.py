"""Model sources: local directory, GGUF file, presets, HF id offline error, GPU-only options on CPU."""

from __future__ import annotations

import pytest

from safe_synthesizer.errors import ConfigError, StageNotBuiltError
from safe_synthesizer.models.llm import loading


def test_presets_and_local_dir(tiny_model_dir):
    assert loading.resolve_model("smollm3").location == "HuggingFaceTB/SmolLM3-3B"
    assert loading.resolve_model("TinyLlama").location == "TinyLlama/TinyLlama-1.1B-Chat-v1.0"
    assert loading.resolve_model("mistral").family == "mistral"
    assert loading.default_learning_rate(loading.resolve_model("mistral")) == 1e-4
    source = loading.resolve_model(str(tiny_model_dir))
    assert source.local and source.gguf_file is None
    assert loading.load_model(source).config.num_hidden_layers == 2


def test_gguf_file_and_directory(tmp_path):
    (tmp_path / "m.gguf").write_bytes(b"GGUF")
    assert loading.resolve_model(str(tmp_path)).gguf_file == "m.gguf"
    assert loading.resolve_model(str(tmp_path / "m.gguf")).location == str(tmp_path.resolve())
    (tmp_path / "n.gguf").write_bytes(b"GGUF")
    with pytest.raises(ConfigError, match=r"exactly one \.gguf"):
        loading.resolve_model(str(tmp_path))


def test_smollm2_preset_points_at_the_package():
    source = loading.resolve_model("smollm2")
    assert source.gguf_file == loading.SMOLLM2_GGUF and source.label == "SmolLM2-135M-Instruct"


def test_offline_hf_id_names_the_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("SAFE_SYNTHESIZER_MODEL_CACHE", str(tmp_path))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    source = loading.resolve_model("smollm3")
    with pytest.raises(ConfigError) as err:
        loading.load_tokenizer(source)
    message = str(err.value)
    assert "offline" in message and str(tmp_path / "HuggingFaceTB--SmolLM3-3B") in message
    assert "\n" not in message


def test_bad_names():
    with pytest.raises(ConfigError, match="neither an existing path"):
        loading.resolve_model("./no/such/model")


@pytest.mark.skipif(loading.gpu_available(), reason="checks the CPU error")
def test_gpu_only_paths_fail_clearly_on_cpu():
    with pytest.raises(StageNotBuiltError, match=r"training\.quantize_model: QLoRA needs a CUDA GPU"):
        loading.quantization_config(4)
    with pytest.raises(StageNotBuiltError, match=r"training\.use_unsloth: Unsloth needs a CUDA GPU"):
        loading.check_unsloth()
    from safe_synthesizer.models.llm.generation import choose_engine

    with pytest.raises(StageNotBuiltError, match=r"generation\.engine: vllm needs a CUDA GPU"):
        choose_engine("vllm")
    assert choose_engine("auto") == "transformers"


def test_model_goes_to_the_gpu_when_there_is_one(monkeypatch) -> None:
    """LoRA training and sampling run on a CUDA GPU when present (QLoRA is placed by device_map)."""
    from safe_synthesizer.models.llm import loading as loading_module

    moved: list[str] = []

    class Model:
        def to(self, device: str) -> Model:
            moved.append(device)
            return self

    monkeypatch.setattr(loading_module, "_load_model", lambda source, bits: Model())
    monkeypatch.setattr(loading_module, "gpu_available", lambda: True)
    loading_module.load_model(None)
    loading_module.load_model(None, quantize_bits=4)
    assert moved == ["cuda"]
    monkeypatch.setattr(loading_module, "gpu_available", lambda: False)
    loading_module.load_model(None)
    assert moved == ["cuda"]
