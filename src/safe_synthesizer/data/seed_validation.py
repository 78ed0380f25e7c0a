"""Seed data (``--seed-data``, ``with_generate(seed_data=...)``) checked against the trained model.

Seed values are copied into the output as given, so ``age=200`` or ``sex=Martian`` used to reach
the synthetic table without a word. Before generation each seed column is checked against what
the model was trained on (the codec's ranges and categories in ``train/model/codec.json``, else
the run's schema):

- a column the model does not know, or a number column holding text: an error (``UserInputError``)
  naming the column, the row and the fix;
- a number outside the trained range, or a category the model never produced: a warning (the
  record is generated, conditioned on a value the model never saw).

Messages never show training values of PII columns (the trained range of a PII column, or its
categories, are training values): such columns are named with the row numbers only.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from safe_synthesizer.data.numbers import NumberFormat, parse_numbers
from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.errors import UserInputError

logger = logging.getLogger(__name__)

CODEC_FILE = "codec.json"  # written by the built-in backend into train/model/
_ROWS_SHOWN = 5
_VALUE_CHARS = 40
_NUMERIC_TYPES = {ColumnType.INTEGER, ColumnType.FLOAT}


@dataclass
class SeedIssue:
    """One problem of one seed column: ``level`` is ``"error"`` or ``"warning"``."""

    level: str
    column: str
    message: str


@dataclass
class SeedCheck:
    """Every problem found; ``errors`` stop generation, ``warnings`` are logged."""

    issues: list[SeedIssue] = field(default_factory=list)

    @property
    def errors(self) -> list[SeedIssue]:
        return [i for i in self.issues if i.level == "error"]

    @property
    def warnings(self) -> list[SeedIssue]:
        return [i for i in self.issues if i.level == "warning"]


@dataclass(frozen=True)
class _Trained:
    """What the model knows of one column."""

    numeric: bool
    lo: float | None = None
    hi: float | None = None
    categories: frozenset[str] | None = None  # None: not a closed set (text, ids, dates)
    number_format: dict | None = None
    pii: bool = False


def _rows(mask: np.ndarray) -> str:
    """1-based data-row numbers of the seed file (the header is not counted)."""
    rows = np.flatnonzero(mask) + 1
    shown = ", ".join(str(r) for r in rows[:_ROWS_SHOWN])
    return f"row{'s' if rows.size > 1 else ''} {shown}" + (
        f" and {rows.size - _ROWS_SHOWN} more" if rows.size > _ROWS_SHOWN else ""
    )


def _value(value: object) -> str:
    text = str(value)
    return repr(text if len(text) <= _VALUE_CHARS else text[:_VALUE_CHARS] + "...")


def trained_columns(model_dir: Path | None, schema: TableSchema) -> dict[str, _Trained]:
    """Per trained column its range or categories: from the codec when the model has one (the
    built-in backend; under DP its ranges are the DP-released ones), else types from the schema."""
    pii = {c.name for c in schema.columns if c.pii_entity}
    codec_path = None if model_dir is None else Path(model_dir) / CODEC_FILE
    if codec_path is not None and codec_path.is_file():
        codec = json.loads(codec_path.read_text(encoding="utf-8"))
        out: dict[str, _Trained] = {}
        for enc in codec.get("encoders", []):
            name, kind = enc.get("column"), enc.get("kind")
            if kind == "numeric":
                out[name] = _Trained(
                    True, enc.get("lo"), enc.get("hi"), number_format=enc.get("number_format"), pii=name in pii
                )
            elif kind == "categorical" and not enc.get("has_rare") and not enc.get("fakes"):
                # With rare values pooled or faked, a value outside the list may still be a real one.
                out[name] = _Trained(False, categories=frozenset(map(str, enc.get("categories", []))), pii=name in pii)
            else:
                out[name] = _Trained(False, pii=name in pii)
        for name in codec.get("column_order", []):
            out.setdefault(name, _Trained(False, pii=name in pii))
        return out
    return {
        c.name: _Trained(c.type in _NUMERIC_TYPES, number_format=c.number_format, pii=c.name in pii)
        for c in schema.columns
    }


def validate_seed_data(seed: pd.DataFrame, trained: dict[str, _Trained]) -> SeedCheck:
    """Check ``seed`` against the trained columns (see the module docstring).

    Example:
        >>> trained = {"age": _Trained(True, 17.0, 90.0), "sex": _Trained(False, categories=frozenset({"F", "M"}))}
        >>> check = validate_seed_data(pd.DataFrame({"age": [30, 200], "sex": ["F", "Martian"]}), trained)
        >>> [(i.level, i.column) for i in check.issues]
        [('warning', 'age'), ('warning', 'sex')]
        >>> check.issues[1].message
        "seed column 'sex': 'Martian' (row 2) is not a category the model was trained on"
    """
    check = SeedCheck()
    unknown = [str(c) for c in seed.columns if str(c) not in trained]
    if unknown:
        check.issues.append(
            SeedIssue(
                "error",
                unknown[0],
                f"seed column(s) {', '.join(repr(c) for c in unknown)} are not in the trained table; drop or rename "
                f"them (trained columns: {', '.join(list(trained)[:12])}{' ...' if len(trained) > 12 else ''})",
            )
        )
        return check
    if seed.empty:
        check.issues.append(SeedIssue("error", "", "seed data has no rows; give at least one partial record"))
        return check
    for column in seed.columns:
        info = trained[str(column)]
        values = seed[column]
        present = values.notna().to_numpy()
        if info.numeric:
            _check_numbers(check, str(column), values, present, info)
        elif info.categories is not None:
            text = values.astype(str).to_numpy()
            new = present & ~np.isin(text, list(info.categories))
            if new.any():
                shown = _rows(new) if info.pii else f"{_value(text[new][0])} ({_rows(new)})"
                message = f"seed column {str(column)!r}: {shown} is not a category the model was trained on"
                check.issues.append(SeedIssue("warning", str(column), message))
    return check


def _check_numbers(check: SeedCheck, column: str, values: pd.Series, present: np.ndarray, info: _Trained) -> None:
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        numbers = values.to_numpy(dtype=np.float64, na_value=np.nan)
    else:
        numbers = parse_numbers(tuple(values.tolist()), NumberFormat.from_dict(info.number_format))
    text_cells = present & np.isnan(numbers)
    if text_cells.any():
        check.issues.append(
            SeedIssue(
                "error",
                column,
                f"seed column {column!r} holds numbers, but {_rows(text_cells)} "
                f"{'is' if text_cells.sum() == 1 else 'are'} not a number; fix or empty those cells",
            )
        )
        return
    if info.lo is None or info.hi is None:
        return
    outside = present & ((numbers < info.lo) | (numbers > info.hi))
    if outside.any():
        first = numbers[outside][0]
        trained = "" if info.pii else f" {info.lo:g} to {info.hi:g}"
        check.issues.append(
            SeedIssue(
                "warning",
                column,
                f"seed column {column!r}: {first:g} ({_rows(outside)}) is outside the trained range{trained}",
            )
        )


def check_seed_data(
    seed: pd.DataFrame, model_dir: Path | None, schema: TableSchema, source: str = "seed data"
) -> SeedCheck:
    """Validate ``seed`` for the model in ``model_dir``: raise ``UserInputError`` on the first
    error (naming ``source``), log every warning, and return the check (for the run summary)."""
    check = validate_seed_data(seed, trained_columns(model_dir, schema))
    if check.errors:
        raise UserInputError(f"{source}: {check.errors[0].message}")
    for issue in check.warnings:
        logger.warning("%s: %s", source, issue.message)
    return check
