"""Shared base for every config section: strict keys, assignment validation."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

AUTO = "auto"
Auto = Literal["auto"]


class Section(BaseModel):
    """A config section. Unknown keys are rejected (see ``config.io`` for the suggestion)."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)

# Constrained members for ``X | Auto`` fields: the constraint must sit on the number, not the union.
PositiveFloat = Annotated[float, Field(gt=0)]
PositiveInt = Annotated[int, Field(ge=1)]
Share = Annotated[float, Field(ge=0, le=1)]
OpenShare = Annotated[float, Field(gt=0, lt=1)]
