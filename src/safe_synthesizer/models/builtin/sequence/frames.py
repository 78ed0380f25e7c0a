"""The two training tables of the sequence model, built from the event table.

- The entity table: one row per entity with its entity-level columns, its number of events
  (``__events__``) and the time of its first event (``__start__``).
- The event table: one row per event with the entity's context (entity-level columns,
  ``__events__``, ``__start__``), its position (``__index__``), the time since the entity's first
  event up to the previous event (``__elapsed__``), the previous event's columns
  (``__prev__<column>``, missing for the first event) and, as targets, the gap to the previous
  event (``__delta__``, 0 for the first) and the event-level columns.

The event table keeps the entity column (outside its schema) so that DP units stay entities.
"""

from __future__ import annotations

import dataclasses
import logging

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.models.builtin.sequence.layout import SequenceLayout

logger = logging.getLogger(__name__)

N_EVENTS = "__events__"
START = "__start__"
INDEX = "__index__"
ELAPSED = "__elapsed__"
DELTA = "__delta__"
PREV = "__prev__"


def previous_name(column: str) -> str:
    return PREV + column


def context_columns(layout: SequenceLayout) -> list[str]:
    """Event-table columns fixed when an event is sampled (everything but the targets)."""
    return [
        *layout.entity_columns,
        N_EVENTS,
        START,
        INDEX,
        ELAPSED,
        previous_name(DELTA),
        *[previous_name(c) for c in layout.previous_columns],
    ]


def target_columns(layout: SequenceLayout) -> list[str]:
    return [DELTA, *layout.event_columns]


def ordered_events(df: pd.DataFrame, layout: SequenceLayout) -> tuple[pd.DataFrame, np.ndarray]:
    """``df`` sorted by entity then time (ties keep input order), with its float times.

    Rows without a readable time are dropped (logged as a count); ``layout.max_events`` keeps
    each entity's first events only.
    """
    entity = df[layout.entity_column]
    if entity.isna().any():
        raise UserInputError(
            f"data.group_training_examples_by: column {layout.entity_column!r} is empty in "
            f"{int(entity.isna().sum())} row(s); every event needs its entity"
        )
    t = layout.to_time(df[layout.time_column])
    keep = ~np.isnan(t)
    if not keep.all():
        logger.warning("entity histories: %d row(s) without a readable time were left out", int((~keep).sum()))
    df, t = df.loc[keep].reset_index(drop=True), t[keep]
    key = df[layout.entity_column].astype(str).to_numpy()
    order = np.lexsort((np.arange(len(df)), t, key))
    df, t = df.iloc[order].reset_index(drop=True), t[order]
    if layout.max_events is not None:
        position = df.groupby(df[layout.entity_column].astype(str), sort=False).cumcount().to_numpy()
        cut = position < layout.max_events
        df, t = df.loc[cut].reset_index(drop=True), t[cut]
    return df, t


def entity_table(df: pd.DataFrame, t: np.ndarray, layout: SequenceLayout) -> pd.DataFrame:
    """One row per entity (``df`` as returned by ``ordered_events``)."""
    keys = df[layout.entity_column].astype(str)
    first = ~keys.duplicated().to_numpy()
    counts = keys.value_counts(sort=False)
    out = df.loc[first, layout.entity_columns].reset_index(drop=True)
    out[N_EVENTS] = counts.loc[keys[first]].to_numpy().astype(np.int64)
    out[START] = _time_values(t[first], layout)
    return out


def event_table(df: pd.DataFrame, t: np.ndarray, layout: SequenceLayout) -> pd.DataFrame:
    """One row per event (``df`` as returned by ``ordered_events``), with the entity column."""
    keys = df[layout.entity_column].astype(str)
    groups = df.groupby(keys, sort=False)
    index = groups.cumcount().to_numpy()
    time = pd.Series(t)
    start = time.groupby(keys.to_numpy(), sort=False).transform("first").to_numpy()
    delta = np.where(index == 0, 0.0, np.diff(t, prepend=t[:1]))
    out = pd.DataFrame({layout.entity_column: df[layout.entity_column].to_numpy()})
    for c in layout.entity_columns:
        out[c] = df[c].to_numpy()
    out[N_EVENTS] = groups[layout.entity_column].transform("size").to_numpy().astype(np.int64)
    out[START] = _time_values(start, layout)
    out[INDEX] = index.astype(np.int64)
    out[ELAPSED] = _time_values(t - start - delta, layout)
    prev_delta = pd.Series(delta).groupby(keys.to_numpy(), sort=False).shift(1).to_numpy()
    out[previous_name(DELTA)] = _time_values(prev_delta, layout)
    for c in layout.previous_columns:
        out[previous_name(c)] = groups[c].shift(1).to_numpy()
    out[DELTA] = _time_values(delta, layout)
    for c in layout.event_columns:
        out[c] = df[c].to_numpy()
    return out


def _time_values(t: np.ndarray, layout: SequenceLayout) -> np.ndarray:
    if layout.time_integer:
        # Missing (the previous gap of a first event) keeps float NaN; the codec reads it as missing.
        return np.round(t) if np.isnan(t).any() else np.round(t).astype(np.int64)
    return t.astype(float)


def _time_schema(name: str, layout: SequenceLayout) -> ColumnSchema:
    if layout.time_integer:
        return ColumnSchema(name, ColumnType.INTEGER, decimals=0)
    return ColumnSchema(name, ColumnType.FLOAT, decimals=layout.time_decimals)


def entity_schema(schema: TableSchema, layout: SequenceLayout) -> TableSchema:
    """Schema of ``entity_table`` (column facts copied; the DP schema releases stay with it)."""
    columns = [schema[c] for c in layout.entity_columns]
    columns += [ColumnSchema(N_EVENTS, ColumnType.INTEGER, decimals=0), _time_schema(START, layout)]
    return TableSchema(columns=columns, notes=list(schema.notes), privacy_releases=list(schema.privacy_releases))


def event_schema(schema: TableSchema, layout: SequenceLayout) -> TableSchema:
    """Schema of ``event_table`` without the entity column (it only names the DP units).

    The schema's DP releases are not repeated here: the entity part's budget records them once.
    """
    columns = [schema[c] for c in layout.entity_columns]
    columns += [
        ColumnSchema(N_EVENTS, ColumnType.INTEGER, decimals=0),
        _time_schema(START, layout),
        ColumnSchema(INDEX, ColumnType.INTEGER, decimals=0),
        _time_schema(ELAPSED, layout),
        _time_schema(previous_name(DELTA), layout),
    ]
    columns += [dataclasses.replace(schema[c], name=previous_name(c)) for c in layout.previous_columns]
    columns += [_time_schema(DELTA, layout)]
    columns += [schema[c] for c in layout.event_columns]
    return TableSchema(columns=columns, notes=list(schema.notes))
