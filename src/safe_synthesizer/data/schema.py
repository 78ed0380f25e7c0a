"""Column types and the table schema artifact (``dataset/schema.json``).

The schema is the contract between the data stage and every later stage: the codec, the PII
stage and the evaluators all read column roles from it instead of guessing again.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from safe_synthesizer.config.column_types import ColumnType as ColumnType  # defined with the config vocabulary
from safe_synthesizer.utils.atomic import atomic_write_json


@dataclass(frozen=True)
class ColumnSchema:
    """One column: its type plus the facts needed to write values back in the input's format.

    ``decimals`` is the number of decimal places of a float column: seen in the values, or
    ``data.column_decimals``, or under DP that or ``data.dp_default_decimals`` (never learnt from
    values); ``n_unique``/``n_missing`` are exact counts (0 under DP); ``datetime_format`` a strftime
    pattern (the most common one) and ``datetime_formats`` every pattern found in the column, most
    common first, when values are written in several; ``number_format`` how numbers are written
    (``{"thousands": ",", "decimal": ".", "prefix": "$", "suffix": ""}``, plus ``"negative":
    "parentheses"`` and ``"fixed_decimals": "true"`` when used; see ``data.numbers.NumberFormat``)
    when not plainly;
    ``special_values`` the non-numeric (or non-date) codes kept next to the numeric part (``inf``,
    ``n/a``, ``<5``); ``missing_token`` the word every missing cell of the column was written with
    in a delimited input (``NULL``; None: empty cells), written back for missing cells; ``pii_entity``
    (and ``pii_locale``, the Faker locale its values look like) is filled by the PII
    stage when the column holds personal data; ``label`` the text a second header row wrote over the column
    (a survey's question, a merged sheet's sub-label: ``data.header_rows``), a hint of what it holds.
    """

    name: str
    type: ColumnType
    n_unique: int = 0
    n_missing: int = 0
    decimals: int | None = None
    datetime_format: str | None = None
    datetime_formats: list[str] | None = None
    number_format: dict[str, str] | None = None
    special_values: list[str] | None = None
    pii_entity: str | None = None
    pii_locale: str | None = None
    overridden: bool = False
    missing_token: str | None = None
    label: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["type"] = self.type.value
        return d

    @classmethod
    def from_dict(cls, d: dict) -> ColumnSchema:
        return cls(**{**d, "type": ColumnType(d["type"])})


@dataclass
class TableSchema:
    """Ordered column schemas of a table, plus its entity/order columns.

    ``privacy_releases`` lists the DP releases a DP run's inference made (one per column whose
    type or format was learnt from the data; ``{"name", "epsilon", "delta", "mechanism"}``, the
    ``privacy.budget.BudgetItem`` form): the budget records them before the codec's statistics.
    Empty without DP, and when config and rules decide every column.
    """

    columns: list[ColumnSchema]
    n_rows: int = 0
    group_by: str | None = None
    order_by: str | None = None
    notes: list[str] = field(default_factory=list)
    privacy_releases: list[dict] = field(default_factory=list)

    @property
    def privacy_epsilon(self) -> float:
        """Epsilon the schema's DP releases spent (0 without DP)."""
        return float(sum(r["epsilon"] for r in self.privacy_releases))

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def missing_tokens(self) -> dict[str, str]:
        """Column -> the word its missing cells were written with in the input (``NULL``): what a
        CSV writer of the output is given (``RecordWriter(missing_tokens=...)``), explicitly, since
        ``DataFrame.attrs`` is dropped by ``pd.concat`` of unlike frames, merges and new frames."""
        return {c.name: c.missing_token for c in self.columns if c.missing_token}

    def __getitem__(self, name: str) -> ColumnSchema:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    def of_type(self, *types: ColumnType) -> list[str]:
        """Names of the columns whose type is one of ``types``, in table order."""
        return [c.name for c in self.columns if c.type in types]

    def to_dict(self) -> dict:
        return {
            "n_rows": self.n_rows,
            "group_by": self.group_by,
            "order_by": self.order_by,
            "columns": [c.to_dict() for c in self.columns],
            "notes": list(self.notes),
            "privacy_releases": [dict(r) for r in self.privacy_releases],
        }

    @classmethod
    def from_dict(cls, d: dict) -> TableSchema:
        return cls(
            columns=[ColumnSchema.from_dict(c) for c in d["columns"]],
            n_rows=d.get("n_rows", 0),
            group_by=d.get("group_by"),
            order_by=d.get("order_by"),
            notes=list(d.get("notes", [])),
            privacy_releases=[dict(r) for r in d.get("privacy_releases", [])],
        )

    def save(self, path: Path) -> None:
        atomic_write_json(path, self.to_dict())

    @classmethod
    def load(cls, path: Path) -> TableSchema:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))
