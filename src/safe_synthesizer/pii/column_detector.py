"""Column-level detection: decide which entity (if any) a structured column holds.

Evidence comes from two places: the column name (see :mod:`cues`) and a seeded sample of the
column's *distinct* values, each checked by a validator. Distinct values (not rows) are scored so
that a categorical column dominated by one level that happens to be a surname (``race = White``)
cannot pass as a name column. A cue lowers the share of values that must match; without a cue only
entities whose values are self-evident (checksums, e-mail syntax, known names) can be tagged.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema, ColumnType
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.cues import cued_entities

# Name and state columns without a cue need this many distinct values: a handful of levels that
# happen to be in a name list is an ordinary category.
MIN_DISTINCT_WITHOUT_CUE = 20
MIN_DISTINCT_STATES = 5
# A cued name/place column must be mostly name-shaped *and* show some gazetteer hits.
MIN_SHAPE_SHARE = 0.8
MIN_KNOWN_SHARE_WITH_CUE = 0.1

# Tie-break among entities with equal confidence: the more specific entity wins.
_PRIORITY = (
    E.CREDIT_DEBIT_CARD, E.IBAN, E.SSN, E.EMAIL, E.IP_ADDRESS, E.URL, E.ADDRESS, E.STREET_ADDRESS,
    E.FAX_NUMBER, E.PHONE_NUMBER, E.DATE_OF_BIRTH, E.POSTCODE, E.TAX_ID, E.NATIONAL_ID, E.NAME,
    E.FIRST_NAME, E.LAST_NAME, E.STATE, E.CITY,
)  # fmt: skip


@dataclass(frozen=True)
class ColumnDetection:
    """The entity decided for one column, with how sure and why."""

    column: str
    entity: str
    confidence: float
    share: float
    method: str  # "name+values" (cue and values agree) or "values"
    n_sampled: int


@dataclass(frozen=True)
class ValueSample:
    """Distinct values drawn from a column, with their row counts."""

    values: list[str]
    counts: np.ndarray
    n_distinct: int

    def share(self, check: Callable[[str], bool]) -> float:
        """Share of the sampled distinct values that pass ``check``."""
        return sum(1 for v in self.values if check(v)) / len(self.values) if self.values else 0.0

    def row_share(self, check: Callable[[str], bool]) -> float:
        """Share of the sampled *rows* that pass ``check`` (frequent values weigh more)."""
        if not self.values:
            return 0.0
        hits = np.fromiter((check(v) for v in self.values), dtype=bool, count=len(self.values))
        return float(self.counts[hits].sum() / self.counts.sum())


def sample_values(series: pd.Series, sample_size: int, seed: int) -> ValueSample:
    """Up to ``sample_size`` distinct non-null values (stripped strings) with their row counts."""
    values = series.dropna()
    if pd.api.types.is_float_dtype(values.dtype):
        if len(values) and bool((values == np.floor(values)).all()):
            values = values.astype("int64")
        else:
            return ValueSample([], np.zeros(0), 0)
    counts = values.astype(str).str.strip().value_counts(sort=False)
    counts = counts[counts.index != ""]
    n_distinct = len(counts)
    if n_distinct > sample_size:
        picked = np.sort(np.random.default_rng(seed).choice(n_distinct, size=sample_size, replace=False))
        counts = counts.iloc[picked]
    return ValueSample([str(v) for v in counts.index], counts.to_numpy(dtype=float), n_distinct)


def _score(entity: str, sample: ValueSample, cued: bool, region: str) -> tuple[float, bool]:
    """(share of matching values, whether the entity may be decided without a cue)."""
    if entity == E.EMAIL:
        return sample.share(V.is_email), True
    if entity == E.URL:
        return sample.share(V.is_url), True
    if entity == E.IP_ADDRESS:
        return sample.share(V.is_ip_address), True
    if entity == E.CREDIT_DEBIT_CARD:
        return sample.share(V.is_credit_card), True
    if entity == E.IBAN:
        return sample.share(V.is_iban), True
    if entity == E.SSN:
        return sample.share(lambda v: V.is_ssn(v, allow_undashed=cued)), True
    if entity in (E.PHONE_NUMBER, E.FAX_NUMBER):
        # A fax column without a "fax" cue is reported as a phone column.
        return sample.share(lambda v: V.is_phone_number(v, region=region, cued=cued)), (entity == E.PHONE_NUMBER)
    if entity == E.POSTCODE:
        return sample.share(lambda v: V.is_postcode(v, cued=cued)), True
    if entity == E.ADDRESS:
        return sample.share(V.is_full_address), True
    if entity == E.STREET_ADDRESS:
        return sample.share(V.is_street_address), True
    if entity == E.DATE_OF_BIRTH:
        return sample.share(V.looks_like_date), False
    if entity in (E.NATIONAL_ID, E.TAX_ID):
        return sample.share(V.is_id_code), False
    if entity == E.NAME:
        full = sample.share(V.is_full_name)
        if cued:
            return _cued_name_share(sample, lambda v: V.is_full_name(v) or V.is_known_first_name(v)), True
        return full, sample.n_distinct >= MIN_DISTINCT_WITHOUT_CUE
    if entity in (E.FIRST_NAME, E.LAST_NAME):
        known = V.is_known_first_name if entity == E.FIRST_NAME else V.is_known_last_name
        if cued:
            return _cued_name_share(sample, known), True
        return _uncued_name_share(sample, known), sample.n_distinct >= MIN_DISTINCT_WITHOUT_CUE
    if entity == E.STATE:
        known = sample.share(V.is_state)
        rows = sample.row_share(V.is_state)
        if cued:
            shape = sample.share(lambda v: V.is_place_shaped(v) or V.is_state(v))
            hits = max(known, rows)
            return (shape if hits >= 0.3 and shape >= MIN_SHAPE_SHARE else hits), True
        # Foreign provinces are missing from the lists, so frequent (row-weighted) hits count too.
        strong = known >= 0.9 or (rows >= 0.9 and known >= 0.3)
        return max(known, rows), sample.n_distinct >= MIN_DISTINCT_STATES and strong
    if entity == E.CITY:
        # No offline gazetteer covers real towns, so a city column needs its name cue.
        return sample.share(V.is_place_shaped), False
    return 0.0, False


def _uncued_name_share(sample: ValueSample, known: Callable[[str], bool]) -> float:
    """Without a cue: the gazetteer share, or a combined score for real-world name columns.

    Real name columns hold many rare names missing from any list, so a column that is entirely
    name-shaped with at least 40% of distinct values and half of its rows known counts as names.
    """
    distinct = sample.share(known)
    if distinct >= 0.4 and sample.row_share(known) >= 0.5 and sample.share(V.is_name_shaped) >= 0.95:
        return max(distinct, 0.7 + 0.3 * distinct)
    return distinct


def _cued_name_share(sample: ValueSample, known: Callable[[str], bool]) -> float:
    # With a cue, common names carry the evidence: weigh gazetteer hits by rows too.
    shape = sample.share(V.is_name_shaped)
    hits = max(sample.share(known), sample.row_share(known))
    return shape if shape >= MIN_SHAPE_SHARE and hits >= MIN_KNOWN_SHARE_WITH_CUE else hits


def detect_column(
    series: pd.Series,
    column: ColumnSchema,
    *,
    entities: Collection[str],
    min_share: float = 0.7,
    min_share_with_cue: float = 0.5,
    sample_size: int = 500,
    region: str = "US",
    seed: int = 0,
) -> ColumnDetection | None:
    """Decide the entity of one column, or ``None`` when it holds no detectable PII.

    Example::

        det = detect_column(df["email"], schema["email"], entities=["email", "name"])
        det.entity, det.confidence  # ("email", 1.0)
    """
    if column.type in (ColumnType.CONSTANT, ColumnType.EMPTY):
        return None
    allowed = set(entities)
    cues = cued_entities(column.name) & allowed
    if column.type == ColumnType.DATETIME or pd.api.types.is_datetime64_any_dtype(series.dtype):
        if E.DATE_OF_BIRTH in cues and series.notna().any():
            return ColumnDetection(column.name, E.DATE_OF_BIRTH, 1.0, 1.0, "name+values", 0)
        return None
    numeric = column.type.is_numeric or pd.api.types.is_numeric_dtype(series.dtype)
    if pd.api.types.is_bool_dtype(series.dtype):
        return None
    candidates = [e for e in _PRIORITY if e in allowed]
    if numeric:
        candidates = [e for e in candidates if e in E.DIGIT_ENTITIES and (e in cues or e == E.CREDIT_DEBIT_CARD)]
    sample = sample_values(series, sample_size, seed)
    if not sample.values or not candidates:
        return None
    best: ColumnDetection | None = None
    for entity in candidates:
        cued = entity in cues
        share, value_only_ok = _score(entity, sample, cued, region)
        if cued and share >= min_share_with_cue:
            confidence, method = 0.5 + 0.5 * share, "name+values"
        elif value_only_ok and share >= min_share:
            confidence, method = share, "values"
        else:
            continue
        if best is None or confidence > best.confidence + 1e-9:
            best = ColumnDetection(
                column.name, entity, round(confidence, 4), round(share, 4), method, len(sample.values)
            )
    return best
