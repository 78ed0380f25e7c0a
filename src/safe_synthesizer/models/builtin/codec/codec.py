"""The tabular codec: a table <-> an integer matrix of slot tokens, saved as JSON.

Modelled columns (categorical, numeric, datetime, then text) become slots in table order; every
text slot (free-text columns and the text tails of long-tailed categories) comes after every
other slot, because the model generates text last. Identifiers, constants and empty columns have
no slots and are produced at decode. Date columns in order in every training row (order -> ship)
are kept in order at decode (``codec.date_order``; outside DP), and an integer counting the days
between such a pair (``nights``) keeps counting them (``codec.day_counts``); columns fixed per
repeated id (a patient's sex) stay fixed per new id (``codec.per_id``); two categorical columns
that never hold the same value in a training row (origin, destination) never do at decode
(``codec.distinct_pairs``); a number's decimals follow its row's category when one decides them
(yen prices whole next to cents, ``codec.group_decimals``); a number column that is a signed sum
of others in every training row (net = gross - tax - social) is written as that sum (``codec.sums``).

Example:
    >>> codec = TabularCodec.fit(df, schema)                # doctest: +SKIP
    >>> tokens = codec.encode(df)                           # [n, len(codec.slots)] int64
    >>> same = codec.decode(tokens, np.random.default_rng(0))
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from safe_synthesizer.data.readers import MISSING_TOKENS
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.data.token_store import token_dtype
from safe_synthesizer.models.builtin.codec.base import ColumnEncoder, Protection, SlotSpec
from safe_synthesizer.models.builtin.codec.categorical import CategoricalEncoder
from safe_synthesizer.models.builtin.codec.date_order import DateOrder, find_date_orders, repair
from safe_synthesizer.models.builtin.codec.datetime import DatetimeEncoder
from safe_synthesizer.models.builtin.codec.day_counts import DayCount, apply_day_counts, find_day_counts
from safe_synthesizer.models.builtin.codec.distinct_pairs import DistinctPair, apply_distinct_pairs, find_distinct_pairs
from safe_synthesizer.models.builtin.codec.fakes import FakeSettings, FakeSource
from safe_synthesizer.models.builtin.codec.generated import ConstantEncoder, IdentifierEncoder
from safe_synthesizer.models.builtin.codec.group_decimals import (
    GroupDecimals,
    apply_group_decimals,
    find_group_decimals,
)
from safe_synthesizer.models.builtin.codec.numeric import NumericEncoder
from safe_synthesizer.models.builtin.codec.per_id import PerIdColumns, apply_per_id_columns, find_per_id_columns
from safe_synthesizer.models.builtin.codec.presence import Presence, apply_presence, find_presence
from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics, ExactStatistics
from safe_synthesizer.models.builtin.codec.sums import SumRule, apply_sums, find_sums
from safe_synthesizer.models.builtin.codec.text import DEFAULT_MAX_TOKENS, DEFAULT_VOCAB_SIZE, TextEncoder
from safe_synthesizer.models.builtin.constraints import DeterministicPair, find_deterministic_pairs
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
# Rows encoded at a time by ``encode_compact`` (bounds the encoders' temporaries).
ENCODE_CHUNK_ROWS = 100_000


@dataclass
class TabularCodec:
    """Per-column encoders in slot order, plus the table's original column order.

    ``pairs`` are the deterministic column pairs found on the training tokens (see
    ``models.builtin.constraints``); with ``forbidden_tokens`` they are what the sampler must obey.
    """

    encoders: list[ColumnEncoder]
    column_order: list[str]
    pairs: list[DeterministicPair] = field(default_factory=list)
    date_orders: list[DateOrder] = field(default_factory=list)
    day_counts: list[DayCount] = field(default_factory=list)
    per_id: list[PerIdColumns] = field(default_factory=list)
    distinct: list[DistinctPair] = field(default_factory=list)
    group_decimals: list[GroupDecimals] = field(default_factory=list)
    sums: list[SumRule] = field(default_factory=list)
    presence: list[Presence] = field(default_factory=list)
    # Column -> the word its missing cells were written with (``NULL``), from the schema; the decoded
    # frame carries it in ``attrs`` for the CSV writer (``data.writers``), never in the cells.
    missing_tokens: dict[str, str] = field(default_factory=dict)

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
        fakes: dict[str, FakeSettings] | None = None,
    ) -> TabularCodec:
        """Fit one encoder per column of ``schema`` on ``df`` (the training split).

        ``fakes`` maps the columns the PII stage replaced with fakes to its locales: their rare
        or generated values become fresh fakes of the column's ``pii_entity``.
        """
        protection = protection or Protection()
        stats = stats or ExactStatistics()
        fakes = fakes or {}
        modelled: list[ColumnEncoder] = []
        text: list[ColumnEncoder] = []
        generated: list[ColumnEncoder] = []
        for col in schema.columns:
            series = df[col.name]
            kind = col.type
            column_stats = stats.for_column(col.name)
            # Under DP the seed is secret and no training value is hashed: no salt at all.
            position = len(modelled) + len(text) + len(generated)
            salt = "" if column_stats.private else f"{seed & 0xFFFFFFFF:08x}{position:08x}"
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
                modelled.append(
                    CategoricalEncoder.fit(
                        col.name,
                        series,
                        stats=column_stats,
                        protection=protection,
                        fakes=_fake_source(col, series, fakes, column_stats, protection.k),
                        salt=salt,
                        text_vocab_size=text_vocab_size,
                        text_max_tokens=text_max_tokens,
                    )
                )
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
                generated.append(
                    IdentifierEncoder.fit(
                        col.name,
                        series,
                        protection=protection,
                        salt=salt,
                        stats=column_stats,
                        fakes=_fake_source(col, series, fakes, column_stats, protection.k),
                    )
                )
            elif kind == ColumnType.CONSTANT:
                generated.append(ConstantEncoder.fit(col.name, series, column_stats))
            else:
                generated.append(ConstantEncoder(col.name))  # an empty column stays empty
        dates = [e for e in modelled if isinstance(e, DatetimeEncoder)]
        private = any(stats.for_column(e.column).private for e in dates)
        orders = [] if private or len(dates) < 2 else find_date_orders(df, dates, protection)
        integers = [e.column for e in modelled if isinstance(e, NumericEncoder) and e.is_integer
                    and not e.number_format and not e.special_values]  # fmt: skip
        counts = find_day_counts(df, orders, {e.column: e for e in dates}, integers) if orders else []
        ids = [e.column for e in generated if isinstance(e, IdentifierEncoder) and e.repeat_sizes]
        exact = all(not stats.for_column(e.column).private for e in modelled)
        per_id = find_per_id_columns(df, ids, [e.column for e in modelled]) if ids and exact else []
        categories = [e.column for e in modelled if isinstance(e, CategoricalEncoder)]
        distinct = find_distinct_pairs(df, categories) if exact and len(categories) > 1 else []
        floats = [e for e in modelled if isinstance(e, NumericEncoder) and not e.is_integer]
        places = find_group_decimals(df, floats, categories) if exact and floats and categories else []
        numbers = [e for e in modelled if isinstance(e, NumericEncoder)]
        partial = [e.column for e in generated if isinstance(e, IdentifierEncoder) and e.missing_share > 0]
        presence = find_presence(df, partial, categories) if exact and partial and categories else []
        sums = find_sums(df, numbers) if exact and len(numbers) > 2 else []
        return cls(encoders=modelled + text + generated, column_order=schema.names, date_orders=orders,
                   day_counts=counts, per_id=per_id, distinct=distinct, group_decimals=places, sums=sums,
                   presence=presence,
                   missing_tokens={c.name: c.missing_token for c in schema.columns if c.missing_token})  # fmt: skip

    def _positions(self) -> list[np.ndarray]:
        """Where each encoder's slots sit in the slot sequence: non-text slots first, then text."""
        kinds = [[slot.kind == "text" for slot in enc.slots] for enc in self.encoders]
        n_flat = sum(not t for ks in kinds for t in ks)
        flat_next, text_next = 0, n_flat
        positions = []
        for ks in kinds:
            pos = []
            for is_text in ks:
                if is_text:
                    pos.append(text_next)
                    text_next += 1
                else:
                    pos.append(flat_next)
                    flat_next += 1
            positions.append(np.asarray(pos, dtype=np.int64))
        return positions

    @property
    def slots(self) -> list[SlotSpec]:
        out: list[SlotSpec | None] = [None] * sum(len(enc.slots) for enc in self.encoders)
        for enc, pos in zip(self.encoders, self._positions(), strict=True):
            for slot, p in zip(enc.slots, pos, strict=True):
                out[p] = slot
        return [slot for slot in out if slot is not None]

    @property
    def modelled_columns(self) -> list[str]:
        """Columns with at least one slot, in encoder order."""
        return [enc.column for enc in self.encoders if enc.slots]

    def forbidden_tokens(self) -> dict[int, list[int]]:
        """Tokens the sampler must never draw, by slot index (rare tokens to resample)."""
        out: dict[int, list[int]] = {}
        for enc, pos in zip(self.encoders, self._positions(), strict=True):
            forbidden = getattr(enc, "forbidden_tokens", None)
            for slot, tokens in (forbidden() if forbidden else {}).items():
                out[int(pos[slot])] = tokens
        return out

    def encode(self, df: pd.DataFrame) -> np.ndarray:
        """``[len(df), len(slots)]`` int64 tokens; missing columns of ``df`` encode as missing."""
        out = np.zeros((len(df), len(self.slots)), dtype=np.int64)
        for enc, pos in zip(self.encoders, self._positions(), strict=True):
            if not len(pos):
                continue
            series = df[enc.column] if enc.column in df else pd.Series([None] * len(df), dtype=object)
            out[:, pos] = enc.encode(series.reset_index(drop=True))
        return out

    def encode_compact(self, df: pd.DataFrame, chunk_rows: int = ENCODE_CHUNK_ROWS) -> np.ndarray:
        """``encode`` chunk by chunk into the smallest unsigned type holding every slot's tokens.

        A million rows then take 1-4 bytes per cell instead of 8, and no encoder's temporaries
        span more than ``chunk_rows`` rows; the trainer widens each batch as it reads it.
        """
        out = np.empty((len(df), len(self.slots)), dtype=token_dtype([s.size for s in self.slots]))
        for start in range(0, len(df), chunk_rows):
            out[start : start + chunk_rows] = self.encode(df.iloc[start : start + chunk_rows])
        return out

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.DataFrame:
        """A DataFrame with every column of the training table, in its order."""
        columns: dict[str, pd.Series] = {}
        full = {rule.column for rule in self.presence}
        shares: dict[str, float] = {}
        for enc, pos in zip(self.encoders, self._positions(), strict=True):
            if enc.column in full and isinstance(enc, IdentifierEncoder):
                # Generated in every row; the presence rule blanks the rows whose category says so.
                shares[enc.column] = enc.missing_share
                enc = dataclasses.replace(enc, missing_share=0.0)
            columns[enc.column] = enc.decode(tokens[:, pos], rng).reset_index(drop=True)
        frame = pd.DataFrame({name: columns[name] for name in self.column_order})
        if self.presence:
            frame = apply_presence(frame, self.presence, shares, rng)
        if self.date_orders:
            dates = {e.column: e for e in self.encoders if isinstance(e, DatetimeEncoder)}
            frame = repair(frame, self.date_orders, dates, rng)
            # After the repair: the count, modelled with the rest of the row, sets the later date.
            frame = apply_day_counts(frame, self.day_counts, dates)
        if self.distinct:
            frame = apply_distinct_pairs(frame, self.distinct, self._decides(), rng)
        if self.per_id:
            frame = apply_per_id_columns(frame, self.per_id)
        if self.group_decimals:
            numeric = {e.column: e for e in self.encoders if isinstance(e, NumericEncoder)}
            frame = apply_group_decimals(frame, self.group_decimals, numeric)
        if self.sums:
            numeric = {e.column: e for e in self.encoders if isinstance(e, NumericEncoder)}
            frame = apply_sums(frame, self.sums, numeric)
        frame.attrs[MISSING_TOKENS] = dict(self.missing_tokens)
        return frame

    def _decides(self) -> dict[str, list[str]]:
        """Column -> the columns its deterministic pairs fix (``destination`` -> ``currency``)."""
        column_of = {int(pos[0]): enc.column for enc, pos in zip(self.encoders, self._positions(), strict=True)
                     if len(pos)}  # fmt: skip
        out: dict[str, list[str]] = {}
        for pair in self.pairs:
            if pair.source in column_of and pair.target in column_of:
                out.setdefault(column_of[pair.source], []).append(column_of[pair.target])
        return out

    def find_pairs(self, tokens: np.ndarray) -> None:
        """Record the deterministic column pairs of the training ``tokens`` (never under DP)."""
        first, exact = [], []
        for enc, pos in zip(self.encoders, self._positions(), strict=True):
            if not len(pos) or enc.slots[0].kind == "text":
                continue
            first.append(int(pos[0]))
            if len(pos) == 1:
                exact.append(None)
            elif isinstance(enc, NumericEncoder):
                exact.append(set(range(len(enc.values))))  # exact-value tokens; bins need digits
            else:
                exact.append(set())
        self.pairs = find_deterministic_pairs(tokens, first, exact)

    def to_dict(self) -> dict:
        return {
            "column_order": self.column_order,
            "encoders": [enc.to_dict() for enc in self.encoders],
            "pairs": [p.to_dict() for p in self.pairs],
            "date_orders": [o.to_dict() for o in self.date_orders],
            "day_counts": [c.to_dict() for c in self.day_counts],
            "per_id": [p.to_dict() for p in self.per_id],
            "distinct": [p.to_dict() for p in self.distinct],
            "group_decimals": [g.to_dict() for g in self.group_decimals],
            "sums": [r.to_dict() for r in self.sums],
            "presence": [r.to_dict() for r in self.presence],
            "missing_tokens": dict(self.missing_tokens),
        }

    @classmethod
    def from_dict(cls, d: dict) -> TabularCodec:
        encoders = [_DECODERS[e["kind"]].from_dict(e) for e in d["encoders"]]
        pairs = [DeterministicPair.from_dict(p) for p in d.get("pairs", [])]
        orders = [DateOrder.from_dict(o) for o in d.get("date_orders", [])]  # absent from older codec.json files
        counts = [DayCount.from_dict(c) for c in d.get("day_counts", [])]
        per_id = [PerIdColumns.from_dict(p) for p in d.get("per_id", [])]
        distinct = [DistinctPair.from_dict(p) for p in d.get("distinct", [])]
        places = [GroupDecimals.from_dict(g) for g in d.get("group_decimals", [])]
        return cls(encoders=encoders, column_order=list(d["column_order"]), pairs=pairs, date_orders=orders,
                   day_counts=counts, per_id=per_id, distinct=distinct, group_decimals=places,
                   sums=[SumRule.from_dict(r) for r in d.get("sums", [])],
                   presence=[Presence.from_dict(r) for r in d.get("presence", [])],
                   missing_tokens=dict(d.get("missing_tokens", {})))  # fmt: skip

    def save(self, model_dir: Path) -> None:
        atomic_write_json(Path(model_dir) / CODEC_FILE, self.to_dict())

    @classmethod
    def load(cls, model_dir: Path) -> TabularCodec:
        return cls.from_dict(json.loads((Path(model_dir) / CODEC_FILE).read_text(encoding="utf-8")))


def _fake_source(
    col: ColumnSchema, series: pd.Series, fakes: dict[str, FakeSettings], stats: CodecStatistics, min_count: int
) -> FakeSource | None:
    """Where a PII-replaced column's new values come from (None for other columns)."""
    if col.name not in fakes or not col.pii_entity:
        return None
    if stats.private:
        return FakeSource.unfitted(col.pii_entity, fakes[col.name])
    values = [str(v) for v in series.dropna().tolist()]
    return FakeSource.fit(col.pii_entity, values, settings=fakes[col.name], stats=stats, min_count=min_count)
