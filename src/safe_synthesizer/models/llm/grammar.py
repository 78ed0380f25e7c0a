"""What a valid record is: a JSON schema from the training schema, its validator and its grammar.

``RecordSpec`` holds one constraint per column, learnt at training time and saved in the model
directory (``record_spec.json``):

- categorical / constant: an enum of the values seen at least ``training.rare_category_threshold``
  times (all values without ``training.value_protection``); under DP the DP frequent values;
- integer / float: a range (the ``training.numeric_protection_quantile`` quantiles with value
  protection, else min/max; under DP the DP bounds) and the column's decimals;
- datetime: a regular expression of its formats as the column writes them (``datetime_pattern``:
  ``%Y-%m-%d`` -> ``[0-9]{4}-(0[1-9]|1[0-2])-...``, ``3/5/2024`` -> month and day without zeros);
- text / identifier: string length bounds (a fixed public cap under DP);
- nullable when the column has missing values (under DP: always).

``validate`` is what generation applies to every parsed record (structured or not), so invalid
records are counted the same way on both paths. ``compile_grammar`` turns the JSON schema into an
xgrammar grammar for ``K`` newline-ended records followed by EOS.
"""

from __future__ import annotations

import json
import math
import re
import warnings
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from safe_synthesizer.data.datetimes import UNPADDED_SAMPLE, unpadded
from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.errors import StageNotBuiltError

# Under DP a string's length bound cannot come from the data: a public cap instead.
DP_MAX_STRING = 400
STRFTIME_REGEX = {
    "%Y": "[0-9]{4}", "%y": "[0-9]{2}", "%m": "(0[1-9]|1[0-2])", "%d": "(0[1-9]|[12][0-9]|3[01])",
    "%H": "([01][0-9]|2[0-3])", "%I": "(0[1-9]|1[0-2])", "%M": "[0-5][0-9]", "%S": "[0-5][0-9]",
    "%f": "[0-9]{1,6}", "%p": "(AM|PM)", "%b": "[A-Z][a-z]{2}", "%B": "[A-Z][a-z]{2,8}", "%a": "[A-Z][a-z]{2}",
    "%A": "[A-Z][a-z]{5,8}", "%j": "[0-9]{3}", "%z": "[+-][0-9]{2}:?[0-9]{2}", "%Z": "[A-Z]{1,5}", "%%": "%",
    "%-m": "([1-9]|1[0-2])", "%-d": "([1-9]|[12][0-9]|3[01])", "%-H": "([0-9]|1[0-9]|2[0-3])",
    "%-I": "([1-9]|1[0-2])",
}
# Directives a column may write without their leading zero (``data.datetimes.unpadded``).
PADDED_DIRECTIVES = ("%m", "%d", "%H", "%I")
# Under DP whether a column pads is a fact of the data the budget does not pay for (the built-in
# codec drops it too): these directives then accept both layouts and the model's training decides.
EITHER_PADDING = {
    "%m": "(0?[1-9]|1[0-2])", "%d": "(0?[1-9]|[12][0-9]|3[01])", "%H": "([01]?[0-9]|2[0-3])",
    "%I": "(0?[1-9]|1[0-2])",
}


def strftime_regex(fmt: str, directives: dict[str, str] | None = None) -> str:
    """A regular expression matching what ``strftime(fmt)`` writes (``directives`` override some).

    Example:
        >>> strftime_regex("%Y-%m")
        '[0-9]{4}\\\\-(0[1-9]|1[0-2])'
    """
    out, i = [], 0
    while i < len(fmt):
        for width in (3, 2):
            token = fmt[i : i + width]
            if token in STRFTIME_REGEX:
                out.append((directives or {}).get(token, STRFTIME_REGEX[token]))
                i += width
                break
        else:
            out.append(re.escape(fmt[i]))
            i += 1
    return "".join(out)


def datetime_pattern(present: pd.Series, formats: list[str], *, dp: bool) -> str:
    """The regular expression of a datetime column's values, in each of its formats as written.

    ``present`` are the column's non-missing training strings. Outside DP a format whose values
    are written without leading zeros (``3/5/2024`` for ``%m/%d/%Y``) gets the unpadded directives
    (``as_written``: the built-in codec's fact, per directive); under DP padding is not looked at and
    either layout is allowed (``EITHER_PADDING``). Several formats become alternatives.
    """
    parts = []
    for fmt in formats:
        parts.append(strftime_regex(fmt, EITHER_PADDING) if dp else strftime_regex(as_written(present, fmt)))
    parts = list(dict.fromkeys(parts))
    return parts[0] if len(parts) == 1 else "(" + "|".join(parts) + ")"


def as_written(present: pd.Series, fmt: str) -> str:
    """``fmt`` with each month/day/hour directive unpadded where the values are written so.

    Directive by directive (``2024-03-05 9:05`` pads the date, not the hour: ``%Y-%m-%d %-H:%M``):
    the spelling that reproduces more of the values wins, ties padded. Formats
    with offsets or fractions keep their directives, as ``data.datetimes.writes_unpadded`` does.

    Example:
        >>> as_written(pd.Series(["3/5/2024", "12/25/2024", "11/7/2023"]), "%m/%d/%Y")
        '%-m/%-d/%Y'
    """
    if unpadded(fmt) == fmt or "%z" in fmt or "%f" in fmt:
        return fmt
    strings = present.astype(str).str.strip().iloc[:UNPADDED_SAMPLE]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        stamps = pd.to_datetime(strings, format=fmt, errors="coerce")
    read = stamps.notna().to_numpy()
    if not read.any():
        return fmt
    stamps, raw = stamps[read], strings[read].to_numpy(dtype=object)

    def reproduced(candidate: str) -> int:
        return int((stamps.dt.strftime(candidate).to_numpy(dtype=object) == raw).sum())

    # From the better of all-padded and all-unpadded, then each directive flipped if that helps
    # (one flip at a time from the wrong start could never fix ``3/5/2024``: no value matches).
    out = max((fmt, unpadded(fmt)), key=reproduced)
    for directive in PADDED_DIRECTIVES:
        padded, bare = re.compile("(?<!%)" + re.escape(directive)), unpadded(directive)
        if padded.search(out):
            flipped = padded.sub(bare, out)
        elif bare in out:
            flipped = out.replace(bare, directive)
        else:
            continue
        if reproduced(flipped) > reproduced(out):
            out = flipped
    return out


@dataclass
class ColumnSpec:
    """The constraint of one column (see the module docstring)."""

    name: str
    kind: str
    nullable: bool = True
    enum: list[str] | None = None
    minimum: float | None = None
    maximum: float | None = None
    decimals: int | None = None
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None

    def json_schema(self) -> dict[str, Any]:
        if self.kind == ColumnType.EMPTY:
            return {"type": "null"}
        if self.enum is not None:
            base: dict[str, Any] = {"enum": list(self.enum)}
        elif self.kind in (ColumnType.INTEGER, ColumnType.FLOAT):
            base = {"type": "integer" if self.kind == ColumnType.INTEGER else "number"}
            if self.minimum is not None:
                base["minimum"], base["maximum"] = self.minimum, self.maximum
        else:
            base = {"type": "string"}
            if self.pattern:
                base["pattern"] = self.pattern
            else:
                if self.min_length is not None:
                    base["minLength"] = self.min_length
                if self.max_length is not None:
                    base["maxLength"] = self.max_length
        return {"anyOf": [base, {"type": "null"}]} if self.nullable else base

    def check(self, value: Any, enforce_range: bool = True) -> tuple[bool, Any]:
        """``(valid, cleaned value)``: numbers rounded to the column's decimals."""
        if value is None:
            return self.nullable or self.kind == ColumnType.EMPTY, None
        if self.kind == ColumnType.EMPTY:
            return False, value
        if self.enum is not None:
            return isinstance(value, str) and value in self._enum_set, value
        if self.kind in (ColumnType.INTEGER, ColumnType.FLOAT):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                return False, value
            if self.kind == ColumnType.INTEGER and float(value) != int(value):
                return False, value
            if enforce_range and self.minimum is not None and not self.minimum <= value <= self.maximum:
                return False, value
            if self.kind == ColumnType.INTEGER:
                return True, int(value)
            return True, round(float(value), self.decimals) if self.decimals is not None else float(value)
        if not isinstance(value, str):
            return False, value
        if self.pattern:
            return re.fullmatch(self.pattern, value) is not None, value
        if self.max_length is not None and not (self.min_length or 0) <= len(value) <= self.max_length:
            return False, value
        return True, value

    @property
    def _enum_set(self) -> set[str]:
        cached = self.__dict__.get("_enum_cache")
        if cached is None:
            cached = self.__dict__["_enum_cache"] = set(self.enum or [])
        return cached


@dataclass
class RecordSpec:
    """Constraints of a whole record, in column order."""

    columns: list[ColumnSpec] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {c.name: c.json_schema() for c in self.columns},
            "required": self.names,
            "additionalProperties": False,
        }

    def parse(self, line: str, enforce_range: bool = True) -> dict[str, Any] | None:
        """The record of one generated line, or ``None`` when it is not a valid record."""
        line = line.strip()
        if not line.startswith("{"):
            return None
        try:
            obj = json.loads(line)
        except ValueError:
            return None
        if not isinstance(obj, dict) or set(obj) != set(self.names):
            return None
        out = {}
        for col in self.columns:
            ok, value = col.check(obj[col.name], enforce_range)
            if not ok:
                return None
            out[col.name] = value
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"columns": [{k: v for k, v in asdict(c).items() if not k.startswith("_")} for c in self.columns]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> RecordSpec:
        return cls([ColumnSpec(**c) for c in d["columns"]])


def _present(series: pd.Series) -> pd.Series:
    return series[series.notna()]


def build_record_spec(
    df: pd.DataFrame,
    schema: TableSchema,
    *,
    value_protection: bool = True,
    rare_threshold: int = 5,
    quantile: float = 0.001,
    dp_statistics: Any | None = None,
) -> RecordSpec:
    """The constraints of ``schema``'s columns learnt from ``df`` (see the module docstring).

    With ``dp_statistics`` (a ``privacy.DPCodecStatistics``) every data-derived fact is a DP
    release charged to the run's budget, and lengths/nullability follow public rules.
    """
    specs = []
    dp = dp_statistics is not None
    for col in schema.columns:
        if col.name not in df.columns:
            continue
        values = df[col.name]
        present = _present(values)
        spec = ColumnSpec(col.name, str(col.type.value), nullable=dp or bool(values.isna().any()),
                          decimals=col.decimals)
        if col.type in (ColumnType.CATEGORICAL, ColumnType.CONSTANT):
            if dp:
                found = dp_statistics.for_column(col.name).frequent_values(present.astype(str).tolist(), rare_threshold)
                spec.enum = sorted(str(v) for v in found)
            else:
                counts = present.astype(str).value_counts()
                keep = counts[counts >= rare_threshold] if value_protection else counts
                spec.enum = sorted(keep.index.tolist()) or sorted(counts.index.tolist())[:1]
            if not spec.enum:
                spec.enum = None  # nothing releasable: any short string
                spec.max_length = DP_MAX_STRING
        elif col.type.is_numeric:
            numbers = pd.to_numeric(present, errors="coerce").dropna().to_numpy(dtype=float)
            if dp:
                lo, hi = dp_statistics.for_column(col.name).bounds(
                    pd.to_numeric(values, errors="coerce").to_numpy(dtype=float), quantile
                )
            elif len(numbers):
                q = quantile if value_protection else 0.0
                lo, hi = float(np.quantile(numbers, q)), float(np.quantile(numbers, 1 - q))
            else:
                lo = hi = math.nan
            if math.isnan(lo):
                spec.kind, spec.nullable = str(ColumnType.EMPTY.value), True
            else:
                if col.type == ColumnType.INTEGER:
                    lo, hi = math.floor(lo), math.ceil(hi)
                spec.minimum, spec.maximum = lo, hi
        elif col.type == ColumnType.DATETIME and (col.datetime_format or "").startswith("%"):
            # Under DP only the main format (the format shares are not released either).
            formats = [col.datetime_format or ""]
            if not dp:
                formats += [f for f in col.datetime_formats or [] if f and f not in formats and "%" in f]
            spec.pattern = datetime_pattern(present, formats, dp=dp)
        elif col.type == ColumnType.EMPTY:
            spec.nullable = True
        else:
            lengths = present.astype(str).str.len()
            if dp or not len(lengths):
                spec.min_length, spec.max_length = 0, DP_MAX_STRING
            else:
                spec.min_length, spec.max_length = int(lengths.min()), int(lengths.max())
        specs.append(spec)
    return RecordSpec(specs)


def _xgrammar() -> Any:
    try:
        import xgrammar
    except ImportError as exc:
        raise StageNotBuiltError(
            "generation.structured_generation: xgrammar is not installed; pip install 'safe-synthesizer[llm]' "
            "or set generation.structured_generation.enabled: false"
        ) from exc
    return xgrammar


def tokenizer_info(tokenizer: Any, vocab_size: int) -> Any:
    """xgrammar's view of the tokenizer (built once per generation run)."""
    xgr = _xgrammar()
    return xgr.TokenizerInfo.from_huggingface(tokenizer, vocab_size=vocab_size, stop_token_ids=[tokenizer.eos_token_id])


def compile_grammar(spec: RecordSpec, info: Any, records: int) -> Any:
    """A compiled grammar for exactly ``records`` newline-ended records (the matcher then allows EOS)."""
    xgr = _xgrammar()
    one = xgr.Grammar.from_json_schema(
        json.dumps(spec.json_schema()), any_whitespace=False, separators=(",", ":"), strict_mode=True
    )
    newline = xgr.Grammar.from_ebnf('root ::= "\\n"')
    parts = []
    for _ in range(max(1, records)):
        parts += [one, newline]
    return xgr.GrammarCompiler(info, max_threads=1).compile_grammar(xgr.Grammar.concat(*parts))
