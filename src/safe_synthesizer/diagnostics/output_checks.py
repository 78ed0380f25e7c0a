"""Junk checks on a synthetic table against the training split it imitates.

Both checks compare with what the model saw, and report counts and shares only: a
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
