"""What the column classifier sees of one column: numbers that describe its values and its neighbours.

The rules (:mod:`column_detector` and the table passes) decide a column when one entity's evidence passes its bar.
A column they leave undecided still carries that evidence, only below the bar or spread over several entities: 61 %
listed surnames, half the cells with a phone after a name, ids in one layout beside a name column. The classifier
(:mod:`column_classifier`) reads these numbers and was trained on thousands of labelled columns of export shapes the
rules were never written for, so it can weigh evidence no single rule combines. Everything here is computed from
the values (and, when shown, the column name's cue); nothing is logged.

Four kinds of feature, in :data:`FEATURE_NAMES` order:

- the shapes of the column's distinct values (digits, letters, separators, case, length, layout repeats) and of
  its rows (distinct share, levels repeated, dtype);
- each entity's rule score on the values alone (the share that passes its validator, and whether values may decide),
  and the name-list statistics the name and place rules use;
- context: the entity groups the rules found left and right of the column and in the whole table, and the group the
  column name cues (nothing when names are hidden);
- the ages of its dates next to the table's latest date and to the other dates of the same row
  (:mod:`column_date_features`).

Example::

    names = feature_vector(df["Tenant"], ColumnType.TEXT, cue="Tenant", neighbours=("name", None), table={"phone"})
    len(names) == len(FEATURE_NAMES)  # True
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema, ColumnType
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_date_features import DATE_FEATURE_NAMES, table_date_features
from safe_synthesizer.pii.column_detector import NameStats, entity_score
from safe_synthesizer.pii.column_sample import ValueSample, sample_values
from safe_synthesizer.pii.cue_subjects import names_a_quantity, names_a_record_number, names_an_event
from safe_synthesizer.pii.cues import cue_hints

#: Distinct values the features are computed on: enough for shares to two digits, cheap at any table size.
FEATURE_SAMPLE = 200

#: Coarse entity groups for context features (a neighbour that is a person, a place, a way to reach someone...).
GROUPS: dict[str, frozenset[str]] = {
    "person": frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME}),
    "place": frozenset({E.STREET_ADDRESS, E.CITY, E.STATE, E.POSTCODE, E.ADDRESS}),
    "contact": frozenset({E.PHONE_NUMBER, E.FAX_NUMBER, E.EMAIL, E.URL, E.IP_ADDRESS}),
    "id": frozenset({E.SSN, E.NATIONAL_ID, E.TAX_ID, E.CREDIT_DEBIT_CARD, E.IBAN}),
    "date": frozenset({E.DATE_OF_BIRTH}),
}
_GROUP_OF = {entity: group for group, members in GROUPS.items() for entity in members}

_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("has_digit", re.compile(r"\d")),
    ("has_letter", re.compile(r"[^\W\d_]")),
    ("only_digits", re.compile(r"^[\d\s().+/-]+$")),
    ("only_letters", re.compile(r"^[^\W\d_][^\W\d_\s'’.-]*(?:[\s'’.-]+[^\W\d_]+)*\.?$")),
    ("has_at", re.compile(r"@")),
    ("has_slash", re.compile(r"/")),
    ("has_dash", re.compile(r"-")),
    ("has_bracket", re.compile(r"[()\[\]]")),
    ("has_comma", re.compile(r",")),
    ("has_ampersand", re.compile(r"&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b")),
    ("starts_plus", re.compile(r"^\s*(?:\+|00)\d")),
    ("has_colon", re.compile(r":")),
    ("has_dot", re.compile(r"\.")),
    ("has_hash", re.compile(r"#|№|\bNo\.?\s*\d")),
    ("year_like", re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")),
    ("date_like", re.compile(r"(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)")),
    ("word_then_digits", re.compile(r"[^\W\d_]{2,}.*\d{5,}")),
    ("digits_then_word", re.compile(r"\d+\s*[^\W\d_]{3,}")),
    ("non_latin", re.compile(r"[^\x00-\u024f\s\d\W]")),
)
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")

_VALUE_NAMES = (
    *(f"share_{name}" for name, _ in _SHAPES),
    "share_title_case",
    "share_upper",
    "share_lower",
    "mean_length",
    "std_length",
    "mean_words",
    "max_words",
    "mean_digits",
    "modal_digit_share",
    "modal_layout_share",
)
_ROW_NAMES = ("log_rows", "filled_share", "distinct_share", "log_distinct", "log_rows_per_level", "is_numeric",
              "is_datetime", "is_text", "is_categorical", "is_identifier")  # fmt: skip
_SCORED = tuple(e for e in E.ALL_ENTITIES if e != E.FAX_NUMBER)  # a fax scores as a phone
_SCORE_NAMES = tuple(f"{kind}_{e}" for e in _SCORED for kind in ("score", "decides"))
_NAME_STATS = ("shape", "multi", "unspaced", "first", "first_rows", "last", "last_rows", "full", "surname_pairs",
               "given_first", "places", "companies", "place_shape")  # fmt: skip
_CONTEXT_NAMES = (
    *(f"{where}_{group}" for where in ("left", "right", "table", "cue") for group in (*GROUPS, "none")),
    "cue_quantity",
    "cue_record_number",
    "cue_event",
)

#: The order of :func:`feature_vector`'s numbers (the classifier's input; changing it needs a retrained model).
FEATURE_NAMES: tuple[str, ...] = (
    _ROW_NAMES
    + _VALUE_NAMES
    + _SCORE_NAMES
    + tuple(f"names_{n}" for n in _NAME_STATS)
    + _CONTEXT_NAMES
    + DATE_FEATURE_NAMES
)


def group_of(entity: str | None) -> str:
    """The coarse group of a decided entity (``"none"`` for undecided columns and free text)."""
    return _GROUP_OF.get(entity or "", "none")


def feature_vector(
    series: pd.Series,
    column_type: ColumnType,
    *,
    cue: str = "",
    neighbours: tuple[str | None, str | None] = (None, None),
    table: Collection[str] = (),
    dates: np.ndarray | None = None,
    seed: int = 0,
) -> np.ndarray:
    """The features of one column (:data:`FEATURE_NAMES` order) as float32.

    ``cue`` is the column name (``""`` when names are not to be read), ``neighbours`` the entities the rules found
    left and right of it, ``table`` the entities they found anywhere in the table, ``dates`` its date features
    against the rest of its table (:func:`column_date_features.table_date_features`; zeros when not given).
    """
    sample = sample_values(series, FEATURE_SAMPLE, seed)
    numeric = column_type.is_numeric or pd.api.types.is_numeric_dtype(series.dtype)
    parts = [
        _row_features(series, column_type, sample),
        _value_features(sample.values),
        _score_features(sample, numeric),
        _context_features(cue, neighbours, table),
        dates if dates is not None else np.zeros(len(DATE_FEATURE_NAMES)),
    ]
    return np.concatenate(parts).astype(np.float32)


def table_features(
    df: pd.DataFrame,
    columns: Sequence[ColumnSchema],
    found: dict[str, str | None],
    *,
    read_names: bool = True,
    seed: int = 0,
    decided_too: bool = False,
) -> dict[str, np.ndarray]:
    """Features of every column in ``columns`` that ``found`` (column -> decided entity) leaves undecided (of every
    column with ``decided_too``: the trainer learns what personal data looks like from those as well)."""
    names = [c.name for c in columns]
    table = {e for e in found.values() if e}
    asked = [c.name for c in columns if found.get(c.name) is None or decided_too]
    dates = table_date_features(df, asked, seed) if asked else {}
    out = {}
    for i, column in enumerate(columns):
        if column.name not in dates:
            continue
        left = found.get(names[i - 1]) if i > 0 else None
        right = found.get(names[i + 1]) if i + 1 < len(names) else None
        out[column.name] = feature_vector(
            df[column.name], column.type, cue=column.name if read_names else "", neighbours=(left, right),
            table=table, dates=dates[column.name], seed=seed,
        )  # fmt: skip
    return out


def _row_features(series: pd.Series, column_type: ColumnType, sample: ValueSample) -> np.ndarray:
    rows = len(series)
    filled = int(series.notna().sum())
    distinct = sample.n_distinct
    return np.array(
        [
            math.log1p(rows),
            filled / rows if rows else 0.0,
            distinct / filled if filled else 0.0,
            math.log1p(distinct),
            math.log1p(filled / distinct) if distinct else 0.0,
            float(column_type.is_numeric or pd.api.types.is_numeric_dtype(series.dtype)),
            float(column_type == ColumnType.DATETIME or pd.api.types.is_datetime64_any_dtype(series.dtype)),
            float(column_type == ColumnType.TEXT),
            float(column_type == ColumnType.CATEGORICAL),
            float(column_type == ColumnType.IDENTIFIER),
        ]
    )


def _value_features(values: list[str]) -> np.ndarray:
    if not values:
        return np.zeros(len(_VALUE_NAMES))
    n = len(values)
    shapes = [sum(1 for v in values if rx.search(v)) / n for _, rx in _SHAPES]
    words = [_WORD.findall(v) for v in values]
    cased = [w for w in words if w]
    title = sum(all(x[:1].isupper() and not x[1:].isupper() for x in w) for w in cased) / n
    upper = sum(all(x.isupper() for x in w if len(x) > 1) and any(len(x) > 1 for x in w) for w in cased) / n
    lower = sum(all(x.islower() for x in w) for w in cased) / n
    lengths = np.array([len(v) for v in values], dtype=float)
    digits = [len(_DIGIT.findall(v)) for v in values]
    layouts = [_DIGIT.sub("9", _WORD.sub("a", v)) for v in values]
    return np.array(
        [
            *shapes,
            title,
            upper,
            lower,
            math.log1p(lengths.mean()),
            float(lengths.std() / (lengths.mean() + 1.0)),
            float(np.mean([len(w) for w in words])),
            float(max(len(w) for w in words)),
            float(np.mean(digits)),
            _modal_share(digits) if any(digits) else 0.0,
            _modal_share(layouts),
        ]
    )


def _modal_share(items: list) -> float:
    counts: dict = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return max(counts.values()) / len(items)


def _score_features(sample: ValueSample, numeric: bool) -> np.ndarray:
    if not sample.values:
        return np.zeros(len(_SCORE_NAMES) + len(_NAME_STATS))
    names = None if numeric else NameStats(sample)
    scores = []
    for entity in _SCORED:
        score = entity_score(entity, sample, False, names, numeric)
        scores += [score.share, float(score.values_decide and score.share > 0)]
    stats = [float(getattr(names, n)) if names is not None else 0.0 for n in _NAME_STATS]
    return np.array(scores + stats)


def _context_features(cue: str, neighbours: tuple[str | None, str | None], table: Collection[str]) -> np.ndarray:
    groups = (*GROUPS, "none")
    out = [float(group_of(entity) == g) for entity in neighbours for g in groups]
    present = {group_of(e) for e in table}
    out += [float(g in present) for g in groups]
    cued = {group_of(e) for e in cue_hints(cue)} if cue else set()
    out += [float(g in cued) for g in groups[:-1]] + [float(not cued)]
    out += [float(bool(cue) and f(cue)) for f in (names_a_quantity, names_a_record_number, names_an_event)]
    return np.array(out)
