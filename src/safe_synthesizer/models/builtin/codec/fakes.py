"""New fakes for PII-replaced columns: what a rare or generated value becomes in the output.

A PII-replaced column holds fakes, so its rare values are not real ones; still, writing a rare
training fake back would tie the output to one training record. Instead such cells get fresh
fakes of the same entity and locale, laid out like the column's values: the layout comes from
character-class shapes (``(999) 999-9999``, ``Aaaaa``) seen in >= k records, never from a value.

Example:
    >>> source = FakeSource("phone_number", ["en_US"], "US", ["(999) 999-9999"], [1.0])
    >>> len(source.draw(3, np.random.default_rng(0)))
    3
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics

FALLBACK_SHAPE = "Aaaaaa"
# New templates tried for a generated phone that is not a valid number (a shape whose numbers
# are never valid, e.g. learnt from invalid originals, stops after these rounds).
PHONE_REDRAW_ROUNDS = 10
# Layouts used when nothing about the column's own layout is known (a DP run that released none).
_DEFAULT_SHAPES = {
    "phone_number": "999-999-9999",
    "fax_number": "999-999-9999",
    "email": "aaaaa@aaaaa.aaa",
    "ssn": "999-99-9999",
    "postcode": "99999",
    "ip_address": "999.999.999.999",
    "url": "aaaa://aaa.aaaaa.aaa/",
}
# Fakes of one decode call share Faker pools built once per process for these locales.
POOL_SEED = 0
_DIGITS = np.array(list("0123456789"))
_UPPER = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
_LOWER = np.array(list("abcdefghijklmnopqrstuvwxyz"))
_ALNUM = np.concatenate([_DIGITS, _UPPER, _LOWER])


@dataclass(frozen=True)
class FakeSettings:
    """What the codec needs to know about the PII stage: its locales and phone region."""

    locales: tuple[str, ...] = ("en_US",)
    phone_region: str = "US"


def shape_of(value: str) -> str:
    """Character classes of ``value``: digits -> 9, upper -> A, lower -> a, the rest kept."""
    return "".join("9" if c.isdigit() else "A" if c.isupper() else "a" if c.islower() else c for c in value)


# A country code (``+49``, ``0049``) with the trunk digit some countries write after it
# (``+49(0)``, ``+44 (0)``), or a national trunk ``0`` (also as ``(0``: ``(04580) 798694``).
_DIALLING_PREFIX = re.compile(r"^\s*(\+\s*\d{1,3}(\s*\(0\))?|00\d{1,3}|\(?0)")
_PHONE_ENTITIES = ("phone_number", "fax_number")
# An IBAN starts with its country (``FR76 ...``): fresh fakes keep it, as phones keep theirs.
_IBAN_COUNTRY = re.compile(r"^\s*[A-Z]{2}(?=\d)")


def template_shape(entity: str, value: str) -> str:
    """:func:`shape_of`, but for a phone only digits vary: its dialling prefix (``+44``, ``0049``,
    trunk ``0``) is the country, which fresh fakes keep, and letters (``x`` of an extension) stay
    letters as written, never random ones (``555.123.4567q12``). An IBAN keeps its country code
    (random letters gave ``ZO77 ...``)."""
    if entity in _PHONE_ENTITIES:
        prefix = _DIALLING_PREFIX.match(value)
        head = prefix.group(0) if prefix else ""
        return head + "".join("9" if c.isdigit() else c for c in value[len(head):])
    if entity == "iban" and (country := _IBAN_COUNTRY.match(value)):
        return country.group(0) + shape_of(value[country.end():])
    return shape_of(value)


def fill_template(entity: str, shape: str, rng: np.random.Generator) -> str:
    """:func:`fill_shape` for a shape made by :func:`template_shape`: a phone's dialling prefix
    and an IBAN's country are literal text there (the ``9`` of ``+49`` is a digit of the
    country, not a placeholder)."""
    if entity in _PHONE_ENTITIES:
        prefix = _DIALLING_PREFIX.match(shape)
        head = prefix.group(0) if prefix else ""
        body = fill_shape(shape[len(head) :], rng)
        if head.strip().lstrip("(") == "0" and shape[len(head) : len(head) + 1] == "9" and body.startswith("0"):
            # A trunk 0 followed by a drawn 0 reads as "00": an international prefix of another country.
            body = _DIGITS[1 + rng.integers(9)] + body[1:]
        return head + body
    if entity == "iban" and (country := _IBAN_COUNTRY.match(shape)) and country.group(0).strip() != "AA":
        return country.group(0) + fill_shape(shape[country.end():], rng)
    return fill_shape(shape, rng)


def fill_shape(shape: str, rng: np.random.Generator) -> str:
    """A random string of ``shape`` (the inverse of :func:`shape_of`)."""
    chars = []
    for c in shape:
        if c == "9":
            chars.append(_DIGITS[rng.integers(10)])
        elif c == "A":
            chars.append(_UPPER[rng.integers(26)])
        elif c == "a":
            chars.append(_LOWER[rng.integers(26)])
        elif c == "*":  # a position whose values mix letters and digits (generated.pooled_shape)
            chars.append(_ALNUM[rng.integers(len(_ALNUM))])
        else:
            chars.append(c)
    return "".join(chars)


def frequent_shapes(
    values: Sequence[str], stats: CodecStatistics, min_count: int, entity: str = ""
) -> tuple[list[str], list[float]]:
    """Shapes seen in >= ``min_count`` records with their shares (most frequent first).

    When no shape is frequent enough, the most common one is kept outside DP (a shape is a
    layout, not a value); under DP only what the DP vocabulary releases, else a neutral shape.
    """
    shapes = [template_shape(entity, str(v)) for v in values]
    kept: dict[Hashable, int] = stats.frequent_values(shapes, min_count)
    if not kept and shapes and not stats.private:
        counts: dict[str, int] = {}
        for s in shapes:
            counts[s] = counts.get(s, 0) + 1
        best = min(counts.items(), key=lambda sc: (-sc[1], sc[0]))
        kept = {best[0]: best[1]}
    if not kept:
        kept = {FALLBACK_SHAPE: 1}
    total = sum(max(int(c), 1) for c in kept.values())
    return [str(s) for s in kept], [max(int(c), 1) / total for c in kept.values()]


@dataclass
class FakeSource:
    """Draws fresh fakes of one entity laid out like the column's frequent shapes."""

    entity: str
    locales: list[str]
    phone_region: str
    shapes: list[str]
    shape_weights: list[float]

    @classmethod
    def fit(
        cls, entity: str, values: Sequence[str], *, settings: FakeSettings, stats: CodecStatistics, min_count: int
    ) -> FakeSource:
        shapes, weights = frequent_shapes(values, stats, min_count, entity)
        return cls(entity, list(settings.locales), settings.phone_region, shapes, weights)

    @classmethod
    def unfitted(cls, entity: str, settings: FakeSettings) -> FakeSource:
        """Under DP: no layout learnt here (it would be one more release); the encoder that
        uses it calls :meth:`with_shapes_of` on what it releases anyway."""
        return cls(entity, list(settings.locales), settings.phone_region, [], [])

    def with_shapes_of(self, released: Mapping[Hashable, float]) -> FakeSource:
        """A copy laid out like ``released`` values (a DP vocabulary: value -> noisy count);
        computing shapes from a DP release is post-processing and costs no budget."""
        counts: dict[str, float] = {}
        for value, count in released.items():
            shape = template_shape(self.entity, str(value))
            counts[shape] = counts.get(shape, 0.0) + max(float(count), 1.0)
        if not counts:
            counts = {_DEFAULT_SHAPES.get(self.entity, FALLBACK_SHAPE): 1.0}
        total = sum(counts.values())
        weights = [c / total for c in counts.values()]
        return FakeSource(self.entity, self.locales, self.phone_region, list(counts), weights)

    def draw(self, n: int, rng: np.random.Generator) -> list[str]:
        """``n`` fresh fakes (deterministic given ``rng``)."""
        if n == 0:
            return []
        from safe_synthesizer.pii.fakes import FakeMapper

        mapper = FakeMapper(
            self.locales, seed=int(rng.integers(2**32)), phone_region=self.phone_region, pool_seed=POOL_SEED
        )
        fakes = mapper.new_fakes(self.entity, self._templates(n, rng))
        if self.entity in _PHONE_ENTITIES:
            fakes = self._redraw_invalid_phones(fakes, mapper, rng)
        return fakes

    def _templates(self, n: int, rng: np.random.Generator) -> list[str]:
        picks = rng.choice(len(self.shapes), size=n, p=self.shape_weights)
        return [fill_template(self.entity, self.shapes[i], rng) for i in picks]

    def _redraw_invalid_phones(self, fakes: list[str], mapper: Any, rng: np.random.Generator) -> list[str]:
        """A template's random digits can start a number no valid one does (``+44 0...``): the
        phone faker keeps that first digit, so such fakes get new templates until they are valid."""
        from safe_synthesizer.pii.phones import is_valid_phone

        for _ in range(PHONE_REDRAW_ROUNDS):
            invalid = [i for i, fake in enumerate(fakes) if not is_valid_phone(fake, self.phone_region)]
            if not invalid:
                break
            for i, fake in zip(invalid, mapper.new_fakes(self.entity, self._templates(len(invalid), rng)), strict=True):
                fakes[i] = fake
        return fakes

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> FakeSource:
        return cls(**d)
