"""The PII stage: detect personal data column by column and replace it before training.

Read top to bottom: :func:`plan_columns` decides what each column holds (column detector for
structured values, NER for free text) and which strategy applies; :func:`replace_pii` executes the
plan with one in-memory :class:`FakeMapper`; :func:`detect_pii` is the dry run.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.addresses import address_share
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_locale import fill_table_locale
from safe_synthesizer.pii.cues import cued_entities
from safe_synthesizer.pii.fakes import FakeMapper
from safe_synthesizer.pii.formats import scramble, shift_date_string
from safe_synthesizer.pii.locales import PHONE_REGIONS, guess_locale, locale_of_region, phone_region_of, region_of
from safe_synthesizer.pii.report import PiiColumnReport, PiiReport
from safe_synthesizer.pii.text_detector import TextPiiDetector, load_text_detector
from safe_synthesizer.pii.text_replace import TextCells, detect_text, row_names

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
    # The schema's date formats of the column: a shifted date of birth is read and written with
    # them (``05/03/1980`` under ``%d/%m/%Y`` is the 5th of March, not May).
    date_formats: tuple[str, ...] = ()


@dataclass
class PiiResult:
    """Output of :func:`replace_pii`: the transformed table and the per-column report."""

    data: pd.DataFrame
    report: PiiReport


def phone_region(params: ReplacePiiParameters) -> str:
    """Default phone-number region from the first Faker locale (``en_GB`` -> ``GB``)."""
    return region_of((params.globals.locales or ["en_US"])[0])


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
    dp: bool = False,
) -> list[ColumnPlan]:
    """Decide, per column in table order, the entity and strategy (no data is changed).

    Under differential privacy (``dp=True``) no value is looked at: the entity comes from the
    column-name cue, the schema type and the config only (:func:`plan_column_dp`), so one record
    more or less cannot change which columns are replaced.

    Example::

        [p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters())]  # ['email', ...]
    """
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
        detection = (
            None
            if dp
            else detect_column(
                df[name],
                column,
                entities=params.entities,
                min_share=params.min_column_confidence,
                min_share_with_cue=params.min_column_confidence_with_cue,
                sample_size=params.detection_sample_size,
                region=region,
                seed=seed,
            )
        )
        method_suffix = "+override" if name in params.column_overrides else ""
        if dp:
            dp_plan = plan_column_dp(name, column.type, params)
            if dp_plan is not None:
                plans.append(dataclasses.replace(dp_plan, date_formats=_date_formats(column)))
            continue
        if (
            detection is not None
            and column.type == ColumnType.TEXT
            and params.free_text_ner
            and _is_prose(_sample(df[name], params.detection_sample_size, seed))
        ):
            # Sentences that start like a street or a name ("10 Maple St is ...") are free text:
            # replacing the whole cell by one fake would lose the text and miss the other spans.
            detection = None
        if detection is not None:
            entity, confidence, method = detection.entity, detection.confidence, detection.method
        elif (
            column.type == ColumnType.TEXT
            and E.ADDRESS in params.entities
            and (share := address_share(_sample(df[name], params.detection_sample_size, seed))) >= 0.5
        ):
            entity, confidence, method = E.ADDRESS, share, "address-shape"
        elif column.type == ColumnType.TEXT and (params.free_text_ner or name in params.column_overrides):
            entity, confidence, method = E.FREE_TEXT, 0.0, "ner"
        elif name in params.column_overrides:
            entity, confidence, method, method_suffix = E.CUSTOM, 1.0, "override", ""
        else:
            continue
        strategy = column_strategy(params, name, entity)
        locale = detection.locale if detection is not None else None  # detection owns the locale guess
        plans.append(
            ColumnPlan(name, entity, confidence, method + method_suffix, strategy, locale, _date_formats(column))
        )
    return fill_table_locale(plans)  # ambiguous columns (5-digit postcodes) take the table locale


def _date_formats(column: ColumnSchema) -> tuple[str, ...]:
    return tuple(column.datetime_formats or ([column.datetime_format] if column.datetime_format else []))


# Which cued entity wins when a column name cues several (most specific first).
_DP_PRIORITY = (
    E.SSN, E.EMAIL, E.FAX_NUMBER, E.PHONE_NUMBER, E.CREDIT_DEBIT_CARD, E.IBAN, E.IP_ADDRESS, E.URL,
    E.DATE_OF_BIRTH, E.POSTCODE, E.FIRST_NAME, E.LAST_NAME, E.NAME, E.ADDRESS, E.STREET_ADDRESS, E.CITY,
    E.STATE, E.NATIONAL_ID, E.TAX_ID,
)  # fmt: skip


def plan_column_dp(name: str, column_type: ColumnType, params: ReplacePiiParameters) -> ColumnPlan | None:
    """Plan for one column from its name cue, schema type and the config only (no values read).

    Example::

        plan_column_dp("customer_email", ColumnType.TEXT, ReplacePiiParameters()).entity  # 'email'
    """
    cued = cued_entities(name) & set(params.entities)
    if column_type in (ColumnType.INTEGER, ColumnType.FLOAT):
        cued &= E.DIGIT_ENTITIES
    entity = next((e for e in _DP_PRIORITY if e in cued), None)
    if entity == E.STREET_ADDRESS and column_type == ColumnType.TEXT and E.ADDRESS in cued:
        entity = E.ADDRESS
    method = "name-cue"
    if entity is None and column_type == ColumnType.TEXT and (params.free_text_ner or name in params.column_overrides):
        entity, method = E.FREE_TEXT, "ner"
    if entity is None and name in params.column_overrides:
        entity, method = E.CUSTOM, "override"
    if entity is None:
        return None
    return ColumnPlan(name, entity, 1.0, method, column_strategy(params, name, entity))


def _is_prose(values: list[str]) -> bool:
    """Most values are sentences (7+ words) and not addresses.

    Addresses are recognised in any detectable locale (``is_address_any``), not only by the en_US
    parser: a Spanish ``Camino Teófila Barreda 768 Piso 1, Guipúzcoa, 48844`` has 7+ words too.
    """
    if not values:
        return False
    words = sorted(len(v.split()) for v in values)
    if words[len(words) // 2] < 7:
        return False
    return address_share(values) < 0.5 and sum(map(V.is_address_any, values)) < 0.5 * len(values)


def _sample(series: pd.Series, size: int, seed: int) -> list[str]:
    values = series.dropna().astype(str)
    if len(values) > size:
        values = values.sample(size, random_state=seed)
    return values.tolist()


def detect_pii(
    df: pd.DataFrame,
    schema: TableSchema,
    params: ReplacePiiParameters,
    *,
    protected_columns: Collection[str] = (),
    seed: int = 0,
    dp: bool = False,
) -> PiiReport:
    """Dry run: report what :func:`replace_pii` would replace, without changing anything.

    ``n_values_replaced`` counts the non-missing cells (structured columns) or the entity spans
    (free text) that would be replaced.

    Example::

        report = detect_pii(df, infer_schema(df), ReplacePiiParameters())
        report.columns_by_entity()  # {"nameFirst": "first_name", ...}
    """
    return _run(df, schema, params, protected_columns=protected_columns, seed=seed, dry_run=True, dp=dp).report


def replace_pii(
    df: pd.DataFrame,
    schema: TableSchema,
    params: ReplacePiiParameters,
    *,
    protected_columns: Collection[str] = (),
    seed: int = 0,
    dp: bool = False,
) -> PiiResult:
    """Detect and replace PII; returns the transformed copy of ``df`` and the report.

    Columns keep their order and, where the replacement allows it, their dtype. Protected columns
    (group-by, order-by, timestamp) are left alone unless listed in ``column_overrides``. The
    real->fake mapping exists only during this call. Fakes are written in each column's locale
    (``ColumnPlan.locale``, else guessed from the values, else ``globals.locales[0]``).

    ``dp=True`` (the pipeline passes ``privacy.dp_enabled``): each record's replacement depends on
    that record only. Columns are chosen without reading values (:func:`plan_column_dp`), fakes
    come from a keyed hash of each value with a fresh secret key (never stored), no fake is steered
    away from other records' originals, and locales are not guessed from the column's values.

    Example::

        result = replace_pii(df, schema, ReplacePiiParameters(), protected_columns=["id"], seed=7)
        result.data["email"].iloc[0]  # 'jessica.moore12@example.org'
    """
    return _run(df, schema, params, protected_columns=protected_columns, seed=seed, dry_run=False, dp=dp)


def _run(
    df: pd.DataFrame,
    schema: TableSchema,
    params: ReplacePiiParameters,
    *,
    protected_columns: Collection[str],
    seed: int,
    dry_run: bool,
    dp: bool = False,
) -> PiiResult:
    plans = plan_columns(df, schema, params, protected_columns=protected_columns, seed=seed, dp=dp)
    default_locale = (params.globals.locales or ["en_US"])[0]
    plans = [p if p.locale or dp else dataclasses.replace(p, locale=_guess(df, p, default_locale, params, seed))
             for p in plans]  # fmt: skip
    report = PiiReport(dry_run=dry_run, n_rows=len(df))
    out = df if dry_run else df.copy()
    mapper = FakeMapper(params.globals.locales, seed, phone_region=phone_region(params), keyed=dp)
    detector: TextPiiDetector | None = None
    text_plans = [p for p in plans if p.entity == E.FREE_TEXT and p.strategy != "keep"]
    if text_plans:
        detector = load_text_detector(
            params.entities, threshold=params.globals.ner_threshold, region=phone_region(params)
        )
        if detector is None:
            report.warnings.append("free-text PII detection skipped: the 'pii' extra is not installed")
    # Names in the structured columns of each row: found again inside that row's text cells.
    names = row_names(df, [p for p in plans if p.strategy != "keep"])
    # Pass 1: find every original (column values, text spans) and reserve them, so that no fake
    # drawn later equals an original seen anywhere in the table (not in keyed mode).
    prepared_text: dict[str, TextCells] = {}
    for plan in plans:
        if plan.strategy == "keep":
            continue
        if plan.entity == E.FREE_TEXT:
            if detector is not None:
                prepared_text[plan.column] = detect_text(df[plan.column], detector, names)
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
                maps = {
                    entity: _mapping(entity, plan.strategy, values, mapper, params, plan.locale, free_text=True)
                    for entity, values in cells.values_by_entity().items()
                }
                new = cells.rewrite(series, maps)
        elif dry_run:
            n = int(series.notna().sum())
        else:
            new, n = _replace_structured(series, plan, mapper, params)
        if not dry_run and plan.strategy != "keep":
            out[plan.column] = new
        report.columns.append(
            PiiColumnReport(
                plan.column, plan.entity, plan.confidence, n, plan.strategy, plan.method, span_counts, plan.locale
            )
        )
        # Names and counts only: values never reach the log.
        logger.info(
            "pii: column %s -> %s (%s, confidence %.2f, locale %s): %d %s %s",
            plan.column, plan.entity, plan.method, plan.confidence, plan.locale, n,
            "spans" if plan.entity == E.FREE_TEXT else "values",
            "would be replaced" if dry_run else f"replaced ({plan.strategy})",
        )  # fmt: skip
    del mapper  # the mapping dies with this call
    return PiiResult(data=out, report=report)


def _guess(df: pd.DataFrame, plan: ColumnPlan, default: str, params: ReplacePiiParameters, seed: int) -> str:
    """The locale of a column's values (:func:`guess_locale` on a sample)."""
    return guess_locale(plan.entity, _sample(df[plan.column], params.detection_sample_size, seed), default)


def annotate_schema(schema: TableSchema, report: PiiReport) -> TableSchema:
    """Copy of ``schema`` with ``pii_entity`` (and ``pii_locale``) set on the columns the report lists.

    Example::

        schema = annotate_schema(schema, result.report)
        schema["email"].pii_entity  # "email"
    """
    entities = report.columns_by_entity(include_free_text=True)
    locales = {e.column: e.locale for e in report.columns}
    columns = [
        dataclasses.replace(
            c, pii_entity=entities.get(c.name, c.pii_entity), pii_locale=locales.get(c.name, c.pii_locale)
        )
        for c in schema.columns
    ]
    return dataclasses.replace(schema, columns=columns)


def _as_strings(values: pd.Series) -> pd.Series:
    """Non-missing values as strings; integral floats lose their ``.0`` (IDs read as floats)."""
    if pd.api.types.is_float_dtype(values.dtype) and bool((values == np.floor(values)).all()):
        values = values.astype("int64")
    return values.astype(str).str.strip()


def _replace_structured(
    series: pd.Series, plan: ColumnPlan, mapper: FakeMapper, params: ReplacePiiParameters
) -> tuple[pd.Series, int]:
    entity, strategy = plan.entity, plan.strategy
    mask = series.notna()
    if not mask.any():
        return series, 0
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return _replace_datetimes(series, plan, mapper, params)
    originals = _as_strings(series[mask])
    uniques = list(pd.unique(originals))
    mapping = _mapping(entity, strategy, uniques, mapper, params, plan.locale, date_formats=plan.date_formats)
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
    entity: str,
    strategy: str,
    uniques: list[str],
    mapper: FakeMapper,
    params: ReplacePiiParameters,
    locale: str | None = None,
    *,
    free_text: bool = False,
    date_formats: tuple[str, ...] = (),
) -> dict[str, str]:
    if strategy == "hash":
        return {v: mapper.hash_value(v) for v in uniques}
    if strategy == "redact":
        return dict.fromkeys(uniques, f"<{entity.upper()}>")
    if entity == E.DATE_OF_BIRTH:
        out = {}
        for v in uniques:
            shifted = shift_date_string(v, mapper.date_shift_days(v, params.date_shift_max_days), date_formats)
            out[v] = shifted if shifted is not None else scramble(v, np.random.default_rng(len(out)))
        return out
    if entity in (E.PHONE_NUMBER, E.FAX_NUMBER):
        # Each number is faked in its own country (found per value: a record-local decision).
        first = region_of(locale) if locale else phone_region(params)
        regions = (first, *(r for r in PHONE_REGIONS if r != first))
        groups: dict[str | None, list[str]] = {}
        for v in uniques:
            # International numbers name their country; national ones are the column's locale
            # unless (free text) they are valid only in another region.
            international = v.lstrip().startswith(("+", "00"))
            region = phone_region_of(v, regions if free_text or international else ())
            groups.setdefault(locale_of_region(region) or locale, []).append(v)
        out = {}
        for loc, values in groups.items():
            out.update(mapper.map_values(entity, values, locale=loc))
        return out
    return mapper.map_values(entity, uniques, locale=locale)


def _replace_datetimes(
    series: pd.Series, plan: ColumnPlan, mapper: FakeMapper, params: ReplacePiiParameters
) -> tuple[pd.Series, int]:
    strategy = plan.strategy
    mask = series.notna()
    if strategy == "fake":
        keys = series[mask].astype(str)
        shifts = {k: mapper.date_shift_days(k, params.date_shift_max_days) for k in pd.unique(keys)}
        new = series.copy()
        new[mask] = series[mask] + pd.to_timedelta(keys.map(shifts).to_numpy(), unit="D")
        return new, int(mask.sum())
    strings = series.astype(object).where(~mask, series.astype(str))
    return _replace_structured(strings, plan, mapper, params)
