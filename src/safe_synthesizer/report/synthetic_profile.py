"""Statistics of the synthetic table alone, for the releasable report.

Nothing here sees the training or holdout data: histogram bins come from the synthetic values
(Doane edges of the synthetic column, unlike the owner report's bins shared with training),
categories are the synthetic ones, correlations are computed on synthetic rows. The schema
contributes only column names and types, which the privacy model treats as public.

Example:
    >>> import pandas as pd
    >>> from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
    >>> synth = pd.DataFrame({"age": [30, 41, 52, None], "sex": ["F", "M", "F", "F"]})
    >>> schema = TableSchema([ColumnSchema("age", ColumnType.INTEGER), ColumnSchema("sex", ColumnType.CATEGORICAL)])
    >>> profile = profile_synthetic(synth, schema)
    >>> profile.n_rows, [(c.name, c.missing_share, c.distinct) for c in profile.columns]
    (4, [('age', 0.25, 3), ('sex', 0.0, 2)])
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.evaluation.columns import ColumnRoles, prepare, sample_rows
from safe_synthesizer.evaluation.correlation import association_matrix
from safe_synthesizer.evaluation.histograms import category_counts, numeric_counts, shared_edges


@dataclass
class ColumnProfile:
    """One synthetic column: its public type, missing share, distinct values and histogram.

    ``kind`` is ``"numeric"`` (``bins`` are edges, ``counts`` has a last cell for missing),
    ``"categorical"`` (``bins`` are categories, missing as ``None``) or ``None`` (no histogram:
    text, identifier, constant or empty columns).
    """

    name: str
    type: str
    missing_share: float
    distinct: int
    kind: str | None = None
    bins: list = field(default_factory=list)
    counts: list[float] = field(default_factory=list)


@dataclass
class SyntheticProfile:
    """The synthetic table seen without the real data: sizes, columns and associations."""

    n_rows: int
    n_columns: int
    columns: list[ColumnProfile]
    correlation_columns: list[str] = field(default_factory=list)
    correlation: np.ndarray | None = None


def profile_synthetic(
    synthetic: pd.DataFrame,
    schema: TableSchema,
    *,
    max_rows: int = 50_000,
    max_columns: int = 250,
    seed: int = 0,
) -> SyntheticProfile:
    """Histograms, missing shares, distinct counts and associations of ``synthetic``.

    Args:
        synthetic: the released synthetic table.
        schema: the run's schema; only names and types are used.
        max_rows: rows sampled (from the synthetic table) for the association matrix.
        max_columns: numeric and categorical columns profiled with histograms.
        seed: seed of that row sample (the synthetic table is public: no privacy role).
    """
    present = [c for c in schema.names if c in synthetic.columns]
    roles = ColumnRoles.from_schema(schema, present, max_columns)
    table = prepare(synthetic, roles)
    columns: list[ColumnProfile] = []
    for column in schema.columns:
        if column.name not in synthetic.columns:
            continue
        series = synthetic[column.name]
        profile = ColumnProfile(
            name=column.name,
            type=column.type.value,
            missing_share=float(series.isna().mean()) if len(series) else 0.0,
            distinct=int(series.nunique(dropna=True)),
        )
        if column.name in table.numeric:
            values = table.numeric[column.name]
            edges = shared_edges(values, np.empty(0))
            profile.kind, profile.bins = "numeric", [float(e) for e in edges]
            profile.counts = numeric_counts(values, edges).tolist()
        elif column.name in table.categorical:
            categories, counts, _ = category_counts(table.categorical[column.name], np.empty(0, dtype=object))
            profile.kind, profile.bins, profile.counts = "categorical", categories, counts.tolist()
        columns.append(profile)
    tabular = roles.tabular
    matrix = None
    if len(tabular) >= 2 and table.n_rows:
        sample = table.take(sample_rows(table.n_rows, max_rows, np.random.default_rng(seed)))
        matrix = association_matrix(sample, tabular)
    return SyntheticProfile(
        n_rows=len(synthetic),
        n_columns=len(present),
        columns=columns,
        correlation_columns=tabular if matrix is not None else [],
        correlation=matrix,
    )
