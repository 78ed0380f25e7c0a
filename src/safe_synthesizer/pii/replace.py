"""The PII stage: detect personal data column by column and replace it before training.

Read top to bottom: :func:`plan_columns` decides what each column holds (column detector for
structured values, NER for free text) and which strategy applies; :func:`replace_pii` executes the
plan with one in-memory :class:`FakeMapper`; :func:`detect_pii` is the dry run.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.formats import scramble, shift_date_string
from safe_synthesizer.pii.report import PiiColumnReport, PiiReport
from safe_synthesizer.pii.text_detector import TextPiiDetector, TextSpan, load_text_detector

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ColumnPlan:
    """What will be done to one column."""

    column: str
    entity: str  # an entity name, ``free_text`` or ``custom``
    confidence: float
    method: str
    strategy: str
    # The Faker locale the column's values look like (``en_GB``), None when not known: fakes are
    # written in that locale and format.
    locale: str | None = None


@dataclass
class PiiResult:
    """Output of :func:`replace_pii`: the transformed table and the per-column report."""

    data: pd.DataFrame
    report: PiiReport


def phone_region(params: ReplacePiiParameters) -> str:
    """Default phone-number region from the first Faker locale (``en_GB`` -> ``GB``)."""
    locale = (params.globals.locales or ["en_US"])[0]
    region = locale.split("_")[-1].upper()
    return region if len(region) == 2 and region.isalpha() else "US"


def column_strategy(params: ReplacePiiParameters, column: str, entity: str) -> str:
    if column in params.column_overrides:
        return params.column_overrides[column]
    return params.entity_strategies.get(entity, params.default_strategy)


def plan_columns(
    df: pd.DataFrame,
    schema: TableSchema,
    params: ReplacePiiParameters,
    *,
    protected_columns: Collection[str] = (),
    seed: int = 0,
) -> list[ColumnPlan]:
    """Decide, per column in table order, the entity and strategy (no data is changed)."""
    unknown = [c for c in params.column_overrides if c not in df.columns]
    if unknown:
        raise ConfigError(
            f"replace_pii.column_overrides: column(s) {unknown} are not in the data; columns are {list(df.columns)}"
        )
    # The schema's entity and order columns are always protected: they structure the table.
    protected = set(protected_columns) | {c for c in (schema.group_by, schema.order_by) if c}
    region = phone_region(params)
    plans = []
    for column in schema.columns:
        name = column.name
        if name not in df.columns or (name in protected and name not in params.column_overrides):
            continue
        detection = detect_column(
            df[name],
            column,
            entities=params.entities,
            min_share=params.min_column_confidence,
            min_share_with_cue=params.min_column_confidence_with_cue,
            sample_size=params.detection_sample_size,
            region=region,
            seed=seed,
        )
        method_suffix = "+override" if name in params.column_overrides else ""
        if detection is not None:
            entity, confidence, method = detection.entity, detection.confidence, detection.method
        elif column.type == ColumnType.TEXT and (params.free_text_ner or name in params.column_overrides):
            entity, confidence, method = E.FREE_TEXT, 0.0, "ner"
        elif name in params.column_overrides:
            entity, confidence, method, method_suffix = E.CUSTOM, 1.0, "override", ""
        else:
            continue
        strategy = column_strategy(params, name, entity)
        plans.append(ColumnPlan(name, entity, confidence, method + method_suffix, strategy))
    return plans


def detect_pii(
    df: pd.DataFrame,
    schema: TableSchema,
    params: ReplacePiiParameters,
    *,
    protected_columns: Collection[str] = (),
    seed: int = 0,
) -> PiiReport:
    """Dry run: report what :func:`replace_pii` would replace, without changing anything.

    ``n_values_replaced`` counts the non-missing cells (structured columns) or the entity spans
    (free text) that would be replaced.

    Example::

        report = detect_pii(df, infer_schema(df), ReplacePiiParameters())
        report.columns_by_entity()  # {"nameFirst": "first_name", ...}
    """
    return _run(df, schema, params, protected_columns=protected_columns, seed=seed, dry_run=True).report


def replace_pii(
    df: pd.DataFrame,
    schema: TableSchema,
    params: ReplacePiiParameters,
    *,
    protected_columns: Collection[str] = (),
    seed: int = 0,
) -> PiiResult:
    """Detect and replace PII; returns the transformed copy of ``df`` and the report.

    Columns keep their order and, where the replacement allows it, their dtype. Protected columns
    (group-by, order-by, timestamp) are left alone unless listed in ``column_overrides``. The
    real->fake mapping exists only during this call.

    Example::

        result = replace_pii(df, schema, ReplacePiiParameters(), protected_columns=["id"], seed=7)
        result.data["email"].iloc[0]  # 'jessica.moore12@example.org'
    """
    return _run(df, schema, params, protected_columns=protected_columns, seed=seed, dry_run=False)


def _run(
    df: pd.DataFrame,
    schema: TableSchema,
    params: ReplacePiiParameters,
    *,
    protected_columns: Collection[str],
    seed: int,
    dry_run: bool,
) -> PiiResult:
    plans = plan_columns(df, schema, params, protected_columns=protected_columns, seed=seed)
    report = PiiReport(dry_run=dry_run, n_rows=len(df))
    out = df if dry_run else df.copy()
    mapper = FakeMapper(params.globals.locales, seed, phone_region=phone_region(params))
    detector: TextPiiDetector | None = None
    text_plans = [p for p in plans if p.entity == E.FREE_TEXT and p.strategy != "keep"]
    if text_plans:
        detector = load_text_detector(
            params.entities, threshold=params.globals.ner_threshold, region=phone_region(params)
        )
        if detector is None:
            report.warnings.append("free-text PII detection skipped: the 'pii' extra is not installed")
    # Pass 1: find every original (column values, text spans) and reserve them, so that no fake
    # drawn later equals an original seen anywhere in the table.
    prepared_text: dict[str, _TextCells] = {}
    for plan in plans:
        if plan.strategy == "keep":
            continue
        if plan.entity == E.FREE_TEXT:
            if detector is not None:
                prepared_text[plan.column] = _detect_text(df[plan.column], detector)
                for entity, values in prepared_text[plan.column].values_by_entity().items():
                    mapper.reserve(entity, values)
        elif not dry_run and plan.strategy == "fake":
            mapper.reserve(plan.entity, list(pd.unique(_as_strings(df[plan.column].dropna()))))
    # Pass 2: replace, column by column in table order.
    for plan in plans:
        series = df[plan.column]
        span_counts: dict[str, int] = {}
        if plan.strategy == "keep":
            n = 0
        elif plan.entity == E.FREE_TEXT:
            if plan.column not in prepared_text:
                continue
            cells = prepared_text[plan.column]
            span_counts = cells.span_counts()
            n = sum(span_counts.values())
            if not dry_run:
                new = _replace_text(series, cells, plan.strategy, mapper, params)
        elif dry_run:
            n = int(series.notna().sum())
        else:
            new, n = _replace_structured(series, plan.entity, plan.strategy, mapper, params)
        if not dry_run and plan.strategy != "keep":
            out[plan.column] = new
        report.columns.append(
            PiiColumnReport(plan.column, plan.entity, plan.confidence, n, plan.strategy, plan.method, span_counts)
        )
        # Names and counts only: values never reach the log.
        logger.info(
            "pii: column %s -> %s (%s, confidence %.2f): %d %s %s",
            plan.column, plan.entity, plan.method, plan.confidence, n,
            "spans" if plan.entity == E.FREE_TEXT else "values",
            "would be replaced" if dry_run else f"replaced ({plan.strategy})",
        )  # fmt: skip
    del mapper  # the mapping dies with this call
    return PiiResult(data=out, report=report)


def annotate_schema(schema: TableSchema, report: PiiReport) -> TableSchema:
    """Copy of ``schema`` with ``pii_entity`` set on the columns the report lists.

    Example::

        schema = annotate_schema(schema, result.report)
        schema["email"].pii_entity  # "email"
    """
    entities = report.columns_by_entity(include_free_text=True)
    columns = [dataclasses.replace(c, pii_entity=entities.get(c.name, c.pii_entity)) for c in schema.columns]
    return dataclasses.replace(schema, columns=columns)


def _as_strings(values: pd.Series) -> pd.Series:
    """Non-missing values as strings; integral floats lose their ``.0`` (IDs read as floats)."""
    if pd.api.types.is_float_dtype(values.dtype) and bool((values == np.floor(values)).all()):
        values = values.astype("int64")
    return values.astype(str).str.strip()


def _replace_structured(
    series: pd.Series, entity: str, strategy: str, mapper: FakeMapper, params: ReplacePiiParameters
) -> tuple[pd.Series, int]:
    mask = series.notna()
    if not mask.any():
        return series, 0
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return _replace_datetimes(series, entity, strategy, mapper, params)
    originals = _as_strings(series[mask])
    uniques = list(pd.unique(originals))
    mapping = _mapping(entity, strategy, uniques, mapper, params)
    replaced = originals.map(mapping)
    n = int((replaced != originals).sum())
    # Numeric and categorical dtypes cannot hold the new strings directly: go through object.
    plain = not pd.api.types.is_numeric_dtype(series.dtype) and not isinstance(series.dtype, pd.CategoricalDtype)
    new = series.copy() if plain else series.astype(object)
    new[mask] = replaced
    if pd.api.types.is_numeric_dtype(series.dtype):
        numeric = pd.to_numeric(new, errors="coerce")
        if bool((numeric.notna() == mask).all()):
            new = numeric.astype(series.dtype)
    elif isinstance(series.dtype, pd.CategoricalDtype):
        new = new.astype("category")
    return new, n


def _mapping(
    entity: str, strategy: str, uniques: list[str], mapper: FakeMapper, params: ReplacePiiParameters
) -> dict[str, str]:
    if strategy == "hash":
        return {v: mapper.hash_value(v) for v in uniques}
    if strategy == "redact":
        return dict.fromkeys(uniques, f"<{entity.upper()}>")
    if entity == E.DATE_OF_BIRTH:
        out = {}
        for v in uniques:
            shifted = shift_date_string(v, mapper.date_shift_days(v, params.date_shift_max_days))
            out[v] = shifted if shifted is not None else scramble(v, np.random.default_rng(len(out)))
        return out
    return mapper.map_values(entity, uniques)


def _replace_datetimes(
    series: pd.Series, entity: str, strategy: str, mapper: FakeMapper, params: ReplacePiiParameters
) -> tuple[pd.Series, int]:
    mask = series.notna()
    if strategy == "fake":
        keys = series[mask].astype(str)
        shifts = {k: mapper.date_shift_days(k, params.date_shift_max_days) for k in pd.unique(keys)}
        new = series.copy()
        new[mask] = series[mask] + pd.to_timedelta(keys.map(shifts).to_numpy(), unit="D")
        return new, int(mask.sum())
    strings = series.astype(object).where(~mask, series.astype(str))
    return _replace_structured(strings, entity, strategy, mapper, params)


@dataclass
class _TextCells:
    """Distinct texts of a free-text column, their spans, and how often each text occurs."""

    texts: list[str]
    spans: list[list[TextSpan]]
    occurrences: list[int]

    def values_by_entity(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for text, spans in zip(self.texts, self.spans, strict=True):
            for s in spans:
                out.setdefault(s.entity, []).append(text[s.start : s.end])
        return {e: list(dict.fromkeys(v)) for e, v in sorted(out.items())}

    def span_counts(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for spans, k in zip(self.spans, self.occurrences, strict=True):
            for s in spans:
                counts[s.entity] += k
        return dict(sorted(counts.items()))


def _detect_text(series: pd.Series, detector: TextPiiDetector) -> _TextCells:
    counts = series.dropna().astype(str).value_counts(sort=False)
    texts = [str(t) for t in counts.index]
    return _TextCells(texts, detector.find_spans(texts), [int(k) for k in counts.to_numpy()])


def _replace_text(
    series: pd.Series, cells: _TextCells, strategy: str, mapper: FakeMapper, params: ReplacePiiParameters
) -> pd.Series:
    """Replace entity spans inside each text cell (same fake for the same span everywhere)."""
    replacements = {
        entity: _mapping(entity, strategy, values, mapper, params)
        for entity, values in cells.values_by_entity().items()
    }
    rewritten = {}
    for text, spans in zip(cells.texts, cells.spans, strict=True):
        pieces, last = [], 0
        for s in spans:
            pieces += [text[last : s.start], replacements[s.entity][text[s.start : s.end]]]
            last = s.end
        rewritten[text] = "".join([*pieces, text[last:]])
    mask = series.notna()
    new = series.copy()
    new[mask] = series[mask].astype(str).map(rewritten)
    return new
