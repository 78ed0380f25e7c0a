"""Shared base for every config section: strict keys, assignment validation."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

AUTO = "auto"
Auto = Literal["auto"]


class Section(BaseModel):
    """A config section. Unknown keys are rejected (see ``config.io`` for the suggestion)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)
