"""One diagnostic: a short sentence about a run that the user should check before using its output."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Source = Literal["output", "pii", "evaluation", "preflight", "schema"]
Level = Literal["warning", "note"]

# Printed in this order: junk in the output first, then personal data the PII stage may have left, then doubtful
# scores, then input warnings, then the type decisions that changed a column.
SOURCE_ORDER: tuple[Source, ...] = ("output", "pii", "evaluation", "preflight", "schema")


@dataclass(frozen=True)
class Diagnostic:
    """A finding about a run. ``message`` is a whole sentence with counts, shares and column
    names only (never a data value); ``column`` names the column it is about, if any.

    Example:
        >>> d = Diagnostic("output", "column `age`: 3 synthetic values (3 %) ...", column="age")
        >>> d.to_dict()["source"], d.level
        ('output', 'warning')
    """

    source: Source
    message: str
    column: str | None = None
    level: Level = "warning"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Diagnostic:
        return cls(d["source"], d["message"], d.get("column"), d.get("level", "warning"))


def ordered(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """``diagnostics`` by source (output, evaluation, preflight, schema), keeping their order within one.

    Example:
        >>> [d.source for d in ordered([Diagnostic("schema", "a"), Diagnostic("output", "b")])]
        ['output', 'schema']
    """
    return sorted(diagnostics, key=lambda d: SOURCE_ORDER.index(d.source))
