"""Which columns the training, synthetic and holdout tables share, and why a mismatch is refused.

Scoring a synthetic table that lacks columns on the columns it has graded a one-column table
"Excellent" (SQS 10.00, exit 0) and a table sharing no column at all printed ``SQS -``. A
difference is therefore an error listing it, unless the caller asks for the common columns: then
the missing columns are failures, each counted as the largest possible distribution distance.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from safe_synthesizer.errors import UserInputError

_SHOWN = 8  # column names listed per difference in a one-line error


@dataclass
class ColumnSets:
    """The columns evaluated and, per table, the training columns it lacks and the ones it adds."""

    common: list[str]
    missing: dict[str, list[str]] = field(default_factory=dict)  # table -> training columns it lacks
    extra: dict[str, list[str]] = field(default_factory=dict)  # table -> columns training lacks

    @property
    def differs(self) -> bool:
        return any(self.missing.values()) or any(self.extra.values())

    def describe(self) -> str:
        """The differences in one line.

        >>> ColumnSets(["a"], {"synthetic": ["b"]}, {"synthetic": ["z"]}).describe()
        'the synthetic table lacks b; the synthetic table has columns the training table lacks: z'
        """
        parts = [f"the {t} table lacks {_names(c)}" for t, c in self.missing.items() if c]
        parts += [
            f"the {t} table has columns the training table lacks: {_names(c)}" for t, c in self.extra.items() if c
        ]
        return "; ".join(parts)

    def failures(self) -> list[dict]:
        """One entry per column that could not be compared (for the metrics file and report)."""
        out = [{"column": c, "table": t, "problem": "missing"} for t, cols in self.missing.items() for c in cols]
        out += [{"column": c, "table": t, "problem": "not in training"} for t, cols in self.extra.items() for c in cols]
        return out

    def to_dict(self) -> dict:
        return {"evaluated": self.common, "missing": self.missing, "extra": self.extra}


def _names(columns: list[str]) -> str:
    shown = ", ".join(repr(c) if c.strip() != c or not c else c for c in columns[:_SHOWN])
    more = len(columns) - _SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def compare_columns(training: pd.DataFrame, synthetic: pd.DataFrame, holdout: pd.DataFrame | None = None) -> ColumnSets:
    """The columns of ``training`` (in its order) present in every table, and the differences.

    >>> t = pd.DataFrame({"a": [1], "b": [2]})
    >>> s = compare_columns(t, pd.DataFrame({"a": [1], "c": [3]}))
    >>> s.common, s.missing, s.extra
    (['a'], {'synthetic': ['b']}, {'synthetic': ['c']})
    """
    tables = {"synthetic": synthetic, **({"holdout": holdout} if holdout is not None else {})}
    train_cols = [str(c) for c in training.columns]
    sets = ColumnSets(common=[c for c in train_cols if all(c in map(str, t.columns) for t in tables.values())])
    for name, table in tables.items():
        cols = [str(c) for c in table.columns]
        missing = [c for c in train_cols if c not in cols]
        extra = [c for c in cols if c not in train_cols]
        if missing:
            sets.missing[name] = missing
        if extra:
            sets.extra[name] = extra
    return sets


def check_columns(sets: ColumnSets, *, common_columns: bool) -> None:
    """Refuse tables that cannot be compared (see the module docstring).

    >>> check_columns(ColumnSets(["a"], {"synthetic": ["b"]}), common_columns=False)
    Traceback (most recent call last):
    ...
    safe_synthesizer.errors.UserInputError: the tables have different columns: the synthetic table lacks b ...
    """
    if not sets.common:
        raise UserInputError(
            "the tables share no column, nothing can be compared: "
            f"{sets.describe()} (check that --synthetic and --test come from the --training table)"
        )
    if sets.differs and not common_columns:
        raise UserInputError(
            f"the tables have different columns: {sets.describe()} (give tables with the training columns, "
            "or evaluate the common columns with --common-columns)"
        )
