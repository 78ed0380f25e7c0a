"""How an event table splits into entities: the entity column, the time column and the
entity-level columns (constant within every entity), detected once and saved beside the model.

Time becomes a number (``to_time`` / ``from_time``): numbers stay numbers, datetimes become days
since 1970 (seconds when the format writes a time of day), so that the event model learns the
gap to the previous event as an ordinary numeric column.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.utils.atomic import atomic_write_json

LAYOUT_FILE = "sequence.json"
# Types never copied into a "previous event" slot: free text and per-event identifiers carry
# no signal for the next event and would only slow the event model down.
NO_PREVIOUS = (ColumnType.TEXT, ColumnType.IDENTIFIER, ColumnType.EMPTY, ColumnType.CONSTANT)


def sequence_columns(params: SafeSynthesizerParameters) -> tuple[str, str] | None:
    """``(entity column, time column)`` when the run models entity histories, else None.

    Histories need ``data.group_training_examples_by`` plus an order: either
    ``data.order_training_examples_by`` or, with ``time_series.is_timeseries``,
    ``time_series.timestamp_column``.
    """
    group = params.data.group_training_examples_by
    ts = params.time_series
    order = params.data.order_training_examples_by or (ts.timestamp_column if ts.is_timeseries else None)
    if ts.is_timeseries and not (group and order):
        raise UserInputError(
            "time_series.is_timeseries needs data.group_training_examples_by (the entity column) and "
            "data.order_training_examples_by or time_series.timestamp_column (the time column)"
        )
    return (group, order) if group and order else None


@dataclass
class SequenceLayout:
    """The facts the sequence model needs to rebuild whole entities (saved as ``sequence.json``)."""

    entity_column: str
    time_column: str
    time_kind: str  # "number" | "days" | "seconds"
    time_format: str | None
    time_integer: bool
    time_decimals: int | None
    entity_columns: list[str]
    event_columns: list[str]
    previous_columns: list[str]
    column_order: list[str]
    id_format: dict = field(default_factory=dict)
    max_events: int | None = None
    time_low: float | None = None
    time_high: float | None = None

    @classmethod
    def detect(
        cls, df: pd.DataFrame, schema: TableSchema, entity: str, time: str, *, max_events: int | None = None
    ) -> SequenceLayout:
        """Detect the entity-level columns of ``df``: constant (missing counts as a value) within every entity."""
        for key, column in (("data.group_training_examples_by", entity), ("data.order_training_examples_by", time)):
            if column not in schema.names:
                raise UserInputError(f"{key}: column {column!r} is not in the data; columns are {schema.names}")
        if entity == time:
            raise UserInputError("data.order_training_examples_by must differ from data.group_training_examples_by")
        col = schema[time]
        if col.type.is_numeric:
            kind, integer = "number", col.type == ColumnType.INTEGER
        elif col.type == ColumnType.DATETIME:
            fmt = col.datetime_format or ""
            kind, integer = ("seconds" if any(t in fmt for t in ("%H", "%M", "%S", "%I")) else "days"), True
        else:
            raise UserInputError(
                f"data.order_training_examples_by: column {time!r} is {col.type.value}; it must hold numbers or "
                "dates (set data.column_types.{time} if it was read wrongly)"
            )
        others = [c for c in schema.names if c not in (entity, time)]
        groups = df.groupby(df[entity].astype(str), sort=False)
        if len(df) and groups.ngroups < len(df):
            varying = groups[others].nunique(dropna=False).max() if others else pd.Series(dtype=int)
            entity_cols = [c for c in others if int(varying.get(c, 0)) <= 1]
        else:
            entity_cols = []  # every entity has one event: nothing tells entity from event columns
        entity_cols = [c for c in entity_cols if schema[c].type != ColumnType.TEXT]
        events = [c for c in others if c not in entity_cols]
        previous = [c for c in events if schema[c].type not in NO_PREVIOUS and not schema[c].pii_entity]
        return cls(
            entity_column=entity,
            time_column=time,
            time_kind=kind,
            time_format=col.datetime_format,
            time_integer=integer,
            time_decimals=col.decimals,
            entity_columns=entity_cols,
            event_columns=events,
            previous_columns=previous,
            column_order=list(schema.names),
            id_format=id_format(df[entity]),
            max_events=max_events,
        )

    # -- time ----------------------------------------------------------------------------------
    def to_time(self, values: pd.Series) -> np.ndarray:
        """Time as float (NaN where missing or unreadable)."""
        if self.time_kind == "number":
            return pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
        parsed = pd.to_datetime(values, format=self.time_format or "mixed", errors="coerce")
        seconds = (parsed - pd.Timestamp("1970-01-01")).dt.total_seconds().to_numpy(dtype=float)
        return seconds / 86400.0 if self.time_kind == "days" else seconds

    def from_time(self, t: np.ndarray) -> pd.Series:
        """Written values of the time column for float times ``t``."""
        if self.time_kind == "number":
            if self.time_integer:
                return pd.Series(np.round(t).astype(np.int64))
            return pd.Series(np.round(t, self.time_decimals if self.time_decimals is not None else 6))
        seconds = np.round(t * 86400.0) if self.time_kind == "days" else np.round(t)
        stamps = pd.Timestamp("1970-01-01") + pd.to_timedelta(seconds, unit="s")
        return pd.Series(stamps.strftime(self.time_format or "%Y-%m-%d %H:%M:%S"), dtype=object)

    # -- persistence ---------------------------------------------------------------------------
    def save(self, model_dir: Path) -> None:
        atomic_write_json(Path(model_dir) / LAYOUT_FILE, asdict(self))

    @classmethod
    def load(cls, model_dir: Path) -> SequenceLayout:
        return cls(**json.loads((Path(model_dir) / LAYOUT_FILE).read_text(encoding="utf-8")))


def id_format(ids: pd.Series) -> dict:
    """How entity ids are written, so that new ids look alike: ``{"kind": "int"}`` for integers,
    else a prefix, a zero-padded width and a suffix (``P-00042`` -> ``P-``, 5, ``""``)."""
    if pd.api.types.is_numeric_dtype(ids):
        return {"kind": "int"}
    parts = ids.dropna().astype(str).str.extract(r"^(\D*)(\d+)(\D*)$")
    if len(parts) and parts[1].notna().all():
        width = parts[1].str.len()
        padded = bool((parts[1].str.startswith("0") & (width > 1)).any())
        return {
            "kind": "pattern",
            "prefix": str(parts[0].mode().iloc[0]),
            "suffix": str(parts[2].mode().iloc[0]),
            "width": int(width.max()) if padded else 0,
        }
    return {"kind": "pattern", "prefix": "E", "suffix": "", "width": 0}


def new_ids(fmt: dict, start: int, n: int) -> pd.Series:
    """``n`` fresh ids numbered from ``start`` in format ``fmt`` (see ``id_format``)."""
    numbers = np.arange(start, start + n, dtype=np.int64)
    if fmt.get("kind") == "int":
        return pd.Series(numbers)
    width = int(fmt.get("width", 0))  # 0: numbers written without leading zeros
    digits = [str(v).zfill(width) for v in numbers]
    return pd.Series([f"{fmt.get('prefix', '')}{d}{fmt.get('suffix', '')}" for d in digits], dtype=object)
