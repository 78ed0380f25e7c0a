"""Sampling the events of generated entities, one position at a time.

At step ``k`` every entity with more than ``k`` events gets its ``k``-th event from the event
model: the entity's context, ``k``, the time elapsed so far and the previous event are fixed
slots, the gap to the previous event and the event-level columns are sampled. Gaps are never
negative, so the times of an entity come out ordered; they are clipped into the observed range.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from safetensors.torch import load_file

from safe_synthesizer.models.builtin.codec import TabularCodec
from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
from safe_synthesizer.models.builtin.sampler import sample_tokens
from safe_synthesizer.models.builtin.sequence.frames import (
    DELTA,
    ELAPSED,
    INDEX,
    N_EVENTS,
    START,
    context_columns,
    previous_name,
)
from safe_synthesizer.models.builtin.sequence.layout import SequenceLayout

WEIGHTS_FILE = "model.safetensors"  # the flat backend's file names (models.builtin.backend)
MANIFEST_FILE = "builtin.json"
REDRAWS = 8


@dataclass
class EventModel:
    """The trained event part: its codec and network."""

    codec: TabularCodec
    model: SlotModel
    train_rows: int

    @classmethod
    def load(cls, directory: Path) -> EventModel:
        directory = Path(directory)
        codec = TabularCodec.load(directory)
        model = SlotModel(ModelConfig.load(directory))
        model.load_state_dict(load_file(str(directory / WEIGHTS_FILE)))
        manifest = json.loads((directory / MANIFEST_FILE).read_text(encoding="utf-8"))
        return cls(codec, model, int(manifest["metrics"]["train_rows"]))

    def numeric_range(self, column: str) -> tuple[float, float] | None:
        """``(lo, hi)`` of a numeric column's encoder (DP-released under DP), if it has one."""
        for enc in self.codec.encoders:
            if enc.column == column and hasattr(enc, "lo") and hasattr(enc, "hi"):
                return float(enc.lo), float(enc.hi)
        return None


def sample_events(
    part: EventModel,
    entities: pd.DataFrame,
    layout: SequenceLayout,
    *,
    temperature: float,
    top_p: float,
    generator: torch.Generator,
    rng: np.random.Generator,
    batch_size: int,
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Events of ``entities`` (rows of the entity table): ``(event columns, entity row, time)``.

    Rows come grouped by entity in time order.
    """
    codec = part.codec
    n = len(entities)
    counts = np.maximum(1, pd.to_numeric(entities[N_EVENTS], errors="coerce").fillna(1).to_numpy().astype(np.int64))
    if layout.max_events:
        counts = np.minimum(counts, layout.max_events)
    start = pd.to_numeric(entities[START], errors="coerce").to_numpy(dtype=float)
    if layout.time_low is not None:
        start = np.clip(np.nan_to_num(start, nan=layout.time_low), layout.time_low, layout.time_high)
    elapsed = np.zeros(n)
    prev_delta = np.full(n, np.nan)
    previous = pd.DataFrame({c: pd.Series([None] * n, dtype=object) for c in layout.previous_columns})
    column_index = {c: i for i, c in enumerate(dict.fromkeys(s.column for s in codec.slots))}
    fixed_names = context_columns(layout)
    fixed_columns = sorted(column_index[c] for c in fixed_names if c in column_index)
    forbidden, pairs = codec.forbidden_tokens(), codec.pairs
    pieces, owners, times = [], [], []
    for k in range(int(counts.max()) if n else 0):
        active = np.flatnonzero(counts > k)
        ctx = entities.iloc[active][layout.entity_columns].reset_index(drop=True)
        ctx[N_EVENTS] = counts[active]
        ctx[START] = _as_time(start[active], layout)
        ctx[INDEX] = k
        ctx[ELAPSED] = _as_time(elapsed[active], layout)
        ctx[previous_name(DELTA)] = _as_time(prev_delta[active], layout)
        for c in layout.previous_columns:
            ctx[previous_name(c)] = previous[c].iloc[active].to_numpy()
        fixed = codec.encode(ctx)

        def draw(rows: np.ndarray, fixed: np.ndarray = fixed) -> pd.DataFrame:
            tokens = sample_tokens(
                part.model,
                len(rows),
                fixed=fixed[rows],
                fixed_columns=fixed_columns,
                temperature=temperature,
                top_p=top_p,
                generator=generator,
                batch_size=batch_size,
                forbidden=forbidden,
                pairs=pairs,
            )
            return codec.decode(tokens, rng)

        decoded = draw(np.arange(len(active)))
        now = start[active] + elapsed[active]
        # An event past the end of the observed time range is drawn again (the gap distribution
        # truncated to the range); clipping it would pile events on the last day instead.
        for _ in range(REDRAWS if k and layout.time_high is not None else 0):
            late = np.flatnonzero(now + _gaps(decoded, k) > layout.time_high)
            if not len(late):
                break
            redrawn = draw(late)
            for c in decoded.columns:  # object columns: a redraw may hold a missing integer
                values = np.array(decoded[c].to_numpy(dtype=object), dtype=object)  # a writable copy
                values[late] = redrawn[c].to_numpy(dtype=object)
                decoded[c] = pd.Series(values).infer_objects()
        delta = _gaps(decoded, k)
        t = now + delta
        if layout.time_high is not None:
            t = np.minimum(t, np.maximum(now, layout.time_high))
            delta = t - now
        elapsed[active] += delta
        prev_delta[active] = delta
        for c in layout.previous_columns:
            previous.loc[active, c] = decoded[c].to_numpy()
        pieces.append(decoded[layout.event_columns])
        owners.append(active)
        times.append(t)
    if not pieces:
        return pd.DataFrame(columns=layout.event_columns), np.zeros(0, np.int64), np.zeros(0)
    events = pd.concat(pieces, ignore_index=True)
    owner = np.concatenate(owners)
    time = np.concatenate(times)
    step = np.concatenate([np.full(len(a), k) for k, a in enumerate(owners)])
    order = np.lexsort((step, owner))
    return events.iloc[order].reset_index(drop=True), owner[order], time[order]


def _gaps(decoded: pd.DataFrame, k: int) -> np.ndarray:
    """The sampled gaps to the previous event (0 for an entity's first event, never negative)."""
    if k == 0:
        return np.zeros(len(decoded))
    return np.clip(pd.to_numeric(decoded[DELTA], errors="coerce").fillna(0).to_numpy(dtype=float), 0, None)


def _as_time(t: np.ndarray, layout: SequenceLayout) -> np.ndarray:
    return np.round(t) if layout.time_integer else t
