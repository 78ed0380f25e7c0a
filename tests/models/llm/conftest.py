"""A tiny Llama and a tokenizer trained here, saved with ``save_pretrained`` and loaded through the
real ``from_pretrained`` path: fast CPU tests of the whole LLM backend without a download."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema

SAMPLE = Path(__file__).parents[3] / "src" / "safe_synthesizer" / "sample_data" / "adult_sample.csv"
COLUMNS = ["age", "workclass", "education", "sex", "hours-per-week", "income"]
CHAT_TEMPLATE = (
    "{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def small_adult(n: int = 80) -> pd.DataFrame:
    return pd.read_csv(SAMPLE, nrows=n)[COLUMNS]


def small_schema(df: pd.DataFrame) -> TableSchema:
    ints = {"age", "hours-per-week"}
    return TableSchema(
        [ColumnSchema(c, ColumnType.INTEGER if c in ints else ColumnType.CATEGORICAL) for c in df.columns],
        n_rows=len(df),
    )


def build_tiny_model(directory: Path, df: pd.DataFrame) -> Path:
    """Train a byte-level BPE on the records and save it with a random 2-layer Llama."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    from safe_synthesizer.models.llm.examples import prompt_text, record_lines

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<pad>"]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    corpus = [*record_lines(df, small_schema(df)), prompt_text(df.columns), "user assistant"]
    trainer = trainers.BpeTrainer(vocab_size=400, special_tokens=specials,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    tok.train_from_iterator(corpus, trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|im_end|>", pad_token="<pad>",
                                   bos_token="<|endoftext|>")
    fast.chat_template = CHAT_TEMPLATE
    fast.save_pretrained(str(directory))
    config = LlamaConfig(vocab_size=len(fast), hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=1024,
                         bos_token_id=fast.bos_token_id, eos_token_id=fast.eos_token_id,
                         pad_token_id=fast.pad_token_id, tie_word_embeddings=True)
    import torch

    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(str(directory), safe_serialization=True)
    (directory / "README.txt").write_text(json.dumps({"built_by": "tests"}))
    return directory


@pytest.fixture(scope="session")
def tiny_data() -> pd.DataFrame:
    return small_adult()


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory, tiny_data: pd.DataFrame) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-llama"), tiny_data)


def tiny_llm_params(model_dir: Path) -> SafeSynthesizerParameters:
    """Settings that train the tiny model in a few seconds: LoRA r=4, 1 epoch, batch 2, one thread."""
    params = SafeSynthesizerParameters()
    params.data.random_state = 3
    t = params.training
    t.pretrained_model = str(model_dir)
    t.lora_r = 4
    t.learning_rate = 5e-3
    t.batch_size = 2
    t.gradient_accumulation_steps = 1
    t.epochs = 1
    t.num_threads = 1
    params.generation.batch_size = 8
    return params


@pytest.fixture
def llm_params(tiny_model_dir: Path) -> SafeSynthesizerParameters:
    return tiny_llm_params(tiny_model_dir)


@pytest.fixture(scope="session")
def tiny_schema(tiny_data: pd.DataFrame) -> TableSchema:
    return small_schema(tiny_data)


@pytest.fixture(scope="session")
def tiny_source(tiny_model_dir: Path) -> Any:
    """The tiny model as ``training.pretrained_model`` resolves it (a local save_pretrained directory)."""
    from safe_synthesizer.models.llm.loading import resolve_model

    return resolve_model(str(tiny_model_dir))


@pytest.fixture(scope="session")
def tiny_tokenizer(tiny_source: Any) -> Any:
    from safe_synthesizer.models.llm.loading import load_tokenizer

    return load_tokenizer(tiny_source)


@pytest.fixture(scope="session")
def tiny_model(tiny_source: Any) -> Any:
    """The base model in eval mode, shared read-only: a test that trains loads its own (``load_model``)."""
    from safe_synthesizer.models.llm.loading import load_model

    return load_model(tiny_source).eval()


@pytest.fixture(scope="session")
def tiny_spec(tiny_data: pd.DataFrame, tiny_schema: TableSchema) -> Any:
    from safe_synthesizer.models.llm.grammar import build_record_spec

    return build_record_spec(tiny_data, tiny_schema)


@pytest.fixture(scope="session")
def tiny_vocab(tiny_model: Any) -> int:
    """Rows of the output layer: the width of every logits row and grammar mask."""
    return int(tiny_model.get_output_embeddings().weight.shape[0])


@pytest.fixture(scope="session")
def tiny_grammar_info(tiny_tokenizer: Any, tiny_vocab: int) -> Any:
    """xgrammar's view of the tokenizer (skips the test when xgrammar is not installed)."""
    pytest.importorskip("xgrammar")
    from safe_synthesizer.models.llm.grammar import tokenizer_info

    return tokenizer_info(tiny_tokenizer, tiny_vocab)


@pytest.fixture(scope="session")
def tiny_prompt(tiny_tokenizer: Any, tiny_spec: Any) -> list[int]:
    """Token ids of the chat prompt every generated sequence starts from."""
    from safe_synthesizer.models.llm.examples import prompt_ids

    return prompt_ids(tiny_tokenizer, tiny_spec.names)
