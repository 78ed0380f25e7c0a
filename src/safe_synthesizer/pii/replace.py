"""The PII stage: detect personal data column by column and replace it before training.

Read top to bottom: :func:`plan_columns` decides what each column holds (column detector for
structured values, NER for free text) and which strategy applies; :func:`replace_pii` executes the
plan with one in-memory :class:`FakeMapper` (through :class:`~.replace_engine.ChunkReplacer`, the
table as one chunk); :func:`detect_pii` is the dry run. :mod:`.replace_files` runs the same plan on CSV files
chunk by chunk (the pipeline's stage).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.header_rows import HeaderRows, find_header_rows, labelled
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.address_cell_layouts import reads_as_address_cells
from safe_synthesizer.pii.address_serialised_cells import is_serialised_cell
from safe_synthesizer.pii.addresses import address_share
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_locale import fill_table_locale
from safe_synthesizer.pii.column_people_lists import METHOD as PEOPLE_LIST_METHOD
from safe_synthesizer.pii.column_question_labels import question_labels
from safe_synthesizer.pii.country_towns import real_town_fakes
from safe_synthesizer.pii.cues import cued_entities
from safe_synthesizer.pii.detect_table import detect_table
from safe_synthesizer.pii.locale_evidence import settle_country_locales
from safe_synthesizer.pii.locales import guess_locale
from safe_synthesizer.pii.record_cells import is_record_cell
from safe_synthesizer.pii.replace_engine import ChunkReplacer, phone_region
from safe_synthesizer.pii.report import PiiReport
from safe_synthesizer.pii.script_locales import script_locale_votes
from safe_synthesizer.pii.text_prose import is_unspaced_sentence, prose_share
from safe_synthesizer.pii.unread_cues import unread_cue_warnings, unread_cues

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
    if not dp and (header := _header_rows(df, schema)).rows:  # a survey's question rows: labels, not values
        df, schema = df.drop(index=df.index[header.rows]), labelled(schema, header.labels)
    if not dp and (questions := question_labels(df, schema.columns)):  # Calendly-style Question n / Response n
        schema = labelled(schema, questions)
    # The schema's entity and order columns are always protected: they structure the table.
    protected = set(protected_columns) | {c for c in (schema.group_by, schema.order_by) if c}
    region = phone_region(params)
    planned = [
        c
        for c in schema.columns
        if c.name in df.columns and (c.name not in protected or c.name in params.column_overrides)
    ]
    detections = {} if dp else detect_table(df, planned, params, region=region, seed=seed)
    plans = []
    for column in planned:
        name = column.name
        detection = detections.get(name)
        method_suffix = "+override" if name in params.column_overrides else ""
        if dp:
            dp_plan = plan_column_dp(name, column.type, params)
            if dp_plan is not None:
                plans.append(dataclasses.replace(dp_plan, date_formats=_date_formats(column)))
            continue
        # Canned remarks repeated over rows are typed categories, yet they are sentences that may
        # name people ("Spoke with Maria Gonzalez ..."): scanned as free text like any text column.
        # The sample is drawn and read as prose once: categories need it to be texty at all, a
        # detected text column to tell sentences from the entity it was detected as.
        needs_prose = column.type == ColumnType.CATEGORICAL or (
            detection is not None and column.type == ColumnType.TEXT and params.free_text_ner
        )
        sample = _sample(df[name], params.detection_sample_size, seed) if needs_prose else None
        prose = sample is not None and _is_prose(sample)
        texty = column.type == ColumnType.TEXT or (column.type == ColumnType.CATEGORICAL and prose)
        if (
            detection is not None
            and texty
            and params.free_text_ner
            and prose
            and not _long_street_lines(detection, sample)
            and not (detection.entity in (E.ADDRESS, E.STREET_ADDRESS) and reads_as_address_cells(sample))
            and detection.method != PEOPLE_LIST_METHOD  # Paul De Smet / I. Vaes / N. Van den Bergh: people
        ):
            # Sentences that start like a street or a name ("10 Maple St is ...") are free text:
            # replacing the whole cell by one fake would lose the text and miss the other spans.
            detection = None
        if detection is not None:
            entity, confidence, method = detection.entity, detection.confidence, detection.method
        elif (
            column.type == ColumnType.TEXT
            and E.ADDRESS in params.entities
            and (share := address_share(sample := sample or _sample(df[name], params.detection_sample_size, seed)))
            >= 0.5
            and prose_share(sample) < 0.5
        ):
            entity, confidence, method = E.ADDRESS, share, "address-shape"
        elif texty and (params.free_text_ner or name in params.column_overrides):
            entity, confidence, method = E.FREE_TEXT, 0.0, "ner"
        elif name in params.column_overrides:
            entity, confidence, method, method_suffix = E.CUSTOM, 1.0, "override", ""
        else:
            continue
        strategy = column_strategy(params, name, entity)
        locale = detection.locale if detection is not None else None  # detection owns the locale guess
        if entity == E.FREE_TEXT and (votes := script_locale_votes(_sample(df[name], 50, seed))):
            locale = votes.most_common(1)[0][0]  # Chinese notes get Chinese fakes, not the table default's
        plans.append(
            ColumnPlan(name, entity, confidence, method + method_suffix, strategy, locale, _date_formats(column))
        )
    plans = fill_table_locale(plans)  # ambiguous columns (5-digit postcodes) take the table locale
    kept = {p.column for p in plans if _kept_town_column(p, df, params)}
    if kept:
        # The states of those towns stay too (``Recife`` beside a faked ``AC`` would contradict).
        kept |= {p.column for p in plans if p.entity == E.STATE and _common_only(p, df, params)}
        logger.info("replace_pii: columns %s kept: every town or state in them is in %d+ rows", sorted(kept),
                    MIN_ROWS_PER_PLACE)  # fmt: skip
    return [p for p in plans if p.column not in kept]


# Rows every town of a town column must be shared by for the column to be kept as it is.
MIN_ROWS_PER_PLACE = 20


def _kept_town_column(plan: ColumnPlan, df: pd.DataFrame, params: ReplacePiiParameters) -> bool:
    """A town column kept as it is: its locale has no real town list and every town is common.

    A handful of towns each shared by many rows (a shop's eight cities) singles out no one, and
    where Faker only invents towns (en_US, fr_FR, pt_BR, tr_TR...) the fakes would spoil the
    column (``Câmara de Minas``). Locales with a real list (de_DE, en_IN, ja_JP...) get real towns;
    ``column_overrides`` replaces any column.
    """
    if plan.entity != E.CITY or not _common_only(plan, df, params):
        return False
    # Towns of overseas territories read as the mother country's locale (Guadeloupe's as fr_FR) have real fakes.
    return not real_town_fakes(plan.locale, df[plan.column].dropna().astype(str).head(2000).unique())


def _common_only(plan: ColumnPlan, df: pd.DataFrame, params: ReplacePiiParameters) -> bool:
    """Every distinct value of the planned column is in :data:`MIN_ROWS_PER_PLACE` rows or more."""
    if plan.column in params.column_overrides:
        return False
    counts = df[plan.column].dropna().astype(str).value_counts()
    return len(counts) > 0 and int(counts.min()) >= MIN_ROWS_PER_PLACE


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


_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def _long_street_lines(detection: ColumnDetection, values: list[str]) -> bool:
    """Street lines of many words that no sentence test calls prose (Turkish ``Lale Mah. Barış Sok.
    No: 111 D: 1``): the column's street detection stands. Real streets bring many name words; a
    layout that repeats a few words (``Block F / Row 38 / Seat 14``) is a code, not an address."""
    words = {w.lower() for v in values for w in _NAME_WORD.findall(v)}
    return (
        detection.entity in (E.STREET_ADDRESS, E.ADDRESS)
        and detection.confidence >= 0.9
        and prose_share(values) < 0.1
        and len(words) >= max(10, len(values) // 4)
    )


def _is_prose(values: list[str]) -> bool:
    """Most values are sentences (7+ words) and not addresses.

    Addresses are recognised in any detectable locale (``is_address_any``), not only by the en_US
    parser: a Spanish ``Camino Teófila Barreda 768 Piso 1, Guipúzcoa, 48844`` has 7+ words too.
    """
    values = [v for v in values if v.strip()]  # blank cells (an export's '') say nothing of the text's kind
    if not values:
        return False
    if sum(is_record_cell(v) or is_serialised_cell(v) for v in values) >= 0.5 * len(values):
        return False  # JSON objects, markup elements, Python reprs, PHP arrays, composites: a machine's fields
    if sum(map(is_unspaced_sentence, values)) >= 0.5 * len(values):
        return True  # Chinese/Japanese sentences: no spaces to count words by
    # Digit groups are no words: ``01 23 45 67 89 / 06 12 34 56 78`` or ``IBAN DE89 3704 0044 0532 0130 00`` is one
    # value written in groups, not a sentence (only tokens with a letter count).
    words = sorted(sum(1 for w in v.split() if any(c.isalpha() for c in w)) for v in values)
    if words[len(words) // 2] < 7:
        return False
    if prose_share(values) >= 0.5:  # "Visited 12 High Street, Leeds LS1 4AB; call ... if worse."
        return True
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
    header = HeaderRows() if dp else _header_rows(df, schema)
    if header.rows:
        # Header rows written as data (a survey's question text) stay as they are and are read as labels.
        logger.info("replace_pii: rows %s are header rows under the header, kept as they are", header.rows)
        body = _run(df.drop(index=df.index[header.rows]), labelled(schema, header.labels), params,
                    protected_columns=protected_columns, seed=seed, dry_run=dry_run)  # fmt: skip
        return PiiResult(data=pd.concat([df.iloc[header.rows], body.data]), report=body.report)
    # A table in memory is one chunk of the chunked run: one code path for both.
    plans = plan_with_locales(df, schema, params, protected_columns=protected_columns, seed=seed, dp=dp)
    unread = [] if dp else unread_cues(df, schema, plans, protected=protected_columns)
    engine = ChunkReplacer(plans, params, seed=seed, dp=dp, dry_run=dry_run)
    prepared = engine.collect(df)
    engine.build()
    out = engine.apply(df, prepared)
    report = engine.finish()
    report.checks += unread_cue_warnings(unread, report)
    return PiiResult(data=out, report=report)


def _header_rows(df: pd.DataFrame, schema: TableSchema) -> HeaderRows:
    """Header rows at the top of ``df`` (``data.header_rows``), unless the schema came with their labels (the
    pipeline drops them when it reads the file)."""
    return HeaderRows() if any(c.label for c in schema.columns) else find_header_rows(df)


def plan_with_locales(
    df: pd.DataFrame,
    schema: TableSchema,
    params: ReplacePiiParameters,
    *,
    protected_columns: Collection[str] = (),
    seed: int = 0,
    dp: bool = False,
) -> list[ColumnPlan]:
    """:func:`plan_columns` with each plan's locale filled (guessed from ``df``'s values, not under DP)."""
    plans = plan_columns(df, schema, params, protected_columns=protected_columns, seed=seed, dp=dp)
    default_locale = (params.globals.locales or ["en_US"])[0]
    if not dp:
        # National numbers valid in a dozen countries, and towns, take the country the IBANs or e-mails name.
        plans = settle_country_locales(df, plans)
    return [p if p.locale or dp else dataclasses.replace(p, locale=_guess(df, p, default_locale, params, seed))
            for p in plans]  # fmt: skip


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
