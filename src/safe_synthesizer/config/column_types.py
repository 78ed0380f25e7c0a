"""``ColumnType``: the vocabulary of column roles, shared by the config (``data.column_types``)
and the schema. It lives in ``config`` so that ``config`` imports nothing from ``data``; the schema
(``safe_synthesizer.data.schema``) re-exports it.

Example:
    >>> ColumnType("integer").is_numeric
    True
"""

from __future__ import annotations

from enum import StrEnum


class ColumnType(StrEnum):
    """The role a column plays; decides how it is encoded, replaced and evaluated."""

    INTEGER = "integer"
    FLOAT = "float"
    CATEGORICAL = "categorical"
    DATETIME = "datetime"
    TEXT = "text"
    IDENTIFIER = "identifier"
    CONSTANT = "constant"
    EMPTY = "empty"

    @property
    def is_numeric(self) -> bool:
        return self in (ColumnType.INTEGER, ColumnType.FLOAT)
