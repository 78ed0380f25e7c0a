"""A generated column that is present exactly in the rows of some categories stays so.

A claims ledger names the reversed line in ``reverses`` on reversal lines only; ``reverses`` is an
identifier (no slot: its values are generated), and its missing cells were drawn at the column's
missing share, independent of the row, so 23 % of generated lines had a ``reverses`` without being
a reversal or the reverse (probe 6), where no input row does. ``find_presence`` records, on the
training split, a categorical column whose every category has the generated column always present
or always missing; at decode the column is generated in full and blanked in the rows whose
category says missing (rows of a missing or unseen category keep the column's missing share).

Privacy: which categories carry the column is read from the values, so the rule is found outside
DP only; decoding reads generated rows only.

Example:
    >>> rules = find_presence(frame, ["reverses"], ["entry_type"])   # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

MIN_ROWS = 50


@dataclass
class Presence:
    """``column`` is present in rows whose ``by`` is in ``present`` and missing when in ``absent``."""

    column: str
    by: str
    present: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Presence:
        return cls(d["column"], d["by"], [str(v) for v in d["present"]], [str(v) for v in d["absent"]])


def find_presence(frame: pd.DataFrame, columns: list[str], categories: list[str]) -> list[Presence]:
    """For each of ``columns`` (generated, partly missing), the first of ``categories`` whose every
    category (present in 1+ rows) has it always present or always missing, both kinds seen.
    Outside DP only.

    Example:
        >>> f = pd.DataFrame({"kind": ["pay", "rev"] * 30, "ref": [None, "L1"] * 30})
        >>> find_presence(f, ["ref"], ["kind"])
        [Presence(column='ref', by='kind', present=['rev'], absent=['pay'])]
    """
    found = []
    for column in (c for c in columns if c in frame):
        present = frame[column].notna()
        if len(frame) < MIN_ROWS or present.all() or not present.any():
            continue
        for by in (c for c in categories if c in frame):
            keys = frame[by]
            rows = keys.notna()
            share = present[rows].groupby(keys[rows].astype(str).to_numpy()).mean()
            if len(share) > 1 and share.isin([0.0, 1.0]).all() and 0 < (share == 1.0).sum() < len(share):
                found.append(Presence(column, by, sorted(share.index[share == 1.0]), sorted(share.index[share == 0.0])))
                break
    return found


def apply_presence(
    decoded: pd.DataFrame, rules: list[Presence], missing_share: dict[str, float], rng: np.random.Generator
) -> pd.DataFrame:
    """``decoded`` (each rule's column generated in every row) blanked where the category says so."""
    for rule in rules:
        if not {rule.column, rule.by} <= set(decoded):
            continue
        keys = decoded[rule.by].astype(object).map(lambda v: None if v is None or v != v else str(v))
        absent = keys.isin(rule.absent).to_numpy(copy=True)
        unknown = ~keys.isin(rule.present).to_numpy() & ~absent
        absent = absent | (unknown & (rng.random(len(keys)) < missing_share.get(rule.column, 0.0)))
        values = decoded[rule.column].astype(object).to_numpy(copy=True)
        values[absent] = None
        decoded[rule.column] = pd.Series(values, index=decoded.index, dtype=object)
    return decoded
