"""Training examples for the LLM: records as compact JSON lines after a chat-formatted prompt.

Serialization follows the reference product (see ``REFERENCE.md`` section 2):

- each record is one compact JSON object (keys in column order, ``null`` for missing) plus ``\\n``;
- the prompt names the columns and goes through the model family's chat template (``[INST] ...
  [/INST]`` when the tokenizer has none); the loss is masked on it;
- several shuffled records are packed into one example up to ``data.max_sequences_per_example``
  and the context budget, ended by EOS; under DP each example holds exactly one privacy unit;
- with ``data.group_training_examples_by`` an entity's records form one example, ordered by
  ``data.order_training_examples_by`` (or ``time_series.timestamp_column``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.errors import UserInputError

IGNORE_INDEX = -100
PROMPT_HEAD = "Generate a JSONL dataset with the following columns: "


@dataclass(frozen=True)
class Example:
    """One training sequence: token ids, labels (``-100`` on the prompt) and its privacy unit."""

    input_ids: list[int]
    labels: list[int]
    unit: int
    n_records: int


def prompt_text(columns: Sequence[str]) -> str:
    """The instruction naming the columns, as the reference product writes it."""
    return PROMPT_HEAD + ",".join(f"{json.dumps(c, ensure_ascii=False)}:<unk>" for c in columns)


def chat_prompt(tokenizer: Any, columns: Sequence[str]) -> str:
    """The prompt wrapped in the tokenizer's chat template (assistant turn opened)."""
    text = prompt_text(columns)
    if getattr(tokenizer, "chat_template", None):
        return tokenizer.apply_chat_template(
            [{"role": "user", "content": text}], add_generation_prompt=True, tokenize=False
        )
    return f"[INST] {text} [/INST]"


def prompt_ids(tokenizer: Any, columns: Sequence[str]) -> list[int]:
    """Token ids of the chat prompt (BOS included when the tokenizer adds one)."""
    text = chat_prompt(tokenizer, columns)
    # A chat template may already start with the BOS text; never add it twice.
    bos = getattr(tokenizer, "bos_token", None)
    add_special = not (bos and text.startswith(bos))
    return list(tokenizer(text, add_special_tokens=add_special)["input_ids"])


def json_value(value: Any, kind: ColumnType, decimals: int | None) -> Any:
    """A cell as a JSON value: ``None`` when missing, numbers as numbers, everything else a string."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return None
    if kind == ColumnType.INTEGER:
        try:
            return round(float(value))
        except (TypeError, ValueError):
            return str(value)
    if kind == ColumnType.FLOAT:
        try:
            number = float(value)
        except (TypeError, ValueError):
            return str(value)
        return round(number, decimals) if decimals is not None else number
    if isinstance(value, np.generic):
        value = value.item()
    return str(value)


def record_lines(df: pd.DataFrame, schema: TableSchema) -> list[str]:
    """Each row as a compact JSON line (``{"a":1,"b":"x"}``), keys in schema column order."""
    columns = [c for c in schema.columns if c.name in df.columns]
    cells = {c.name: df[c.name].tolist() for c in columns}
    lines = []
    for i in range(len(df)):
        record = {c.name: json_value(cells[c.name][i], c.type, c.decimals) for c in columns}
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    return lines


def record_token_ids(tokenizer: Any, lines: Sequence[str]) -> list[list[int]]:
    """Token ids of each ``line + "\\n"`` (no special tokens)."""
    if not lines:
        return []
    return [list(ids) for ids in tokenizer([line + "\n" for line in lines], add_special_tokens=False)["input_ids"]]


def _too_long(what: str, needed: int, budget: int, context: int) -> UserInputError:
    return UserInputError(
        f"{what} needs {needed} tokens but the example budget is {budget} "
        f"(training.max_sequence_length, model context {context}); raise training.max_sequence_length "
        "(up to the model context), shorten long text columns, or use the built-in model "
        "(remove training.pretrained_model)"
    )


def build_examples(
    df: pd.DataFrame,
    schema: TableSchema,
    tokenizer: Any,
    *,
    max_length: int,
    context: int,
    records_per_example: int,
    unit_ids: np.ndarray | None = None,
    group_by: str | None = None,
    order_by: str | None = None,
    seed: int = 0,
) -> list[Example]:
    """Tokenised examples of ``df`` (see the module docstring).

    Args:
        max_length: token budget of one example, prompt and EOS included.
        context: the model's context length (named in truncation errors).
        records_per_example: K, records packed per example when not grouped (1 under DP).
        unit_ids: privacy unit of each row; when given, examples never mix units (one unit each).
        group_by / order_by: entity column and the column ordering an entity's records.
        seed: shuffling seed of the packing.
    """
    df = df.reset_index(drop=True)
    head = prompt_ids(tokenizer, schema.names)
    eos = tokenizer.eos_token_id
    budget = max_length - len(head) - 1
    if budget <= 0:
        raise _too_long("the prompt (the list of column names)", len(head) + 1, max_length, context)
    lines = record_lines(df, schema)
    ids = record_token_ids(tokenizer, lines)
    units = np.arange(len(df)) if unit_ids is None else np.asarray(unit_ids)

    def make(rows: Sequence[int], unit: int) -> Example:
        body = [t for r in rows for t in ids[r]] + [eos]
        return Example(head + body, [IGNORE_INDEX] * len(head) + body, int(unit), len(rows))

    if group_by is not None:
        examples = []
        codes, _ = pd.factorize(df[group_by], sort=True)
        order = df[order_by] if order_by is not None and order_by in df.columns else None
        for code in range(codes.max() + 1 if len(codes) else 0):
            rows = np.flatnonzero(codes == code)
            if order is not None:
                rows = rows[np.argsort(order.iloc[rows].to_numpy(), kind="stable")]
            needed = sum(len(ids[r]) for r in rows)
            if needed > budget:
                raise _too_long(
                    f"entity #{code + 1} of data.group_training_examples_by={group_by!r} ({len(rows)} records)",
                    needed + len(head) + 1, max_length, context,
                )
            examples.append(make(rows.tolist(), int(units[rows[0]])))
        return examples
    rng = np.random.default_rng([seed, 11])
    order_rows = rng.permutation(len(df))
    examples, current, used = [], [], 0
    k = 1 if unit_ids is not None else max(1, records_per_example)
    for r in order_rows.tolist():
        n = len(ids[r])
        if n > budget:
            raise _too_long(f"training record #{r + 1}", n + len(head) + 1, max_length, context)
        if current and (len(current) >= k or used + n > budget):
            examples.append(make(current, int(units[current[0]])))
            current, used = [], 0
        current.append(r)
        used += n
    if current:
        examples.append(make(current, int(units[current[0]])))
    return examples


def record_lengths(tokenizer: Any, df: pd.DataFrame, schema: TableSchema, sample: int = 500) -> dict[str, float]:
    """Mean and maximum tokens, and maximum UTF-8 bytes, of a record line (sets generation budgets)."""
    lines = record_lines(df.head(sample), schema)
    tokens = [len(x) for x in record_token_ids(tokenizer, lines)] or [1]
    return {"mean": float(np.mean(tokens)), "max": int(max(tokens)),
            "max_bytes": max((len(line.encode("utf-8")) + 1 for line in lines), default=1)}
