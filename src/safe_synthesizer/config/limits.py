"""``RunLimits``: how much time and disk a run may plan to use before it must be forced.

Not part of the reference config (it guards this machine, not the synthesis): passed to
``SafeSynthesizer(limits=...)``; the CLI uses the defaults and ``--force`` skips the check.

Example:
    >>> RunLimits().max_generation_hours
    6.0
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class RunLimits(BaseModel):
    """Caps checked against the estimates before training and before generation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_generation_hours: float | None = Field(6.0, gt=0, description="Planned generation time cap (None: none).")
    max_training_hours: float | None = Field(24.0, gt=0, description="Planned training time cap (None: none).")
    min_free_disk_mb: float = Field(
        500.0, ge=0, description="Disk that must stay free after the planned outputs are written."
    )
