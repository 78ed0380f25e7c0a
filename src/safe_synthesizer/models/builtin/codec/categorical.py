"""Categories: one token per value seen in >= k records, one rare token, one missing token.

A protected (rare) value is never written back. What the rare token becomes in the output is
``training.rare_category_replacement``:

- ``resample``: the sampler never draws the rare token, so the model picks a frequent category
  given the rest of the record (the rare share moves to the categories most like it);
- ``generate``: a new value. For a PII-replaced column, a fresh fake of the same entity and
  locale; for other string columns, a new string from a subword sub-model (a text tail trained on
  the rare values only, whose subwords seen in fewer than k records are spelled in bytes); a
  string that equals a rare training value, or that breaks the layout of a code-like column
  (``J3680412`` among ``J86.2`` codes), is swapped for another generated one;
- ``token``: the literal placeholder ``_RARE_`` (MOSTLY AI's convention), on request only;
- ``per_column`` (the default): ``generate`` for PII-replaced columns and long-tailed string
  columns (names, titles, free codes), ``resample`` otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec.base import RARE_PLACEHOLDER, Protection, SlotSpec, keyed_hash, to_native
from safe_synthesizer.models.builtin.codec.fakes import FakeSource, fill_shape, shape_of
from safe_synthesizer.models.builtin.codec.generated import fixed_characters
from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics, ExactStatistics, counts_exactly
from safe_synthesizer.models.builtin.codec.text import DEFAULT_MAX_TOKENS, DEFAULT_VOCAB_SIZE, TextEncoder

# A string column is long-tailed when rare values fill this share of its rows and are many:
# resampling them would visibly reshape it (job titles, names), so new strings are generated.
LONG_TAIL_ROW_SHARE = 0.05
LONG_TAIL_MIN_DISTINCT = 20
TAIL_SUFFIX = "#tail"
# A string column whose layouts (character classes) seen in >= k records cover this share of its
# values is code-like: generated strings must follow one of those layouts.
REGULAR_SHAPE_SHARE = 0.95
MODES = ("token", "resample", "fake", "text")


@dataclass
class CategoricalEncoder:
    """Token per frequent category; see the module docstring."""

    column: str
    categories: list[Any]
    has_rare: bool
    has_missing: bool
    mode: str = "token"
    weights: list[float] = field(default_factory=list)
    fakes: dict | None = None
    tail: TextEncoder | None = None
    salt: str = ""
    rare_hashes: list[str] = field(default_factory=list)
    tail_shapes: list[str] = field(default_factory=list)
    # Per tail shape, the [position, character] every rare value of it writes (``JE-2024-`` of
    # journal numbers); absent from older codec files.
    tail_literals: list[list[list]] = field(default_factory=list)

    @classmethod
    def fit(
        cls,
        column: str,
        series: pd.Series,
        *,
        stats: CodecStatistics,
        protection: Protection,
        fakes: FakeSource | None = None,
        salt: str = "",
        text_vocab_size: int = DEFAULT_VOCAB_SIZE,
        text_max_tokens: int = DEFAULT_MAX_TOKENS,
    ) -> CategoricalEncoder:
        codes, natives = _factorize(series)
        present = codes[codes >= 0]
        counts = np.bincount(present, minlength=len(natives))
        if counts_exactly(stats):
            # Same counts as one value per record (hash-equal values pooled, first one named).
            pooled: dict[Any, int] = {}
            for value, count in zip(natives, counts.tolist(), strict=True):
                pooled[value] = pooled.get(value, 0) + count
            frequent = ExactStatistics.frequent_from_counts(pooled, protection.k)
        else:  # a DP provider counts privacy units: one value per record, in row order
            frequent = stats.frequent_values(_lookup(natives)[present].tolist(), protection.k)
        kept = {_key(v) for v in frequent}
        rare_codes = np.asarray([i for i, v in enumerate(natives) if _key(v) not in kept], dtype=np.int64)
        n_rare = int(counts[rare_codes].sum()) if len(rare_codes) else 0
        encoder = cls(
            column=column,
            categories=list(frequent),
            has_rare=stats.private or n_rare > 0,
            has_missing=stats.private or bool(len(present) < len(codes)),
            weights=[float(c) for c in frequent.values()],
        )
        strings = bool(len(natives)) and all(isinstance(v, str) for v in natives)
        rare = _lookup(natives)[present[np.isin(present, rare_codes)]]  # rare values in row order
        encoder.mode = _choose_mode(protection.rare_replacement, frequent, n_rare, len(rare_codes), len(present),
                                    strings, fakes, stats.private)
        if encoder.mode == "fake" and fakes is not None:
            if stats.private:
                fakes = fakes.with_shapes_of(frequent)  # the DP vocabulary's layouts, no new release
            encoder.fakes = fakes.to_dict()
        elif encoder.mode == "text":
            tail = TextEncoder.fit(
                column + TAIL_SUFFIX,
                pd.Series([str(v) for v in rare], dtype=object),
                stats=stats,
                protection=protection,
                vocab_size=text_vocab_size,
                max_tokens=text_max_tokens,
            )
            tail.has_missing = False  # rows with a frequent category or none get an empty tail
            encoder.tail = tail
            if not stats.private:
                # Hashes (keyed, never the values) so a generated string equal to a rare training
                # value can be replaced; under DP the model's noise is the protection instead.
                encoder.salt = salt
                encoder.rare_hashes = sorted({keyed_hash(salt, str(natives[i])) for i in rare_codes})
                encoder.tail_shapes = regular_shapes(natives, counts.tolist(), protection.k)
                rare_strings = sorted({str(natives[i]) for i in rare_codes})
                encoder.tail_literals = [
                    fixed_characters([v for v in rare_strings if shape_of(v) == shape])
                    for shape in encoder.tail_shapes
                ]
        return encoder

    @property
    def rare_token(self) -> int:
        return len(self.categories)

    @property
    def missing_token(self) -> int:
        return len(self.categories) + int(self.has_rare)

    @property
    def slots(self) -> list[SlotSpec]:
        size = len(self.categories) + int(self.has_rare) + int(self.has_missing)
        own = [SlotSpec(self.column, self.column, max(size, 1))]
        return own + (self.tail.slots if self.tail is not None else [])

    def forbidden_tokens(self) -> dict[int, list[int]]:
        """Tokens the sampler must never draw, by slot index within this encoder."""
        if self.mode == "resample" and self.has_rare and self.categories:
            return {0: [self.rare_token]}
        return {}

    def encode(self, series: pd.Series) -> np.ndarray:
        index = {_key(v): i for i, v in enumerate(self.categories)}
        fallback = self.rare_token if self.has_rare else 0
        missing_token = self.missing_token if self.has_missing else fallback
        codes, natives = _factorize(series)
        # One lookup per distinct value; the last entry is what code -1 (missing) takes.
        table = np.asarray([index.get(_key(v), fallback) for v in natives] + [missing_token], dtype=np.int64)
        out = table[codes]
        if self.tail is None:
            return out[:, None]
        rare = out == self.rare_token
        texts = pd.Series(np.where(rare, series.astype(str).to_numpy(dtype=object), ""), dtype=object)
        return np.concatenate([out[:, None], self.tail.encode(texts)], axis=1)

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.Series:
        lookup = [*self.categories]
        if self.has_rare:
            lookup.append(RARE_PLACEHOLDER)
        if self.has_missing:
            lookup.append(None)
        table = np.empty(len(lookup), dtype=object)
        table[:] = lookup
        out = table[tokens[:, 0]]
        rare = np.flatnonzero(tokens[:, 0] == self.rare_token) if self.has_rare else np.zeros(0, dtype=np.int64)
        if len(rare) and self.mode != "token":
            out[rare] = self._new_values(tokens[rare], rng)
        return pd.Series(out, name=self.column, dtype=object)

    def _new_values(self, tokens: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """What the rare token becomes for these rows (see the module docstring)."""
        n = len(tokens)
        out = np.empty(n, dtype=object)
        if self.mode == "fake" and self.fakes is not None:
            out[:] = FakeSource.from_dict(self.fakes).draw(n, rng)
            return out
        bad = np.ones(n, dtype=bool)
        if self.mode == "text" and self.tail is not None:
            texts = self.tail.decode(tokens[:, 1:], rng).to_numpy(dtype=object)
            taken = set(self.rare_hashes)
            shapes = set(self.tail_shapes)
            copied = [bool(taken) and keyed_hash(self.salt, t) in taken for t in texts]
            misshapen = [bool(shapes) and shape_of(t) not in shapes for t in texts]
            bad = np.array([not t or c or m for t, c, m in zip(texts, copied, misshapen, strict=True)], dtype=bool)
            out[~bad] = texts[~bad]
            if bad.any() and self.tail_shapes and (~bad).sum() < bad.sum():
                # Most strings unusable (600 journal numbers 'JE-2024-00xxx': nearly every generated
                # one a training value or misshapen): with none left the column came out empty,
                # with a few every row repeated one ('JE-2024-20246', probe 4). New codes of the
                # layouts instead, with the characters every rare value shares.
                out[bad] = self._from_shapes(int(bad.sum()), rng, taken)
                return out
            if bad.any() and (~bad).any():
                # A copied rare value, an empty or a misshapen string: another new string of this batch.
                out[bad] = rng.choice(texts[~bad], size=int(bad.sum()))
                return out
        if bad.any():
            out[bad] = self._resample(int(bad.sum()), rng)
        return out

    def _from_shapes(self, n: int, rng: np.random.Generator, taken: set[str]) -> np.ndarray:
        """``n`` new codes in the tail's layouts, none hashing to a rare training value."""
        out = np.empty(n, dtype=object)
        for row in range(n):
            for attempt in range(100):
                i = int(rng.integers(len(self.tail_shapes)))
                text = fill_shape(self.tail_shapes[i], rng)
                # The shared characters first; where their room is used up, the layout alone.
                literals = self.tail_literals[i] if i < len(self.tail_literals) and attempt < 50 else []
                for position, char in literals:
                    text = text[:position] + char + text[position + 1 :]
                if keyed_hash(self.salt, text) not in taken:
                    break
            out[row] = text
        return out

    def _resample(self, n: int, rng: np.random.Generator) -> np.ndarray:
        """Frequent categories drawn by their training shares (the protected distribution)."""
        if not self.categories:
            return np.full(n, None, dtype=object)
        weights = np.asarray(self.weights if len(self.weights) == len(self.categories) else
                             [1.0] * len(self.categories), dtype=float)
        weights = np.clip(weights, 1e-9, None)
        table = np.empty(len(self.categories), dtype=object)
        table[:] = self.categories
        return table[rng.choice(len(self.categories), size=n, p=weights / weights.sum())]

    def to_dict(self) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k != "tail"}
        return {"kind": "categorical", **d, "tail": self.tail.to_dict() if self.tail is not None else None}

    @classmethod
    def from_dict(cls, d: dict) -> CategoricalEncoder:
        fields = {k: v for k, v in d.items() if k not in ("kind", "tail")}
        tail = TextEncoder.from_dict(d["tail"]) if d.get("tail") else None
        return cls(**fields, tail=tail)


def regular_shapes(values: list[Any], counts: list[int], k: int) -> list[str]:
    """Layouts of a code-like column (``J86.2`` -> ``A99.9``), or ``[]`` for free strings.

    ``values`` are the distinct values and ``counts`` their records. When layouts seen in >= ``k``
    records cover ``REGULAR_SHAPE_SHARE`` of the records, a generated string must have one of them
    (``J3680412`` or ``JJ.8`` in a column of ``J86.2`` codes is junk). A layout is no value, and
    only layouts of >= k records are kept (as for identifiers).
    """
    by_shape: dict[str, int] = {}
    for value, count in zip(values, counts, strict=True):
        shape = shape_of(str(value))
        by_shape[shape] = by_shape.get(shape, 0) + count
    total = sum(counts)
    kept = {shape: n for shape, n in by_shape.items() if n >= k}
    if not total or sum(kept.values()) < REGULAR_SHAPE_SHARE * total:
        return []
    return sorted(kept)


def _choose_mode(
    requested: str,
    frequent: dict,
    n_rare: int,
    distinct_rare: int,
    n_values: int,
    strings: bool,
    fakes: FakeSource | None,
    private: bool,
) -> str:
    """The rare-value mode for ``training.rare_category_replacement`` on this column.

    ``n_rare`` records hold one of ``distinct_rare`` rare values, of ``n_values`` present ones;
    ``strings`` says every present value is a string.
    """
    if requested == "token":
        return "token"
    if private and not frequent and fakes is None:
        # No category cleared the DP threshold (too few units for the epsilon): a string model
        # trained on bytes alone writes noise, so the column is generated empty (resample with
        # nothing to draw from gives missing values). PII columns still get fresh fakes.
        return "resample"
    can_generate = fakes is not None or strings
    if requested == "per_column":
        long_tail = (
            not private and n_rare >= LONG_TAIL_ROW_SHARE * max(n_values, 1)
            and distinct_rare >= LONG_TAIL_MIN_DISTINCT
        )
        generate = fakes is not None or long_tail or not frequent
        requested = "generate" if generate and can_generate else "resample"
    if requested == "generate" and can_generate:
        return "fake" if fakes is not None else "text"
    # resample (or generate where nothing can be generated); with no frequent category to draw
    # from, a string column still gets generated values rather than an empty column.
    if not frequent and strings:
        return "text"
    return "resample"


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


# Kinds of column (``pandas.api.types.infer_dtype``) whose values pandas hashes exactly as
# ``_key`` tells them apart; a bool next to a number (True == 1 for hashing) is not one of them.
_HASH_SAFE = frozenset({"string", "integer", "floating", "mixed-integer-float", "boolean", "empty"})


def _factorize(series: pd.Series) -> tuple[np.ndarray, list[Any]]:
    """Each row's category code (-1 when missing) and each code's value (the first seen, native).

    Values equal under ``_key`` (``1`` and ``1.0``) share a code. One vectorised hash pass for a
    column of one kind of value; a mixed object column is keyed value by value.
    """
    if pd.api.types.infer_dtype(series, skipna=True) in _HASH_SAFE:
        raw, uniques = pd.factorize(series, use_na_sentinel=True)
        first: dict[tuple[str, str], int] = {}
        natives: list[Any] = []
        remap = np.empty(len(uniques) + 1, dtype=np.int64)
        remap[-1] = -1
        for i, value in enumerate(uniques.tolist()):
            native = to_native(value)
            remap[i] = first.setdefault(_key(native), len(natives))
            if remap[i] == len(natives):
                natives.append(native)
        return remap[raw], natives
    codes = np.full(len(series), -1, dtype=np.int64)
    seen: dict[tuple[str, str], int] = {}
    natives = []
    for row, value in enumerate(series.tolist()):
        if _isna(value):
            continue
        native = to_native(value)
        code = seen.setdefault(_key(native), len(natives))
        if code == len(natives):
            natives.append(native)
        codes[row] = code
    return codes, natives


def _lookup(values: list[Any]) -> np.ndarray:
    """``values`` as an object array (index it with codes)."""
    table = np.empty(len(values), dtype=object)
    table[:] = values
    return table
