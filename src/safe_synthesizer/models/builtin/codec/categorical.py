"""Categories: one token per value seen in >= k records, one ``_RARE_`` token, one missing token.

A protected (rare) value is never written back: the ``_RARE_`` token decodes to the literal
placeholder ``"_RARE_"`` (the same convention as MOSTLY AI), so the share of rare values is kept
but none of them can be re-identified from the output.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec.base import RARE_PLACEHOLDER, Protection, SlotSpec, to_native
from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics


@dataclass
class CategoricalEncoder:
    """Token per frequent category; see the module docstring."""

    column: str
    categories: list[Any]
    has_rare: bool
    has_missing: bool

    @classmethod
    def fit(
        cls, column: str, series: pd.Series, *, stats: CodecStatistics, protection: Protection
    ) -> CategoricalEncoder:
        present = series[~series.isna()]
        values = [to_native(v) for v in present.tolist()]
        frequent = stats.frequent_values(values, protection.k)
        categories = list(frequent)
        return cls(
            column=column,
            categories=categories,
            has_rare=stats.private or len(frequent) < len(set(map(_key, values))),
            has_missing=stats.private or bool(series.isna().any()),
        )

    @property
    def rare_token(self) -> int:
        return len(self.categories)

    @property
    def missing_token(self) -> int:
        return len(self.categories) + int(self.has_rare)

    @property
    def slots(self) -> list[SlotSpec]:
        size = len(self.categories) + int(self.has_rare) + int(self.has_missing)
        return [SlotSpec(self.column, self.column, max(size, 1))]

    def encode(self, series: pd.Series) -> np.ndarray:
        index = {_key(v): i for i, v in enumerate(self.categories)}
        fallback = self.rare_token if self.has_rare else 0
        missing_token = self.missing_token if self.has_missing else fallback
        out = np.empty(len(series), dtype=np.int64)
        for i, value in enumerate(series.tolist()):
            if _isna(value):
                out[i] = missing_token
            else:
                out[i] = index.get(_key(to_native(value)), fallback)
        return out[:, None]

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.Series:
        lookup = [*self.categories]
        if self.has_rare:
            lookup.append(RARE_PLACEHOLDER)
        if self.has_missing:
            lookup.append(None)
        table = np.empty(len(lookup), dtype=object)
        table[:] = lookup
        return pd.Series(table[tokens[:, 0]], name=self.column, dtype=object)

    def to_dict(self) -> dict:
        return {"kind": "categorical", **self.__dict__}

    @classmethod
    def from_dict(cls, d: dict) -> CategoricalEncoder:
        return cls(**{k: v for k, v in d.items() if k != "kind"})


def _key(value: Any) -> tuple[str, str]:
    # Compare categories by type name and text so 1 and "1" stay distinct but JSON round-trips.
    if isinstance(value, bool):
        return ("bool", str(value))
    if isinstance(value, int | float):
        return ("num", repr(float(value)))
    return ("str", str(value))


def _isna(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
