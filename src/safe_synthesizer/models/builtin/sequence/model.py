"""Entity histories with the built-in model: an entity part and an event part, both flat models.

With ``data.group_training_examples_by`` and ``data.order_training_examples_by`` (or
``time_series.timestamp_column``) the built-in backend hands the run to this module, which
trains two ordinary built-in models (``BuiltinBackend.train``, unchanged) in ``model_dir``:

- ``entities/``: one row per entity (entity-level columns, number of events, first time);
- ``events/``: one row per event, conditioned on its entity, its position, the time elapsed and
  the previous event (see ``frames``); it samples the gap to the previous event and the
  event-level columns.

Generation draws whole entities from the entity part (conditionally on seed data, one seed row
per entity), then their events position by position (``events.sample_events``), and gives each
entity a fresh id in the training ids' format. ``num_records`` counts entities.

Under DP both parts are trained with entity-level DP (one entity is one privacy unit: a row of
the entity table, all rows of one entity in the event table); the run's epsilon and delta are
split between them (``ENTITY_SHARE`` to the entity part) and add up (basic composition); each
entity keeps at most ``time_series.max_events_per_entity`` first events (a fixed public rule).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import torch

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.models.backend import TrainResult
from safe_synthesizer.models.builtin.defaults import resolve_training_defaults
from safe_synthesizer.models.builtin.sequence.events import EventModel, sample_events
from safe_synthesizer.models.builtin.sequence.frames import (
    DELTA,
    ELAPSED,
    START,
    context_columns,
    entity_schema,
    entity_table,
    event_schema,
    event_table,
    ordered_events,
    previous_name,
)
from safe_synthesizer.models.builtin.sequence.layout import SequenceLayout, new_ids, sequence_columns
from safe_synthesizer.privacy.budget import resolve_delta
from safe_synthesizer.privacy.entropy import fresh_seed

if TYPE_CHECKING:
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

logger = logging.getLogger(__name__)

ENTITIES_DIR = "entities"
EVENTS_DIR = "events"
# Under DP: the entity table has one row of a few columns per entity and needs little budget;
# the event model (many more columns and rows) gets the rest.
ENTITY_SHARE = 0.3
# training.max_training_time is one budget for both parts: the entity part may use at most this
# share (it took 16-25 % of the CPU time on pbcseq and cdnow), the event part the rest of the
# budget, including what the entity part left unused.
ENTITY_TIME_SHARE = 0.3
# The event part always gets at least this many seconds (a budget spent by the entity part
# would otherwise leave it untrained).
MIN_PART_SECONDS = 5.0


def part_params(params: SafeSynthesizerParameters, layout: SequenceLayout, n_entities: int, part: str):
    """The settings one part trains and samples with: flat (no order, no time series), the event
    part grouped by entity (its DP units), and under DP its share of epsilon and delta."""
    group = layout.entity_column if part == EVENTS_DIR else None
    update: dict = {
        "data": params.data.model_copy(
            update={"group_training_examples_by": group, "order_training_examples_by": None}
        ),
        "time_series": params.time_series.model_copy(update={"is_timeseries": False}),
    }
    p = params.privacy
    if p.dp_enabled:
        share = ENTITY_SHARE if part == ENTITIES_DIR else 1 - ENTITY_SHARE
        delta = resolve_delta(n_entities) if p.delta == "auto" else float(p.delta)
        bounds, categories = public_metadata(p.public_bounds, p.public_categories, layout, part)
        update["privacy"] = p.model_copy(
            update={
                "epsilon": p.epsilon * share,
                "delta": delta * share,
                "public_bounds": bounds,
                "public_categories": categories,
            }
        )
    return params.model_copy(update=update)


def time_budget(params: SafeSynthesizerParameters, n_events: int) -> float | None:
    """Seconds both parts may train together: ``training.max_training_time`` (auto: the flat
    model's budget for a table of ``n_events`` rows; none under DP), or None for no cap."""
    cap = resolve_training_defaults(params, n_events).max_seconds
    return None if cap is None else float(cap)


def with_time_cap(params: SafeSynthesizerParameters, seconds: float | None) -> SafeSynthesizerParameters:
    """``params`` with ``training.max_training_time`` set to ``seconds`` (unchanged for None)."""
    if seconds is None:
        return params
    training = params.training.model_copy(update={"max_training_time": seconds / 60.0})
    return params.model_copy(update={"training": training})


def public_time_range(bounds: dict, layout: SequenceLayout) -> tuple[float, float] | None:
    """``privacy.public_bounds`` of the time column in the model's time units (years for dates)."""
    if layout.time_column not in bounds:
        return None
    low, high = bounds[layout.time_column]
    if layout.time_kind == "number":
        return float(low), float(high)
    first = pd.Timestamp(year=int(low), month=1, day=1)
    last = pd.Timestamp(year=int(high) + 1, month=1, day=1)
    scale = 86400.0 if layout.time_kind == "days" else 1.0
    epoch = pd.Timestamp("1970-01-01")
    return (first - epoch).total_seconds() / scale, ((last - epoch).total_seconds() - 1) / scale


def public_metadata(bounds: dict, categories: dict, layout: SequenceLayout, part: str) -> tuple[dict, dict]:
    """The user's public bounds and categories renamed onto one part's columns: the time column's
    range bounds the first time and (as a span) the gaps; previous-event columns share their
    column's; the entity and time columns themselves are not modelled."""
    columns = set(layout.entity_columns) | (set(layout.event_columns) if part == EVENTS_DIR else set())
    out_b = {c: v for c, v in bounds.items() if c in columns}
    out_c = {c: v for c, v in categories.items() if c in columns}
    span = public_time_range(bounds, layout)
    if span is not None:
        out_b[START] = span
        if part == EVENTS_DIR:
            for c in (ELAPSED, DELTA, previous_name(DELTA)):
                out_b[c] = (0.0, span[1] - span[0])
    if part == EVENTS_DIR:
        out_b.update({previous_name(c): v for c, v in bounds.items() if c in layout.previous_columns})
        out_c.update({previous_name(c): v for c, v in categories.items() if c in layout.previous_columns})
    return out_b, out_c


def train_sequences(
    backend: BuiltinBackend,
    training: pd.DataFrame,
    schema: TableSchema,
    params: SafeSynthesizerParameters,
    model_dir: Path,
) -> TrainResult:
    """Train the entity and event parts into ``model_dir`` (see the module docstring)."""
    started = time.monotonic()
    model_dir = Path(model_dir)
    model_dir.mkdir(parents=True, exist_ok=True)
    entity, order = sequence_columns(params)
    dp = params.privacy.dp_enabled
    cap = params.time_series.max_events_per_entity if dp else None
    layout = SequenceLayout.detect(training, schema, entity, order, max_events=cap)
    df, t = ordered_events(training, layout)
    if not len(df):
        raise UserInputError(f"data.order_training_examples_by: no row has a readable value in {order!r}")
    entities, events = entity_table(df, t, layout), event_table(df, t, layout)
    logger.info(
        "entity histories: %d entities, %d events; entity-level columns %s",
        len(entities), len(events), layout.entity_columns,
    )
    budget = time_budget(params, len(events))
    ent = backend.train(
        entities, entity_schema(schema, layout),
        with_time_cap(part_params(params, layout, len(entities), ENTITIES_DIR),
                      None if budget is None else ENTITY_TIME_SHARE * budget),
        model_dir / ENTITIES_DIR,
    )
    left = None if budget is None else max(MIN_PART_SECONDS, budget - (time.monotonic() - started))
    # The event part's context (entity, position, elapsed time, previous event) is always given
    # when sampling: it is never predicted (ModelConfig.given_columns), only the gap and events.
    evt = backend.train(
        events, event_schema(schema, layout),
        with_time_cap(part_params(params, layout, len(entities), EVENTS_DIR), left),
        model_dir / EVENTS_DIR, given_columns=context_columns(layout),
    )
    public = public_time_range(params.privacy.public_bounds, layout) if dp else None
    if public is not None:
        layout.time_low, layout.time_high = public
    elif dp:
        # The exact time range is private: bound it by the DP-released codec ranges instead
        # (first time, plus the largest time since the first event).
        part = EventModel.load(model_dir / EVENTS_DIR)
        s, e = part.numeric_range(START), part.numeric_range(ELAPSED)
        if s and e:
            layout.time_low, layout.time_high = s[0], s[1] + e[1]
    else:
        layout.time_low, layout.time_high = float(t.min()), float(t.max())
    layout.save(model_dir)
    counts = entities["__events__"].to_numpy()
    metrics = {
        "backend": backend.name,
        "model": "entity_histories",
        "train_rows": len(events),
        "train_entities": len(entities),
        "events_per_entity_mean": round(float(counts.mean()), 3),
        "events_per_entity_max": int(counts.max()),
        "entity_level_columns": list(layout.entity_columns),
        "epochs": evt.metrics.get("epochs"),
        "entity_part": ent.metrics,
        "event_part": evt.metrics,
        "train_seconds": round(time.monotonic() - started, 3),
        # Both parts must rerun to the same weights (utils.reproducibility).
        "reproducible": bool(ent.metrics.get("reproducible", True) and evt.metrics.get("reproducible", True)),
    }
    notes = [m["reproducibility_note"] for m in (ent.metrics, evt.metrics) if m.get("reproducibility_note")]
    if notes:
        metrics["reproducibility_note"] = "; ".join(notes)
    privacy = _combined_privacy(ent.privacy, evt.privacy, params) if dp else None
    return TrainResult(metrics=metrics, privacy=privacy)


def _combined_privacy(ent: dict | None, evt: dict | None, params: SafeSynthesizerParameters) -> dict | None:
    if ent is None or evt is None:
        return None
    items = [{**i, "name": f"entities: {i['name']}"} for i in ent.get("items", [])]
    items += [{**i, "name": f"events: {i['name']}"} for i in evt.get("items", [])]
    # Keys of a joint composition describe one part only; the combined totals add basically.
    part_only = {"joint_conversion_delta", "preprocessing_mu", "epsilon_total_rdp_check", "epsilon_total_prv_check"}
    return {
        **{key: value for key, value in evt.items() if key not in part_only},
        "epsilon_total": ent["epsilon_total"] + evt["epsilon_total"],
        "delta": ent["delta"] + evt["delta"],
        "epsilon_target": params.privacy.epsilon,
        "delta_target": ent["delta_target"] + evt["delta_target"],
        "preprocessing_epsilon_planned": ent["preprocessing_epsilon_planned"] + evt["preprocessing_epsilon_planned"],
        "items": items,
        "composition": "basic (epsilons and deltas add up); entity part and event part trained on the same entities",
        "max_events_per_entity": params.time_series.max_events_per_entity,
        "parts": {"entities": ent, "events": evt},
    }


def iter_generate_sequences(
    backend: BuiltinBackend,
    model_dir: Path,
    params: SafeSynthesizerParameters,
    *,
    num_records: int,
    seed_data: pd.DataFrame | None = None,
    counters: dict | None = None,
) -> Iterator[pd.DataFrame]:
    """Yield whole synthetic entities (all their events, ordered) in chunks; ``num_records`` entities."""
    model_dir = Path(model_dir)
    layout = SequenceLayout.load(model_dir)
    if params.generation.privacy_filter:
        raise UserInputError(
            "generation.privacy_filter compares single records and is not available for entity histories; "
            "set generation.privacy_filter: false (or use privacy.dp_enabled)"
        )
    ids = None
    if seed_data is not None:
        allowed = {*layout.entity_columns, layout.entity_column}
        unknown = [c for c in seed_data.columns if c not in allowed]
        if unknown:
            raise UserInputError(
                f"seed data column(s) {unknown} are not entity-level columns; seed whole entities with "
                f"{sorted(layout.entity_columns)} (one row per entity)"
            )
        if len(seed_data) == 0:
            raise UserInputError("seed data has no rows; give at least one entity")
        seed_data = seed_data.reset_index(drop=True)
        if layout.entity_column in seed_data:
            ids = seed_data[layout.entity_column]
            seed_data = seed_data.drop(columns=[layout.entity_column])
        if seed_data.shape[1] == 0:
            seed_data = None
    part = EventModel.load(model_dir / EVENTS_DIR)
    event_params = part_params(params, layout, 1, EVENTS_DIR)
    defaults = resolve_training_defaults(event_params, part.train_rows)
    dp_model = (model_dir / ENTITIES_DIR / "builtin.json").exists() and _is_dp(model_dir)
    seed = fresh_seed() if dp_model else int(params.data.random_state or 0)
    generator = torch.Generator().manual_seed(seed + 1)
    rng = np.random.default_rng([seed, 11])
    entity_params = part_params(params, layout, 1, ENTITIES_DIR)
    chunks = backend.iter_generate(
        model_dir / ENTITIES_DIR, entity_params, num_records=num_records, seed_data=seed_data, counters=counters
    )
    made = 0
    for chunk in chunks:
        events, owner, t = sample_events(
            part, chunk, layout, temperature=defaults.temperature, top_p=params.generation.top_p,
            generator=generator, rng=rng, batch_size=defaults.generation_batch_size,
        )
        if ids is not None:
            chunk_ids = ids.iloc[np.arange(made, made + len(chunk)) % len(ids)].reset_index(drop=True)
            chunk_ids = chunk_ids.where(chunk_ids.notna(), new_ids(layout.id_format, made + 1, len(chunk)))
        else:
            chunk_ids = new_ids(layout.id_format, made + 1, len(chunk))
        out = {
            layout.entity_column: chunk_ids.iloc[owner].to_numpy(),
            layout.time_column: layout.from_time(t).to_numpy(),
        }
        for c in layout.entity_columns:
            out[c] = chunk[c].iloc[owner].to_numpy()
        for c in layout.event_columns:
            out[c] = events[c].to_numpy()
        made += len(chunk)
        if counters is not None:
            counters["num_entities"] = counters.get("num_entities", 0) + len(chunk)
        yield pd.DataFrame(out)[layout.column_order]


def _is_dp(model_dir: Path) -> bool:
    import json

    manifest = json.loads((model_dir / ENTITIES_DIR / "builtin.json").read_text(encoding="utf-8"))
    return manifest.get("privacy") is not None
