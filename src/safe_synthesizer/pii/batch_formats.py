"""Vectorised format-preserving fakes for many identifiers at once.

Values are grouped by *layout* (digits -> 9, letters -> A/a, separators kept). All values of a
group have the same length and character classes at the same positions, so random digits,
Luhn and mod-97 check digits are computed on numpy matrices instead of per character in Python.
This is what makes 100,000 distinct card numbers, IBANs or phone numbers take well under a second
each. Non-ASCII values fall back to the per-value functions in :mod:`formats`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np

from safe_synthesizer.pii import formats as F

_LAYOUT = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "9" * 10 + "A" * 26 + "a" * 26
)
_DIGITS_ONLY = str.maketrans("0123456789", "9" * 10)
_DIGIT_CHARS = np.array(list("0123456789"))
_UPPER_CHARS = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
_LOWER_CHARS = np.array(list("abcdefghijklmnopqrstuvwxyz"))
_EXTENSION = re.compile(rf"(?i)\s*(?:{F.PHONE_EXTENSION_WORDS})\.?\s*(?=\d)")


def _grouped(
    values: Sequence[str],
    rng: np.random.Generator,
    fill: Callable[[np.ndarray, str, np.random.Generator], None],
    fallback: Callable[[str, np.random.Generator], str],
) -> list[str]:
    """Apply ``fill`` (in place, on an (m, L) char matrix) to each same-layout group."""
    out: list[str] = [""] * len(values)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(values):
        if v.isascii() and v:
            groups[v.translate(_LAYOUT)].append(i)
        else:
            out[i] = fallback(v, rng)
    for layout, idx in groups.items():
        length = len(layout)
        chars = np.array([values[i] for i in idx], dtype=f"<U{length}").view("<U1").reshape(len(idx), length)
        fill(chars, layout, rng)
        # One ``tolist`` (plain ``str`` values) instead of a ``str(numpy scalar)`` per row: same strings.
        for i, fake in zip(idx, chars.reshape(-1).view(f"<U{length}").tolist(), strict=True):
            out[i] = fake
    return out


def _digit_values(chars: np.ndarray) -> np.ndarray:
    """The digits of an ASCII-digit char matrix as integers (``astype(int)`` parses each string: slow)."""
    return chars.view(np.uint32).astype(np.int64) - 48


def _positions(layout: str, classes: str) -> np.ndarray:
    return np.array([i for i, c in enumerate(layout) if c in classes], dtype=int)


def _random_digits(chars: np.ndarray, pos: np.ndarray, rng: np.random.Generator, nonzero_first: bool) -> None:
    if not len(pos):
        return
    digits = rng.integers(0, 10, size=(chars.shape[0], len(pos)))
    if nonzero_first:
        digits[:, 0] = rng.integers(1, 10, size=chars.shape[0])
    chars[:, pos] = _DIGIT_CHARS[digits]


def scramble_many(
    values: Sequence[str],
    rng: np.random.Generator,
    *,
    keep: int = 0,
    nonzero_first: bool = False,
    letters: bool = True,
) -> list[str]:
    """Batch :func:`formats.scramble`: same layout, random digits (and letters unless told)."""

    def fill(chars: np.ndarray, layout: str, rng: np.random.Generator) -> None:
        alnum = _positions(layout, "9Aa")
        kept = set(alnum[:keep].tolist())
        digit_pos = np.array([p for p in _positions(layout, "9") if p not in kept], dtype=int)
        _random_digits(chars, digit_pos, rng, nonzero_first)
        if letters:
            for cls, pool in (("A", _UPPER_CHARS), ("a", _LOWER_CHARS)):
                pos = np.array([p for p in _positions(layout, cls) if p not in kept], dtype=int)
                if len(pos):
                    chars[:, pos] = pool[rng.integers(0, 26, size=(chars.shape[0], len(pos)))]

    return _grouped(values, rng, fill, lambda v, r: F.scramble(v, r, keep=keep, nonzero_first=nonzero_first))


def fake_cards(values: Sequence[str], rng: np.random.Generator) -> list[str]:
    """Batch :func:`formats.fake_card`: keep 4-digit network prefix, random body, Luhn digit."""

    def fill(chars: np.ndarray, layout: str, rng: np.random.Generator) -> None:
        pos = _positions(layout, "9")
        n = len(pos)
        if n < 12 or len(pos) != len(_positions(layout, "9Aa")):
            for r in range(chars.shape[0]):
                chars[r] = list(F.scramble("".join(chars[r]), rng))
            return
        digits = _digit_values(chars[:, pos])
        digits[:, 4 : n - 1] = rng.integers(0, 10, size=(chars.shape[0], n - 5))
        # Luhn: double every second digit from the right of the payload (the rightmost first).
        payload = digits[:, : n - 1]
        doubled = payload[:, ::-1].copy()
        doubled[:, 0::2] *= 2
        doubled[doubled > 9] -= 9
        digits[:, n - 1] = (10 - doubled.sum(axis=1) % 10) % 10
        chars[:, pos] = _DIGIT_CHARS[digits]

    return _grouped(values, rng, fill, F.fake_card)


def fake_ssns(values: Sequence[str], rng: np.random.Generator) -> list[str]:
    """Batch :func:`formats.fake_ssn`: SSA-valid area/group/serial in the original layout."""
    n = len(values)
    area = rng.integers(1, 899, size=n)
    area[area >= 666] += 1  # skip 666, stay below 900
    group = rng.integers(1, 100, size=n)
    serial = rng.integers(1, 10000, size=n)
    # Python ints format faster than numpy scalars (same text).
    digits = [f"{a:03d}{g:02d}{s:04d}" for a, g, s in zip(area.tolist(), group.tolist(), serial.tolist(), strict=True)]
    templates: dict[str, str | None] = {}  # layout -> format string with a slot per digit (None: not 9 digits)
    out = []
    for v, d in zip(values, digits, strict=True):
        if v.isascii():
            key = v.translate(_DIGITS_ONLY)
            if key not in templates:
                # An ASCII value's digits are its 9s here (no other character becomes one).
                nine = key.count("9") == 9
                templates[key] = key.replace("{", "{{").replace("}", "}}").replace("9", "{}") if nine else None
            template = templates[key]
            out.append(template.format(*d) if template is not None else f"{d[:3]}-{d[3:5]}-{d[5:]}")
        elif sum(ch.isdigit() for ch in v) == 9:
            it = iter(d)
            out.append("".join(next(it) if ch.isdigit() else ch for ch in v))
        else:
            out.append(f"{d[:3]}-{d[3:5]}-{d[5:]}")
    return out


def fake_ibans(values: Sequence[str], rng: np.random.Generator) -> list[str]:
    """Batch :func:`formats.fake_iban`: same country and layout, random BBAN, mod-97 check digits."""

    def fill(chars: np.ndarray, layout: str, rng: np.random.Generator) -> None:
        alnum = _positions(layout, "9Aa")
        if len(alnum) < 15 or layout[alnum[0]] != "A" or layout[alnum[1]] != "A":
            for r in range(chars.shape[0]):
                chars[r] = list(F.scramble("".join(chars[r]), rng))
            return
        m = chars.shape[0]
        bban = alnum[4:]
        for cls, pool, size in (("9", _DIGIT_CHARS, 10), ("A", _UPPER_CHARS, 26), ("a", _LOWER_CHARS, 26)):
            pos = np.array([p for p in bban if layout[p] == cls], dtype=int)
            if len(pos):
                chars[:, pos] = pool[rng.integers(0, size, size=(m, len(pos)))]
        # ISO 7064 mod 97-10 over BBAN + country + "00", letters counting as 10..35.
        order = [*bban.tolist(), alnum[0], alnum[1]]
        rem = np.zeros(m, dtype=np.int64)
        codes = chars.view(np.uint32).astype(np.int64)  # code points; ASCII here (_grouped)
        for p in order:
            column = codes[:, p]
            if layout[p] == "9":
                rem = (rem * 10 + (column - 48)) % 97
            else:
                upper = np.where(column >= 97, column - 32, column)  # a-z -> A-Z
                rem = (rem * 100 + (upper - 55)) % 97
        rem = (rem * 100) % 97
        check = 98 - rem
        chars[:, alnum[2]] = _DIGIT_CHARS[check // 10]
        chars[:, alnum[3]] = _DIGIT_CHARS[check % 10]

    return _grouped(values, rng, fill, F.fake_iban)


def fake_phones(values: Sequence[str], rng: np.random.Generator, *, nanp: bool = True) -> list[str]:
    """Batch :func:`formats.fake_phone`: keep country prefix and layout; NANP-valid area codes."""

    def fill(chars: np.ndarray, layout: str, rng: np.random.Generator) -> None:
        sample = "".join(chars[0])
        keep = _phone_keep(sample)
        main = _EXTENSION.split(sample, maxsplit=1)[0]
        digit_pos = _positions(layout, "9")
        n_main = sum(ch.isdigit() for ch in main)
        _random_digits(chars, digit_pos[keep:], rng, nonzero_first=False)
        national = digit_pos[keep:n_main]
        if nanp and keep in (0, 1, 3) and len(national) in (10, 11):
            offset = 1 if (len(national) == 11 and keep == 0) else 0
            if len(national) - offset == 10:
                for k in (offset, offset + 3):
                    chars[:, national[k]] = _DIGIT_CHARS[rng.integers(2, 10, size=chars.shape[0])]

    return _grouped(values, rng, fill, lambda v, r: F.fake_phone(v, r, nanp=nanp))


def _phone_keep(value: str) -> int:
    """How many leading digits are a country/dialling prefix (kept as is)."""
    stripped = value.lstrip()
    if stripped.startswith("+"):
        m = re.match(r"\+\s*(\d+)", stripped)
        return min(len(m.group(1)), 3) if m else 0
    if stripped.startswith("00"):
        return min(len(re.match(r"(\d+)", stripped).group(1)), 5)
    return 0
