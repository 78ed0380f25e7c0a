"""``time_series`` section (experimental, kept for compatibility with NSS configs)."""

from __future__ import annotations

from pydantic import Field

from safe_synthesizer.config.base import PositiveInt, Section


class TimeSeriesParameters(Section):
    """Event-sequence settings."""

    is_timeseries: bool = False
    timestamp_column: str | None = None
    timestamp_interval_seconds: float | None = Field(None, gt=0)
    timestamp_format: str | None = None
    max_events_per_entity: PositiveInt = Field(
        64,
        description="Under DP, entity histories keep at most this many first events per entity (a fixed, "
        "public rule: one entity is one privacy unit whatever its length).",
    )
