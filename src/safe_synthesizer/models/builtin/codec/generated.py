"""Columns that are not modelled: identifiers are regenerated, constants and empties reproduced.

Identifiers get new values in the training values' format, never a training value: integers
continue above the training maximum; strings follow character-class shapes (``AB-0042`` ->
``AA-9999``: letters and digits drawn at random, other characters kept) of shapes seen in >= k
records, keeping a letter or digit every value of a shape writes at the same place (the ``EMP``
of ``EMP-00123``: a layout, not a value; from ``MIN_LITERAL_VALUES`` values of the shape on),
hexadecimal ids (UUIDs, device ids) drawing hex digits only (a shape ``xxxxxxxx-xxxx``),
or are fresh fakes when the PII stage replaced the column (emails stay emails); a candidate
whose keyed hash matches a training value is drawn again. An id that repeats over rows (a
subject's several tests) keeps its repeat structure: each new id is used for a number of
rows drawn from the training distribution of rows per id, capped at the k-th largest count so no
single long history is copied.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec.base import Protection, SlotSpec, keyed_hash, to_native
from safe_synthesizer.models.builtin.codec.check_digits import check_scheme, with_check_digit
from safe_synthesizer.models.builtin.codec.fakes import FakeSource, fill_shape, shape_of
from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics

MAX_DRAW_ROUNDS = 100
# A character shared by every value of a shape is kept literally only when the shape has this
# many values: in fewer, shared characters are chance (and could spell most of one value).
MIN_LITERAL_VALUES = 10
FREE_SPACE_FACTOR = 100
_HEX = {"lower": "0123456789abcdef", "upper": "0123456789ABCDEF"}
# Letters are 6 of 16 hex digits: a column of hex ids has far more than this share of them.
HEX_MIN_LETTER_SHARE = 0.1


@dataclass
class IdentifierEncoder:
    """New identifiers; see the module docstring."""

    column: str
    integer_start: int | None
    shapes: list[str] = field(default_factory=list)
    shape_weights: list[float] = field(default_factory=list)
    salt: str = ""
    hashes: list[str] = field(default_factory=list)
    missing_share: float = 0.0
    repeat_sizes: list[int] = field(default_factory=list)
    repeat_weights: list[float] = field(default_factory=list)
    fakes: dict | None = None
    slots: list[SlotSpec] = field(default_factory=list)
    # Per shape, the [position, character] pairs every value writes (absent from older codec files).
    literals: list[list[list]] = field(default_factory=list)
    # "lower"/"upper" for hexadecimal ids: shapes hold "x" per hex digit, filled from 0-9a-f.
    hex_case: str = ""
    # Per shape: True when no value of it starts with "0" (order numbers '100004' read as text
    # came back '026667', a zero-padded layout the column never has; absent from older files).
    nonzero_first: list[bool] = field(default_factory=list)
    # "luhn"/"gtin" when every training id ends in that check digit (``codec.check_digits``).
    check_digit: str = ""

    @classmethod
    def fit(
        cls,
        column: str,
        series: pd.Series,
        *,
        protection: Protection,
        salt: str,
        stats: CodecStatistics | None = None,
        fakes: FakeSource | None = None,
    ) -> IdentifierEncoder:
        present = series[~series.isna()]
        fake_dict = fakes.to_dict() if fakes is not None else None
        if stats is not None and stats.private:
            return cls._fit_private(column, present, stats, protection, fake_dict)
        missing_share = float(series.isna().mean()) if len(series) else 0.0
        sizes, weights = _repeat_structure(present, protection.k)
        if _is_integer(present):
            start = int(pd.to_numeric(present).max()) + 1
            return cls(column, integer_start=start, missing_share=missing_share,
                       repeat_sizes=sizes, repeat_weights=weights)
        values = [str(v) for v in present.tolist()]
        hex_case = hex_case_of(values)
        by_shape: dict[str, list[str]] = {}
        for v in values:
            by_shape.setdefault(_hex_shape(v) if hex_case else shape_of(v), []).append(v)
        counts = {shape: len(members) for shape, members in by_shape.items()}
        if hex_case:
            # A position every value fills with a decimal digit stays decimal (the date of
            # '20240203A3F9C2'): only the others draw hex digits.
            by_shape = {_decimal_positions(shape, members): members for shape, members in by_shape.items()}
            counts = {shape: len(members) for shape, members in by_shape.items()}
        kept = sorted(((s, c) for s, c in counts.items() if c >= protection.k), key=lambda sc: (-sc[1], sc[0]))
        if not kept and not hex_case and (pooled := pooled_shape(values)):
            # Random mixed-case ids ('R_3fKx9...'): every value its own shape. One shape of the
            # classes each position takes keeps the layout ('R_' and the length), where the most
            # common single shape lost the 'R_' (probe 4) and copied one value's layout.
            by_shape[pooled] = values
            kept = [(pooled, len(values))]
        if not kept:
            kept = sorted(counts.items(), key=lambda sc: (-sc[1], sc[0]))[:1] or [("AAAA9999", 1)]
        return cls(
            column,
            integer_start=None,
            literals=[fixed_characters(by_shape.get(s, []), s if hex_case else None) for s, _ in kept],
            hex_case=hex_case,
            nonzero_first=[
                s[:1] == "9" and not any(v.startswith("0") for v in by_shape.get(s, [])) for s, _ in kept
            ],
            shapes=[s for s, _ in kept],
            shape_weights=[c / sum(c for _, c in kept) for _, c in kept],
            salt=salt,
            check_digit=check_scheme(values) if fakes is None else "",
            hashes=sorted({keyed_hash(salt, v) for v in values}),
            missing_share=missing_share,
            repeat_sizes=sizes,
            repeat_weights=weights,
            fakes=fake_dict,
        )

    @classmethod
    def _fit_private(
        cls, column: str, present: pd.Series, stats: CodecStatistics, protection: Protection, fakes: dict | None
    ) -> IdentifierEncoder:
        """Under DP: integer ids count from 1; string ids take only the shapes the DP vocabulary
        releases (the real ids are not kept, not even hashed; a collision is pure chance). Ids
        are unique per row: the repeat structure would be a statistic outside the budget."""
        if _is_integer(present):
            return cls(column, integer_start=1)
        shapes = stats.frequent_values([shape_of(str(v)) for v in present.tolist()], protection.k)
        kept = sorted(shapes.items(), key=lambda sc: (-sc[1], sc[0])) or [("AAAA9999", 1)]
        total = sum(max(c, 1) for _, c in kept)
        return cls(
            column,
            integer_start=None,
            shapes=[s for s, _ in kept],
            shape_weights=[max(c, 1) / total for _, c in kept],
            fakes=FakeSource.from_dict(fakes).with_shapes_of(dict(kept)).to_dict() if fakes else None,
        )

    def encode(self, series: pd.Series) -> np.ndarray:
        return np.zeros((len(series), 0), dtype=np.int64)

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.Series:
        n = len(tokens)
        sizes = self._group_sizes(n, rng)
        n_ids = len(sizes)
        if self.integer_start is not None:
            span = max(10 * n_ids, 1000)
            ids: list[Any] = (self.integer_start + rng.choice(span, size=n_ids, replace=False)).tolist()
        else:
            ids = self._strings(n_ids, rng)
        if self.repeat_sizes:
            values = np.repeat(np.array(ids, dtype=object), sizes)[:n]
            values = values[rng.permutation(n)]
        else:
            values = np.array(ids, dtype=object)
        out = pd.Series(values, name=self.column, dtype=object)
        if self.missing_share > 0:
            out[rng.random(n) < self.missing_share] = None
        return out

    def _group_sizes(self, n: int, rng: np.random.Generator) -> np.ndarray:
        """Rows per new id, summing to at least ``n`` (all ones when ids never repeat)."""
        if not self.repeat_sizes or n == 0:
            return np.ones(n, dtype=np.int64)
        mean = float(np.dot(self.repeat_sizes, self.repeat_weights))
        sizes = rng.choice(self.repeat_sizes, size=int(n / mean) + 8, p=self.repeat_weights)
        while sizes.sum() < n:
            sizes = np.concatenate([sizes, rng.choice(self.repeat_sizes, size=8, p=self.repeat_weights)])
        keep = int(np.searchsorted(np.cumsum(sizes), n) + 1)
        return sizes[:keep]

    def _strings(self, n: int, rng: np.random.Generator) -> list[str]:
        if self.fakes is not None:
            source = FakeSource.from_dict(self.fakes)
            return _unique(n, lambda k, attempt: source.draw(k, rng), self.salt, self.hashes)
        shape_idx = rng.choice(len(self.shapes), size=n, p=self.shape_weights)

        def propose(k: int, attempt: int) -> list[str]:
            # After many collisions the shape space is nearly exhausted: lengthen the value.
            picks = shape_idx[:k] if attempt == 0 else rng.choice(len(self.shapes), size=k, p=self.shape_weights)
            if self.hex_case:
                out = [_fill_hex(self.shapes[i] + "x" * (attempt // 20), self.hex_case, rng) for i in picks]
            else:
                out = [fill_shape(self.shapes[i] + "9" * (attempt // 20), rng) for i in picks]
            if self.literals:
                out = [_with_literals(text, self.literals[i]) for text, i in zip(out, picks, strict=True)]
            if any(self.nonzero_first):
                out = [
                    str(rng.integers(1, 10)) + t[1:] if i < len(self.nonzero_first) and self.nonzero_first[i]
                    and t.startswith("0") else t
                    for t, i in zip(out, picks, strict=True)
                ]  # fmt: skip
            if self.check_digit:
                out = [with_check_digit(t, self.check_digit) for t in out]
            return out

        return _unique(n, propose, self.salt, self.hashes)

    def to_dict(self) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k != "slots"}
        return {"kind": "identifier", **d}

    @classmethod
    def from_dict(cls, d: dict) -> IdentifierEncoder:
        return cls(**{k: v for k, v in d.items() if k != "kind"})


def hex_case_of(values: list[str]) -> str:
    """``"lower"``/``"upper"`` when ``values`` are hexadecimal ids (only hex digits of one case
    besides separators, letters among them), else ``""``.

    Example:
        >>> hex_case_of([f"{i * 2654435761 % 2**32:08x}" for i in range(1, 40)]), hex_case_of(["EMP-001"] * 20)
        ('lower', '')
    """
    if len(values) < MIN_LITERAL_VALUES:
        return ""
    chars = [c for v in values for c in v if c.isalnum()]
    # Letters are counted where values differ: a prefix every value shares is a literal, and
    # 'E76828' (a pupil id, letter share 1/6) was read as hex and written '658796' (probe 5).
    shared = _shared_positions(values)
    varying = [c for v in values for i, c in enumerate(v) if c.isalnum() and i not in shared[len(v)]]
    letters = sum(not c.isdigit() for c in varying)
    if not varying or letters < HEX_MIN_LETTER_SHARE * len(varying):
        return ""
    present = set(chars)
    for case, digits in _HEX.items():
        if present <= set(digits):
            return case
    return ""


def _shared_positions(values: list[str]) -> dict[int, set[int]]:
    """Per value length: the positions where every value of that length writes one character.

    Example:
        >>> _shared_positions(["E123", "E456", "AB"])
        {4: {0}, 2: {0, 1}}
    """
    by_length: dict[int, list[str]] = {}
    for v in values:
        by_length.setdefault(len(v), []).append(v)
    return {
        n: {i for i, chars in enumerate(zip(*group, strict=True)) if len(set(chars)) == 1}
        for n, group in by_length.items()
    }


def _hex_shape(value: str) -> str:
    return "".join("x" if c.isalnum() else c for c in value)


def _decimal_positions(shape: str, values: list[str]) -> str:
    """``shape`` with ``9`` where every one of ``values`` writes a decimal digit."""
    return "".join("9" if c == "x" and all(v[i].isdigit() for v in values) else c for i, c in enumerate(shape))


def _fill_hex(shape: str, case: str, rng: np.random.Generator) -> str:
    digits = _HEX[case]
    return "".join(
        digits[rng.integers(16)] if c == "x" else digits[rng.integers(10)] if c == "9" else c for c in shape
    )


def fixed_characters(values: list[str], hex_shape: str | None = None) -> list[list]:
    """``[position, character]`` of the letters and digits all ``values`` (one shape, so one
    length) write at the same place; none below ``MIN_LITERAL_VALUES`` values.

    Shared letters are a prefix or a separator (``EMP``, the ``T`` of a stamp) and always kept.
    Shared digits (the leading zeros of ``00123``) are kept from the left only while the other
    positions still spell ``FREE_SPACE_FACTOR`` times as many ids as there are values: new ids
    must not run out of room and get longer.

    ``hex_shape`` (hex ids): every position is a digit, of 16 values at an ``x`` of the shape and
    10 at a ``9``; letters are kept like digits, only while room is left.

    Example:
        >>> fixed_characters([f"EMP-{i:05d}" for i in range(100, 160)])
        [[0, 'E'], [1, 'M'], [2, 'P'], [4, '0']]
    """
    if len(values) < MIN_LITERAL_VALUES:
        return []
    first = values[0]
    shared = [i for i, c in enumerate(first) if c.isalnum() and all(v[i] == c for v in values)]
    def size(i: int) -> float:
        if hex_shape:
            return 16.0 if hex_shape[i] == "x" else 10.0
        return 10.0 if first[i].isdigit() else 26.0

    letters = [] if hex_shape else [i for i in shared if not first[i].isdigit()]
    space = 1.0
    for i, c in enumerate(first):
        if c.isalnum() and i not in letters:
            space *= size(i)
    digits = []
    for i in (i for i in shared if i not in letters):
        if space / size(i) < FREE_SPACE_FACTOR * len(values):
            break
        space /= size(i)
        digits.append(i)
    return [[i, first[i]] for i in sorted(letters + digits)]


def pooled_shape(values: list[str]) -> str:
    """One shape for ``values`` of one length: per position the class every value writes there
    (``9``/``A``/``a``, or the shared separator), ``*`` (any letter or digit) where they mix;
    ``""`` when lengths differ or there are fewer than ``MIN_LITERAL_VALUES`` values.

    Example:
        >>> pooled_shape(["R_3fK", "R_a9Z", "R_Qx1"] * 4)
        'A_***'
    """
    if len(values) < MIN_LITERAL_VALUES or len({len(v) for v in values}) != 1:
        return ""
    out = []
    for chars in zip(*values, strict=True):
        classes = {shape_of(c) for c in chars}
        out.append(classes.pop() if len(classes) == 1 else "*")
    return "".join(out)


def _with_literals(text: str, literals: list[list]) -> str:
    chars = list(text)
    for position, char in literals:
        if position < len(chars):
            chars[position] = char
    return "".join(chars)


def _is_integer(present: pd.Series) -> bool:
    if len(present) == 0 or pd.api.types.is_string_dtype(present.dtype):
        return False
    as_number = pd.to_numeric(present, errors="coerce")
    return bool(as_number.notna().all()) and bool((as_number % 1 == 0).all())


def _repeat_structure(present: pd.Series, k: int) -> tuple[list[int], list[float]]:
    """Rows-per-id sizes and their shares, capped at the k-th largest count; empty when unique."""
    counts = present.astype(str).value_counts().to_numpy()
    if len(counts) == 0 or counts.max() <= 1:
        return [], []
    cap = int(np.sort(counts)[::-1][min(k, len(counts)) - 1])
    sizes, freq = np.unique(np.minimum(counts, max(cap, 1)), return_counts=True)
    return [int(s) for s in sizes], [float(f) / float(freq.sum()) for f in freq]


def _unique(
    n: int, propose: Callable[[int, int], list[str]], salt: str, hashes: list[str]
) -> list[str]:
    """``n`` distinct candidates none of which hashes to a training value (``hashes``)."""
    taken = set(hashes)
    seen: set[str] = set()
    out: list[str | None] = [None] * n
    todo = list(range(n))
    for attempt in range(MAX_DRAW_ROUNDS):
        if not todo:
            break
        redo = []
        for i, candidate in zip(todo, propose(len(todo), attempt), strict=True):
            if candidate in seen or (taken and keyed_hash(salt, candidate) in taken):
                redo.append(i)
            else:
                seen.add(candidate)
                out[i] = candidate
        todo = redo
    for i in todo:  # the space is exhausted: accept repeats rather than loop forever
        out[i] = propose(1, MAX_DRAW_ROUNDS)[0]
    return [str(v) for v in out]



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
