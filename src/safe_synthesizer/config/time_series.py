"""``time_series`` section (experimental, kept for compatibility with NSS configs)."""

from __future__ import annotations

from pydantic import Field

from safe_synthesizer.config.base import Section


class TimeSeriesParameters(Section):
    """Event-sequence settings."""

    is_timeseries: bool = False
    timestamp_column: str | None = None
    timestamp_interval_seconds: float | None = Field(None, gt=0)
    timestamp_format: str | None = None
