"""Shared pieces of the column encoders: slot specs, protection settings, JSON-safe values."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
import pandas as pd

RARE_PLACEHOLDER = "_RARE_"


@dataclass(frozen=True)
class SlotSpec:
    """One position of the token sequence: a column's sub-part with its own small vocabulary.

    ``kind`` is ``value`` (a category, a number's exact value or bin, a datetime part), ``digit``
    (a within-bin digit) or ``text`` (a subword position of a free-text column).
    """

    name: str
    column: str
    size: int
    kind: str = "value"

    def to_dict(self) -> dict:
        return {"name": self.name, "column": self.column, "size": self.size, "kind": self.kind}

    @classmethod
    def from_dict(cls, d: dict) -> SlotSpec:
        return cls(**d)


@dataclass(frozen=True)
class Protection:
    """Value protection: rare categories/tokens and numeric extremes are never reproduced.

    ``min_count`` is k (1 when protection is off); ``quantile`` clips numbers (0 when off);
    ``rare_replacement`` is ``training.rare_category_replacement`` (what a rare category becomes).
    """

    enabled: bool = True
    min_count: int = 5
    quantile: float = 0.001
    rare_replacement: str = "per_column"

    @property
    def k(self) -> int:
        return self.min_count if self.enabled else 1

    @property
    def q(self) -> float:
        return self.quantile if self.enabled else 0.0


class ColumnEncoder(Protocol):
    """Encodes one column into ``len(slots)`` integer tokens per record and back."""

    column: str
    slots: list[SlotSpec]

    def encode(self, values: pd.Series) -> np.ndarray:
        """``[n, len(slots)]`` int64 tokens."""
        ...

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.Series:
        """Values from ``[n, len(slots)]`` tokens (``n`` rows even when there are no slots)."""
        ...

    def to_dict(self) -> dict: ...


def to_native(value: Any) -> Any:
    """A JSON-serialisable Python scalar for a pandas/numpy value."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return value
    return value


def is_missing(values: pd.Series) -> np.ndarray:
    """Boolean mask of missing cells (NaN, None, NA, empty strings count as present)."""
    return values.isna().to_numpy()


def decimals_of(values: np.ndarray, cap: int = 6) -> int:
    """Smallest number of decimals (<= cap) that represents every finite value exactly."""
    finite = values[np.isfinite(values)]
    for d in range(cap + 1):
        if np.allclose(np.round(finite, d), finite, rtol=0, atol=10 ** (-cap - 2)):
            return d
    return cap


def n_digits(width: int, base: int = 10) -> int:
    """Digits needed to write every integer in ``[0, width]`` in ``base``."""
    digits = 0
    while width > 0:
        width //= base
        digits += 1
    return digits


def keyed_hash(salt: str, value: str) -> str:
    """A short keyed hash of a training value: lets the codec refuse to output it, without storing it."""
    return hashlib.blake2b(value.encode("utf-8"), key=salt.encode("ascii"), digest_size=8).hexdigest()
