"""Junk checks on a synthetic table against the training split it imitates.

The checks compare with what the model saw, and report counts and shares only: a
placeholder cell is a token the model emits instead of a value (``_RARE_`` stands for "one of
the rare categories"), an out-of-range value is a number or date well outside anything the
training split holds.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.diagnostics.diagnostic import Diagnostic

PLACEHOLDER = re.compile(r"^_[A-Z]+_$")
# A value counts as out of range beyond min - 10 % or max + 10 % of the training range: models
# that smooth numbers (binning, noise for DP) legitimately step a little past the extremes.
RANGE_MARGIN = 0.10
_RANGE_TYPES = (ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.DATETIME)
# A word: three or more letters. A synthetic text holding one no training text holds is an
# invented spelling (a generated name spelled from pieces: 'endgiry'); worth a line from this share.
_WORD = re.compile(r"[^\W\d_]{3,}")
INVENTED_MIN_SHARE = 0.05


def share_text(count: int, total: int) -> str:
    """``count / total`` as a whole percentage; ``<1 %`` rather than a misleading ``0 %``.

    Example:
        >>> share_text(20, 100), share_text(1, 1000), share_text(0, 0)
        ('20 %', '<1 %', '0 %')
    """
    if total <= 0 or count <= 0:
        return "0 %"
    percent = 100.0 * count / total
    return "<1 %" if percent < 0.5 else f"{percent:.0f} %"


def placeholder_cells(synthetic: pd.DataFrame, training: pd.DataFrame) -> list[Diagnostic]:
    """One diagnostic per column holding placeholder tokens (``_RARE_``, ``_[A-Z]+_``).

    Both frames hold the raw cells (strings); a token that also occurs in the training column
    is a real value there and is not counted.

    Example:
        >>> syn = pd.DataFrame({"c": ["a", "_RARE_", "_RARE_", "b"]})
        >>> [d.message for d in placeholder_cells(syn, pd.DataFrame({"c": ["a", "b"]}))]
        ['column `c`: 2 of 4 synthetic cells (50 %) are placeholders (`_RARE_`), not values']
    """
    found: list[Diagnostic] = []
    for name in synthetic.columns:
        cells = synthetic[name].dropna().astype(str).str.strip()
        hits = cells[cells.str.fullmatch(PLACEHOLDER)]
        if name in training.columns and len(hits):
            real = set(training[name].dropna().astype(str).str.strip())
            hits = hits[~hits.isin(real)]
        if hits.empty:
            continue
        tokens = ", ".join(f"`{t}`" for t in hits.value_counts().index[:2])
        share = share_text(len(hits), len(synthetic))
        found.append(Diagnostic(
            "output",
            f"column `{name}`: {len(hits)} of {len(synthetic)} synthetic cells ({share}) are placeholders "
            f"({tokens}), not values",
            column=name,
        ))
    return found


def out_of_range(
    synthetic: pd.DataFrame, training: pd.DataFrame, schema: TableSchema, margin: float = RANGE_MARGIN
) -> list[Diagnostic]:
    """One diagnostic per numeric or date column with values beyond the training range widened
    by ``margin`` of its width on each side. Frames are typed (``apply_schema``).

    Example:
        >>> from safe_synthesizer.data.schema import ColumnSchema
        >>> schema = TableSchema([ColumnSchema("x", ColumnType.INTEGER)])
        >>> train, syn = pd.DataFrame({"x": [0, 100]}), pd.DataFrame({"x": [5, 109, 111, -20]})
        >>> [d.message for d in out_of_range(syn, train, schema)]
        ['column `x`: 2 of 4 synthetic values (50 %) lie more than 10 % of the training range outside it']
    """
    from safe_synthesizer.evaluation.columns import to_numeric

    found: list[Diagnostic] = []
    for column in schema.columns:
        if column.type not in _RANGE_TYPES or column.name not in synthetic or column.name not in training:
            continue
        is_date = column.type is ColumnType.DATETIME
        fmt = column.datetime_format
        seen = to_numeric(training[column.name], is_datetime=is_date, datetime_format=fmt)
        made = to_numeric(synthetic[column.name], is_datetime=is_date, datetime_format=fmt)
        seen, made = seen[~np.isnan(seen)], made[~np.isnan(made)]
        if not len(seen) or not len(made):
            continue
        low, high = float(seen.min()), float(seen.max())
        slack = margin * (high - low)
        outside = int(((made < low - slack) | (made > high + slack)).sum())
        if outside:
            kind = "dates" if is_date else "values"
            found.append(Diagnostic(
                "output",
                f"column `{column.name}`: {outside} of {len(made)} synthetic {kind} ({share_text(outside, len(made))}) "
                f"lie more than {round(margin * 100)} % of the training range outside it",
                column=column.name,
            ))
    return found


def invented_words(synthetic: pd.DataFrame, training: pd.DataFrame, schema: TableSchema) -> list[Diagnostic]:
    """One diagnostic per free-text column where at least ``INVENTED_MIN_SHARE`` of synthetic
    texts hold a word (three letters or more, any case) that no training text holds: a text
    model spells rare words from pieces, and the pieces can combine into garbled names.

    Example:
        >>> from safe_synthesizer.data.schema import ColumnSchema
        >>> schema = TableSchema([ColumnSchema("c", ColumnType.TEXT)])
        >>> train = pd.DataFrame({"c": ["My manager Lisa is great.", "Workload is fine."]})
        >>> syn = pd.DataFrame({"c": ["My manager Lisa is fine.", "My manager Endgiry is great."]})
        >>> [d.message[:54] for d in invented_words(syn, train, schema)]
        ['column `c`: 1 of 2 synthetic texts (50 %) hold words n']
    """
    found: list[Diagnostic] = []
    for column in schema.columns:
        if column.type is not ColumnType.TEXT or column.name not in synthetic or column.name not in training:
            continue
        known = {w.lower() for text in training[column.name].dropna().astype(str) for w in _WORD.findall(text)}
        texts = synthetic[column.name].dropna().astype(str)
        invented = int(sum(any(w.lower() not in known for w in _WORD.findall(t)) for t in texts))
        if texts.empty or invented < INVENTED_MIN_SHARE * len(texts):
            continue
        found.append(Diagnostic(
            "output",
            f"column `{column.name}`: {invented} of {len(texts)} synthetic texts ({share_text(invented, len(texts))}) "
            "hold words no training text holds (invented spellings, such as garbled names)",
            column=column.name,
        ))
    return found


# Two date columns in order in every training row (order -> ship, visit -> next appointment)
# whose synthetic rows break that order this often get a line; only pairs both filled in this
# many training rows are judged.
ORDER_MIN_SHARE = 0.01
ORDER_MIN_ROWS = 50


def date_order(synthetic: pd.DataFrame, training: pd.DataFrame, schema: TableSchema) -> list[Diagnostic]:
    """One diagnostic per pair of date columns that are in order (second on or after first) in
    every training row but out of order in at least ``ORDER_MIN_SHARE`` of synthetic rows: the
    model samples each date on its own and can ship an order before it was placed. Frames hold
    the raw cells.

    Example:
        >>> from safe_synthesizer.data.schema import ColumnSchema
        >>> cols = [ColumnSchema(n, ColumnType.DATETIME, datetime_format="%Y-%m-%d") for n in ("start", "end")]
        >>> days = pd.date_range("2024-01-01", periods=60)
        >>> later = (days + pd.Timedelta(days=2)).strftime("%Y-%m-%d")
        >>> train = pd.DataFrame({"start": days.strftime("%Y-%m-%d"), "end": later})
        >>> syn = pd.DataFrame({"start": ["2024-01-05", "2024-01-05"], "end": ["2024-01-04", "2024-01-06"]})
        >>> [d.message for d in date_order(syn, train, TableSchema(cols))]
        ['column `end`: 1 of 2 synthetic rows (50 %) lie before `start`, which no training row does']
    """
    from safe_synthesizer.evaluation.columns import to_numeric

    dates = [c for c in schema.columns if c.type is ColumnType.DATETIME and c.name in synthetic and c.name in training]
    if len(dates) < 2:
        return []
    seen = {c.name: to_numeric(training[c.name], is_datetime=True, datetime_format=c.datetime_format) for c in dates}
    made = {c.name: to_numeric(synthetic[c.name], is_datetime=True, datetime_format=c.datetime_format) for c in dates}
    found: list[Diagnostic] = []
    for i, first in enumerate(dates):
        for second in dates[i + 1:]:
            a, b = seen[first.name], seen[second.name]
            both = ~np.isnan(a) & ~np.isnan(b)
            if both.sum() < ORDER_MIN_ROWS or (b[both] == a[both]).all():
                continue
            if (b[both] >= a[both]).all():
                early, late = first.name, second.name
            elif (a[both] >= b[both]).all():
                early, late = second.name, first.name
            else:
                continue
            x, y = made[early], made[late]
            filled = ~np.isnan(x) & ~np.isnan(y)
            broken = int((y[filled] < x[filled]).sum())
            if filled.sum() and broken >= ORDER_MIN_SHARE * filled.sum():
                found.append(Diagnostic(
                    "output",
                    f"column `{late}`: {broken} of {int(filled.sum())} synthetic rows "
                    f"({share_text(broken, int(filled.sum()))}) lie before `{early}`, which no training row does",
                    column=late,
                ))
    return found
