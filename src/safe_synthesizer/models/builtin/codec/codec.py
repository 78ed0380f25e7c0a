"""The tabular codec: a table <-> an integer matrix of slot tokens, saved as JSON.

Modelled columns (categorical, numeric, datetime, then text) become slots in table order with
text last; identifiers, constants and empty columns have no slots and are produced at decode.

Example:
    >>> codec = TabularCodec.fit(df, schema)                # doctest: +SKIP
    >>> tokens = codec.encode(df)                           # [n, len(codec.slots)] int64
    >>> same = codec.decode(tokens, np.random.default_rng(0))
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.models.builtin.codec.base import ColumnEncoder, Protection, SlotSpec
from safe_synthesizer.models.builtin.codec.categorical import CategoricalEncoder
from safe_synthesizer.models.builtin.codec.datetime import DatetimeEncoder
from safe_synthesizer.models.builtin.codec.generated import ConstantEncoder, IdentifierEncoder
from safe_synthesizer.models.builtin.codec.numeric import NumericEncoder
from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics, ExactStatistics
from safe_synthesizer.models.builtin.codec.text import DEFAULT_MAX_TOKENS, DEFAULT_VOCAB_SIZE, TextEncoder
from safe_synthesizer.utils.atomic import atomic_write_json

_DECODERS = {
    "numeric": NumericEncoder,
    "categorical": CategoricalEncoder,
    "datetime": DatetimeEncoder,
    "text": TextEncoder,
    "identifier": IdentifierEncoder,
    "constant": ConstantEncoder,
}
CODEC_FILE = "codec.json"


@dataclass
class TabularCodec:
    """Per-column encoders in slot order, plus the table's original column order."""

    encoders: list[ColumnEncoder]
    column_order: list[str]

    @classmethod
    def fit(
        cls,
        df: pd.DataFrame,
        schema: TableSchema,
        *,
        protection: Protection | None = None,
        stats: CodecStatistics | None = None,
        text_vocab_size: int = DEFAULT_VOCAB_SIZE,
        text_max_tokens: int = DEFAULT_MAX_TOKENS,
        seed: int = 0,
    ) -> TabularCodec:
        """Fit one encoder per column of ``schema`` on ``df`` (the training split)."""
        protection = protection or Protection()
        stats = stats or ExactStatistics()
        modelled: list[ColumnEncoder] = []
        text: list[ColumnEncoder] = []
        generated: list[ColumnEncoder] = []
        for col in schema.columns:
            series = df[col.name]
            kind = col.type
            column_stats = stats.for_column(col.name)
            if kind in (ColumnType.INTEGER, ColumnType.FLOAT):
                modelled.append(
                    NumericEncoder.fit(
                        col.name,
                        series,
                        is_integer=kind == ColumnType.INTEGER,
                        decimals=col.decimals,
                        stats=column_stats,
                        protection=protection,
                        number_format=col.number_format,
                        special_values=col.special_values,
                    )
                )
            elif kind == ColumnType.CATEGORICAL:
                modelled.append(CategoricalEncoder.fit(col.name, series, stats=column_stats, protection=protection))
            elif kind == ColumnType.DATETIME:
                modelled.append(
                    DatetimeEncoder.fit(
                        col.name,
                        series,
                        datetime_format=col.datetime_format,
                        stats=column_stats,
                        protection=protection,
                        datetime_formats=col.datetime_formats,
                        special_values=col.special_values,
                    )
                )
            elif kind == ColumnType.TEXT:
                text.append(
                    TextEncoder.fit(
                        col.name,
                        series,
                        stats=column_stats,
                        protection=protection,
                        vocab_size=text_vocab_size,
                        max_tokens=text_max_tokens,
                    )
                )
            elif kind == ColumnType.IDENTIFIER:
                salt = f"{seed & 0xFFFFFFFF:08x}{len(generated):08x}"
                generated.append(
                    IdentifierEncoder.fit(col.name, series, protection=protection, salt=salt, stats=column_stats)
                )
            elif kind == ColumnType.CONSTANT:
                generated.append(ConstantEncoder.fit(col.name, series, column_stats))
            else:
                generated.append(ConstantEncoder(col.name))  # an empty column stays empty
        return cls(encoders=modelled + text + generated, column_order=schema.names)

    @property
    def slots(self) -> list[SlotSpec]:
        return [slot for enc in self.encoders for slot in enc.slots]

    @property
    def modelled_columns(self) -> list[str]:
        """Columns with at least one slot, in slot order."""
        return [enc.column for enc in self.encoders if enc.slots]

    def column_slices(self) -> dict[str, slice]:
        """Slot range of every modelled column."""
        out: dict[str, slice] = {}
        start = 0
        for enc in self.encoders:
            if enc.slots:
                out[enc.column] = slice(start, start + len(enc.slots))
                start += len(enc.slots)
        return out

    def encode(self, df: pd.DataFrame) -> np.ndarray:
        """``[len(df), len(slots)]`` int64 tokens; missing columns of ``df`` encode as missing."""
        parts = []
        for enc in self.encoders:
            if not enc.slots:
                continue
            series = df[enc.column] if enc.column in df else pd.Series([None] * len(df), dtype=object)
            parts.append(enc.encode(series.reset_index(drop=True)))
        if not parts:
            return np.zeros((len(df), 0), dtype=np.int64)
        return np.concatenate(parts, axis=1)

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.DataFrame:
        """A DataFrame with every column of the training table, in its order."""
        columns: dict[str, pd.Series] = {}
        start = 0
        for enc in self.encoders:
            width = len(enc.slots)
            part = tokens[:, start : start + width] if width else np.zeros((len(tokens), 0), np.int64)
            columns[enc.column] = enc.decode(part, rng).reset_index(drop=True)
            start += width
        return pd.DataFrame({name: columns[name] for name in self.column_order})

    def to_dict(self) -> dict:
        return {"column_order": self.column_order, "encoders": [enc.to_dict() for enc in self.encoders]}

    @classmethod
    def from_dict(cls, d: dict) -> TabularCodec:
        encoders = [_DECODERS[e["kind"]].from_dict(e) for e in d["encoders"]]
        return cls(encoders=encoders, column_order=list(d["column_order"]))

    def save(self, model_dir: Path) -> None:
        atomic_write_json(Path(model_dir) / CODEC_FILE, self.to_dict())

    @classmethod
    def load(cls, model_dir: Path) -> TabularCodec:
        return cls.from_dict(json.loads((Path(model_dir) / CODEC_FILE).read_text(encoding="utf-8")))
