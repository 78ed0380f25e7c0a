"""Examples: compact JSON lines, chat prompt, prompt loss-masking, packing, entities, truncation errors."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.models.llm.examples import (
    IGNORE_INDEX,
    build_examples,
    chat_prompt,
    prompt_ids,
    record_lines,
)

from .conftest import small_schema


@pytest.fixture(scope="module")
def tokenizer(tiny_tokenizer):
    return tiny_tokenizer


def test_records_are_compact_json_lines_in_column_order(tiny_data):
    df = tiny_data.head(2).copy()
    df.loc[1, "workclass"] = None
    lines = record_lines(df, small_schema(df))
    assert lines[0].startswith('{"age":') and " " not in lines[0].split('"workclass"')[0]
    first = json.loads(lines[0])
    assert list(first) == list(df.columns) and isinstance(first["age"], int)
    assert json.loads(lines[1])["workclass"] is None


def test_chat_template_and_prompt_masking(tokenizer, tiny_data):
    text = chat_prompt(tokenizer, tiny_data.columns)
    assert text.startswith("<|im_start|>user\nGenerate a JSONL dataset") and text.endswith("<|im_start|>assistant\n")
    head = prompt_ids(tokenizer, tiny_data.columns)
    examples = build_examples(tiny_data, small_schema(tiny_data), tokenizer, max_length=1024, context=1024,
                              records_per_example=10)
    ex = examples[0]
    assert ex.input_ids[: len(head)] == head
    assert ex.labels[: len(head)] == [IGNORE_INDEX] * len(head)
    assert ex.labels[len(head):] == ex.input_ids[len(head):]  # loss on every record token and EOS
    assert ex.input_ids[-1] == tokenizer.eos_token_id
    body = tokenizer.decode(ex.input_ids[len(head):-1])
    assert len(body.strip().split("\n")) == ex.n_records == 10


def test_packing_respects_budget_and_k(tokenizer, tiny_data):
    schema = small_schema(tiny_data)
    examples = build_examples(tiny_data, schema, tokenizer, max_length=150, context=1024, records_per_example=10)
    assert all(len(e.input_ids) <= 150 for e in examples)
    assert sum(e.n_records for e in examples) == len(tiny_data)
    assert max(e.n_records for e in examples) < 10  # the token budget, not K, limited packing


def test_one_record_per_example_under_dp(tokenizer, tiny_data):
    units = np.arange(len(tiny_data))
    examples = build_examples(tiny_data, small_schema(tiny_data), tokenizer, max_length=1024, context=1024,
                              records_per_example=10, unit_ids=units)
    assert len(examples) == len(tiny_data) and {e.n_records for e in examples} == {1}
    assert sorted(e.unit for e in examples) == units.tolist()


def test_entities_are_one_ordered_example(tokenizer):
    df = pd.DataFrame({"pid": [2, 1, 2, 1, 2], "visit": [3, 2, 1, 1, 2], "code": ["a", "b", "c", "d", "e"]})
    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema

    schema = TableSchema([ColumnSchema("pid", ColumnType.INTEGER), ColumnSchema("visit", ColumnType.INTEGER),
                          ColumnSchema("code", ColumnType.CATEGORICAL)])
    examples = build_examples(df, schema, tokenizer, max_length=1024, context=1024, records_per_example=10,
                              group_by="pid", order_by="visit")
    assert [e.n_records for e in examples] == [2, 3]
    head = len(prompt_ids(tokenizer, schema.names))
    lines = tokenizer.decode(examples[1].input_ids[head:-1]).strip().split("\n")
    assert [json.loads(x)["visit"] for x in lines] == [1, 2, 3]


def test_truncation_error_says_what_to_change(tokenizer, tiny_data):
    head = len(prompt_ids(tokenizer, tiny_data.columns))
    with pytest.raises(UserInputError, match=r"the prompt .* needs \d+ tokens but the example budget is 60"):
        build_examples(tiny_data, small_schema(tiny_data), tokenizer, max_length=60, context=1024,
                       records_per_example=10)
    with pytest.raises(UserInputError, match=r"training record #\d+ needs \d+ tokens.*raise training.max_seq"):
        build_examples(tiny_data, small_schema(tiny_data), tokenizer, max_length=head + 10, context=1024,
                       records_per_example=10)
    with pytest.raises(UserInputError, match=r"entity #1 of data\.group_training_examples_by=.income."):
        build_examples(tiny_data, small_schema(tiny_data), tokenizer, max_length=300, context=1024,
                       records_per_example=10, group_by="income")
