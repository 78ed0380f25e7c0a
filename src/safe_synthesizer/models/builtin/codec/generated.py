"""Columns that are not modelled: identifiers are regenerated, constants and empties reproduced.

Identifiers (unique per row) get new unique values in the training values' format, never a
training value: integers continue above the training maximum; strings follow character-class
shapes (``AB-0042`` -> ``AA-9999``: letters and digits drawn at random, other characters kept)
of shapes seen in >= k records, and a candidate whose keyed hash matches a training value is
drawn again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec.base import Protection, SlotSpec, to_native
from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics

_DIGITS = np.array(list("0123456789"))
_UPPER = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
_LOWER = np.array(list("abcdefghijklmnopqrstuvwxyz"))


def _shape(value: str) -> str:
    return "".join("9" if c.isdigit() else "A" if c.isupper() else "a" if c.islower() else c for c in value)


@dataclass
class IdentifierEncoder:
    """New unique identifiers; see the module docstring."""

    column: str
    integer_start: int | None
    shapes: list[str] = field(default_factory=list)
    shape_weights: list[float] = field(default_factory=list)
    salt: str = ""
    hashes: list[str] = field(default_factory=list)
    missing_share: float = 0.0
    slots: list[SlotSpec] = field(default_factory=list)

    @classmethod
    def fit(
        cls,
        column: str,
        series: pd.Series,
        *,
        protection: Protection,
        salt: str,
        stats: CodecStatistics | None = None,
    ) -> IdentifierEncoder:
        present = series[~series.isna()]
        if stats is not None and stats.private:
            return cls._fit_private(column, present, stats, protection, salt)
        missing_share = float(series.isna().mean()) if len(series) else 0.0
        as_number = pd.to_numeric(present, errors="coerce")
        is_int = (
            len(present) > 0
            and not pd.api.types.is_string_dtype(present.dtype)
            and bool(as_number.notna().all())
            and bool((as_number % 1 == 0).all())
        )
        if is_int:
            return cls(column, integer_start=int(as_number.max()) + 1, missing_share=missing_share)
        values = [str(v) for v in present.tolist()]
        counts: dict[str, int] = {}
        for v in values:
            counts[_shape(v)] = counts.get(_shape(v), 0) + 1
        kept = sorted(((s, c) for s, c in counts.items() if c >= protection.k), key=lambda sc: (-sc[1], sc[0]))
        if not kept:
            kept = sorted(counts.items(), key=lambda sc: (-sc[1], sc[0]))[:1] or [("AAAA9999", 1)]
        return cls(
            column,
            integer_start=None,
            shapes=[s for s, _ in kept],
            shape_weights=[c / sum(c for _, c in kept) for _, c in kept],
            salt=salt,
            hashes=sorted({_hash(salt, v) for v in values}),
            missing_share=missing_share,
        )

    @classmethod
    def _fit_private(
        cls, column: str, present: pd.Series, stats: CodecStatistics, protection: Protection, salt: str
    ) -> IdentifierEncoder:
        """Under DP: integer ids count from 1; string ids take only the shapes the DP vocabulary
        releases (the real ids are not kept, not even hashed; a collision is pure chance)."""
        as_number = pd.to_numeric(present, errors="coerce")
        if len(present) and not pd.api.types.is_string_dtype(present.dtype) and bool(as_number.notna().all()):
            return cls(column, integer_start=1)
        shapes = stats.frequent_values([_shape(str(v)) for v in present.tolist()], protection.k)
        kept = sorted(shapes.items(), key=lambda sc: (-sc[1], sc[0])) or [("AAAA9999", 1)]
        total = sum(max(c, 1) for _, c in kept)
        return cls(
            column,
            integer_start=None,
            shapes=[s for s, _ in kept],
            shape_weights=[max(c, 1) / total for _, c in kept],
            salt=salt,
        )

    def encode(self, series: pd.Series) -> np.ndarray:
        return np.zeros((len(series), 0), dtype=np.int64)

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.Series:
        n = len(tokens)
        if self.integer_start is not None:
            span = max(10 * n, 1000)
            values: list[Any] = (self.integer_start + rng.choice(span, size=n, replace=False)).tolist()
        else:
            values = self._strings(n, rng)
        out = pd.Series(values, name=self.column, dtype=object)
        if self.missing_share > 0:
            out[rng.random(n) < self.missing_share] = None
        return out

    def _strings(self, n: int, rng: np.random.Generator) -> list[str]:
        taken = set(self.hashes)
        seen: set[str] = set()
        out: list[str] = []
        shape_idx = rng.choice(len(self.shapes), size=n, p=self.shape_weights)
        for idx in shape_idx:
            shape = self.shapes[idx]
            for attempt in range(100):
                # After many collisions the shape space is nearly exhausted: lengthen the value.
                candidate = _fill(shape + ("9" * (attempt // 20)), rng)
                if candidate not in seen and _hash(self.salt, candidate) not in taken:
                    break
            seen.add(candidate)
            out.append(candidate)
        return out

    def to_dict(self) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k != "slots"}
        return {"kind": "identifier", **d}

    @classmethod
    def from_dict(cls, d: dict) -> IdentifierEncoder:
        return cls(**{k: v for k, v in d.items() if k != "kind"})


def _fill(shape: str, rng: np.random.Generator) -> str:
    chars = []
    for c in shape:
        if c == "9":
            chars.append(_DIGITS[rng.integers(10)])
        elif c == "A":
            chars.append(_UPPER[rng.integers(26)])
        elif c == "a":
            chars.append(_LOWER[rng.integers(26)])
        else:
            chars.append(c)
    return "".join(chars)


def _hash(salt: str, value: str) -> str:
    return hashlib.blake2b(value.encode("utf-8"), key=salt.encode("ascii"), digest_size=8).hexdigest()


@dataclass
class ConstantEncoder:
    """A column with one value (or none at all: ``empty``) is reproduced as is."""

    column: str
    value: Any = None
    slots: list[SlotSpec] = field(default_factory=list)

    @classmethod
    def fit(cls, column: str, series: pd.Series, stats: CodecStatistics | None = None) -> ConstantEncoder:
        """The column's value; under DP only if the DP vocabulary releases it (else empty)."""
        present = series[~series.isna()]
        if stats is not None and stats.private:
            released = stats.frequent_values([to_native(v) for v in present.tolist()], 2)
            return cls(column, next(iter(released), None))
        return cls(column, to_native(present.iloc[0]) if len(present) else None)

    def encode(self, series: pd.Series) -> np.ndarray:
        return np.zeros((len(series), 0), dtype=np.int64)

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.Series:
        return pd.Series([self.value] * len(tokens), name=self.column, dtype=object)

    def to_dict(self) -> dict:
        return {"kind": "constant", "column": self.column, "value": self.value}

    @classmethod
    def from_dict(cls, d: dict) -> ConstantEncoder:
        return cls(d["column"], d["value"])
